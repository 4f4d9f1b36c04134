/** Line tests shared by the table readers. */
import type { LineTest } from '../template/normalize';

/**
 * What `re` said of each line already tested (0 not yet, 1 no, 2 yes), per document and
 * expression: a table reader that finds nothing in its section searches the whole document
 * next, and need not test the section's lines again.
 */
const tested = new WeakMap<string[], Map<LineTest, Uint8Array>>();

/** Does any line of [startLine, endLine] pass `re` (a non-global expression, or a `looseMatcher`)? */
export function regionHas(lines: string[], startLine: number, endLine: number, re: LineTest): boolean {
  let byRe = tested.get(lines);
  if (!byRe) tested.set(lines, (byRe = new Map()));
  let seen = byRe.get(re);
  if (!seen) byRe.set(re, (seen = new Uint8Array(lines.length)));
  for (let i = Math.max(0, startLine); i <= endLine && i < lines.length; i++) {
    if (seen[i] === 0) seen[i] = re.test(lines[i]!) ? 2 : 1;
    if (seen[i] === 2) return true;
  }
  return false;
}

/** A prose line inside a table's section (narrative before or after the table): no cell separators, a sentence end. */
export function isProse(text: string): boolean {
  return !text.includes('\t') && !text.includes('|') && /[。！？]/.test(text);
}
