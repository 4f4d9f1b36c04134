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

/** The bigrams of `s`, each its two UTF-16 units as one 32-bit number, sorted: a multiset without a Map. */
function bigrams(s: string): Uint32Array {
  const out = new Uint32Array(s.length - 1);
  for (let i = 0; i + 1 < s.length; i++) out[i] = ((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1)) >>> 0;
  return out.sort();
}

/** Dice coefficient of the bigram multisets: 2·|A∩B| / (|A|+|B|), in [0, 1]. */
export function diceSimilarity(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  const A = bigrams(a);
  const B = bigrams(b);
  // One merge of the two sorted lists counts each bigram min(times in A, times in B).
  let common = 0;
  for (let i = 0, j = 0; i < A.length && j < B.length; ) {
    if (A[i]! < B[j]!) i++;
    else if (A[i]! > B[j]!) j++;
    else common++, i++, j++;
  }
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
