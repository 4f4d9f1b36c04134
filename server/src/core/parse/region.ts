/** Line tests shared by the table readers. */

/** Does any line of [startLine, endLine] match `re`? */
export function regionHas(lines: string[], startLine: number, endLine: number, re: RegExp): boolean {
  for (let i = Math.max(0, startLine); i <= endLine && i < lines.length; i++) if (re.test(lines[i]!)) return true;
  return false;
}

/** A prose line inside a table's section (narrative before or after the table): no cell separators, a sentence end. */
export function isProse(text: string): boolean {
  return !text.includes('\t') && !text.includes('|') && /[。！？]/.test(text);
}
