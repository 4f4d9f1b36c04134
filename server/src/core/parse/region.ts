/** Does any line of [startLine, endLine] match `re`? */
export function regionHas(lines: string[], startLine: number, endLine: number, re: RegExp): boolean {
  for (let i = Math.max(0, startLine); i <= endLine && i < lines.length; i++) if (re.test(lines[i]!)) return true;
  return false;
}
