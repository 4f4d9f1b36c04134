/**
 * Text similarity for X-SAME-TEXT: the Dice coefficient of character bigrams on normalised
 * text (no spaces or punctuation, digit runs collapsed so changed figures and years do not
 * make two copies of one text look different).
 */
import type { ReportModel, SectionNode } from '../model';
import { foldTextOnce, isProseLine } from './prose';

/** Only letters and CJK characters survive; every run of digits becomes `#`. */
export function normalizeForSimilarity(text: string): string {
  // Sentences and sections are normalised once per model (their callers keep the result), so
  // the fold memo would only hash and copy each of them.
  return foldTextOnce(text)
    .normalize('NFKC')
    .replace(/\d+(?:\.\d+)?/g, '#')
    .replace(/[^\p{L}#]/gu, '');
}

/** Bigrams keyed by their two UTF-16 units as one number: no two-character string made per position. */
function bigrams(s: string): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient of the bigram multisets: 2·|A∩B| / (|A|+|B|), in [0, 1]. */
export function diceSimilarity(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  const A = bigrams(a);
  const B = bigrams(b);
  let common = 0;
  for (const [g, n] of A) common += Math.min(n, B.get(g) ?? 0);
  return (2 * common) / (a.length - 1 + (b.length - 1));
}

/** The prose of a section (table rows left out), normalised for comparison. */
export function sectionText(model: ReportModel, section: SectionNode): string {
  const tables = [model.t2, model.t3, model.t4].filter((t) => t !== null);
  const lines: string[] = [];
  for (let i = section.bodyStartLine; i <= section.endLine; i++) {
    const line = model.lines[i] ?? '';
    if (!isProseLine(line) || tables.some((t) => i >= t!.startLine && i <= t!.endLine)) continue;
    lines.push(line);
  }
  return normalizeForSimilarity(lines.join(''));
}
