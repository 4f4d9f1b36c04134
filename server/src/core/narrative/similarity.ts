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
  const folded = foldTextOnce(text);
  return plainNormalized(folded) ?? folded.normalize('NFKC').replace(/\d+(?:\.\d+)?/g, '#').replace(/[^\p{L}#]/gu, '');
}

/**
 * What each UTF-16 unit is to the fast path: 0 outside it, 1 dropped, 2 kept (a letter, or `#`),
 * 3 an ASCII digit. The fast path holds ASCII and Latin-1, general and CJK punctuation, the
 * unified ideographs and the full-width forms — units NFKC leaves as they are, none of which composes
 * with its neighbour — so for text made only of them, one scan gives what NFKC and the two
 * replacements give.
 */
const PLAIN: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  const ranges = [[0x09, 0x0d], [0x20, 0x7e], [0xa0, 0xff], [0x2010, 0x205e], [0x3000, 0x303f], [0x4e00, 0x9fff], [0xff01, 0xffef]] as const;
  for (const [from, to] of ranges) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      if (ch.normalize('NFKC') !== ch) continue;
      table[c] = c >= 0x30 && c <= 0x39 ? 3 : ch === '#' || /\p{L}/u.test(ch) ? 2 : 1;
    }
  }
  return table;
})();

/** The fast path of `normalizeForSimilarity`, or null when `s` has a unit outside it. */
function plainNormalized(s: string): string | null {
  const n = s.length;
  for (let i = 0; i < n; i++) if (PLAIN[s.charCodeAt(i)] === 0) return null;
  let out = '';
  let run = -1; // start of the current run of kept units
  for (let i = 0; i < n; ) {
    const kind = PLAIN[s.charCodeAt(i)]!;
    if (kind === 2) {
      if (run < 0) run = i;
      i++;
      continue;
    }
    if (run >= 0) (out += s.slice(run, i)), (run = -1);
    if (kind === 3) {
      // \d+(?:\.\d+)? → #
      while (i < n && PLAIN[s.charCodeAt(i)] === 3) i++;
      if (s.charCodeAt(i) === 0x2e && PLAIN[s.charCodeAt(i + 1)] === 3) for (i++; i < n && PLAIN[s.charCodeAt(i)] === 3; ) i++;
      out += '#';
    } else i++;
  }
  return run >= 0 ? out + s.slice(run) : out;
}

/**
 * Bigram counts of one text in an open-addressing table (key: the two UTF-16 units as one
 * 32-bit number), reused from call to call: no Map and no two-character string per position
 * (sections run to thousands of characters).
 */
let keys = new Uint32Array(1024);
let counts = new Uint32Array(1024);
/** Slots in use (a count may fall back to 0 while its key still lies on other keys' probe paths). */
let filled = new Uint8Array(1024);

function slotOf(key: number, mask: number, shift: number): number {
  // Multiplicative hashing: the product's high bits mix all of the key's bits.
  let i = Math.imul(key, 0x9e3779b1) >>> shift;
  while (filled[i] !== 0 && keys[i] !== key) i = (i + 1) & mask;
  return i;
}

const bigramAt = (s: string, i: number): number => ((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1)) >>> 0;

/** Dice coefficient of the bigram multisets: 2·|A∩B| / (|A|+|B|), in [0, 1]. */
export function diceSimilarity(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  let size = 1024;
  let shift = 22;
  while (size < 2 * a.length) (size *= 2), shift--;
  if (keys.length < size) (keys = new Uint32Array(size)), (counts = new Uint32Array(size)), (filled = new Uint8Array(size));
  else counts.fill(0, 0, size), filled.fill(0, 0, size);
  const mask = size - 1;
  for (let i = 0; i + 1 < a.length; i++) {
    const key = bigramAt(a, i);
    const slot = slotOf(key, mask, shift);
    keys[slot] = key;
    filled[slot] = 1;
    counts[slot]!++;
  }
  // Each bigram of b takes one of a's of the same kind while any is left: min(count in a, count in b).
  let common = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const slot = slotOf(bigramAt(b, i), mask, shift);
    if (counts[slot] !== 0) counts[slot]!--, common++;
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
