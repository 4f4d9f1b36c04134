/** Line tests shared by the table readers. */
import type { LineTest } from '../template/normalize';

/**
 * What each expression said of each line already tested, per document: a table reader that
 * finds nothing in its section searches the whole document next, and need not test the
 * section's lines again. One byte a line holds two bits for each of up to four expressions
 * (tested, matched), so a document costs one small array, not one per expression.
 */
const tested = new WeakMap<string[], Uint8Array>();
const slotOf = new Map<LineTest, number>();

/** Does any line of [startLine, endLine] pass `re` (a non-global expression, or a `looseMatcher`)? */
export function regionHas(lines: string[], startLine: number, endLine: number, re: LineTest): boolean {
  let slot = slotOf.get(re);
  if (slot === undefined) slotOf.set(re, (slot = slotOf.size));
  if (slot >= 4) {
    // More expressions than the byte holds: test without remembering.
    for (let i = Math.max(0, startLine); i <= endLine && i < lines.length; i++) if (re.test(lines[i]!)) return true;
    return false;
  }
  let seen = tested.get(lines);
  if (!seen) tested.set(lines, (seen = new Uint8Array(lines.length)));
  const done = 1 << (2 * slot);
  const yes = done << 1;
  for (let i = Math.max(0, startLine); i <= endLine && i < lines.length; i++) {
    let bits = seen[i]!;
    if ((bits & done) === 0) seen[i] = bits |= re.test(lines[i]!) ? done | yes : done;
    if ((bits & yes) !== 0) return true;
  }
  return false;
}

/** A prose line inside a table's section (narrative before or after the table): no cell separators, a sentence end. */
export function isProse(text: string): boolean {
  return !text.includes('\t') && !text.includes('|') && /[。！？]/.test(text);
}
