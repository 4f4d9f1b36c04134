/**
 * Line bookkeeping and offset ↔ position conversion. Columns are UTF-16 code units
 * (JavaScript string indices), which is what LSP clients expect by default.
 */
import type { Position, Range } from './types';
import { upperBound } from './arrays';

export interface LineTable {
  lines: string[];
  lineStarts: number[];
  eol: '\n' | '\r\n' | '\r';
}

/** Split on \r\n, \n or a lone \r, remembering where each line starts. */
export function splitLines(text: string): LineTable {
  const lines: string[] = [];
  const lineStarts: number[] = [];
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  let start = 0;
  // The next \n and \r are found with indexOf (a native scan, several times faster than a
  // loop over charCodeAt on a document of megabytes); -1 is kept as "none left" by using the length.
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  if (nextLf < 0) nextLf = text.length;
  if (nextCr < 0) nextCr = text.length;
  while (nextLf < text.length || nextCr < text.length) {
    const i = nextLf < nextCr ? nextLf : nextCr;
    lines.push(text.slice(start, i));
    lineStarts.push(start);
    let next = i + 1;
    if (i === nextCr && text.charCodeAt(i + 1) === 10) {
      crlf++;
      next = i + 2;
    } else if (i === nextCr) cr++;
    else lf++;
    start = next;
    if (nextLf < start) nextLf = text.indexOf('\n', start);
    if (nextLf < 0) nextLf = text.length;
    if (nextCr < start) nextCr = text.indexOf('\r', start);
    if (nextCr < 0) nextCr = text.length;
  }
  lines.push(text.slice(start));
  lineStarts.push(start);
  const eol = crlf >= lf && crlf >= cr && crlf > 0 ? '\r\n' : cr > lf ? '\r' : '\n';
  return { lines, lineStarts, eol };
}

/**
 * The matches of a global expression, as `s.matchAll(re)` gives them, without the copy of the
 * expression that `matchAll` makes on every call: the narrative rules run some forty
 * expressions over every paragraph. `re` must be global and not used elsewhere meanwhile.
 */
export function* execAll(re: RegExp, s: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    // An empty match moves on by one unit, as matchAll does (none of these is unicode).
    if (m[0] === '') re.lastIndex++;
    yield m;
  }
}

export function range(line: number, startChar: number, endChar: number): Range {
  return { start: { line, character: startChar }, end: { line, character: endChar } };
}

export function spanRange(a: Range, b: Range): Range {
  return { start: a.start, end: b.end };
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function containsPosition(r: Range, p: Position): boolean {
  return comparePositions(r.start, p) <= 0 && comparePositions(p, r.end) <= 0;
}

export function offsetAt(lineStarts: number[], textLength: number, p: Position): number {
  if (p.line < 0) return 0;
  if (p.line >= lineStarts.length) return textLength;
  const lineStart = lineStarts[p.line]!;
  const next = p.line + 1 < lineStarts.length ? lineStarts[p.line + 1]! : textLength;
  return Math.min(lineStart + Math.max(0, p.character), next);
}

/** The position of an offset (binary search over line starts). */
export function positionAt(lineStarts: number[], offset: number): Position {
  // The last line starting at or before the offset (line 0 for an offset before the text).
  const line = Math.max(0, upperBound(lineStarts, offset) - 1);
  return { line, character: offset - lineStarts[line]! };
}
