/**
 * Line bookkeeping and offset ↔ position conversion. Columns are UTF-16 code units
 * (JavaScript string indices), which is what LSP clients expect by default.
 */
import type { Position, Range } from './types';

export interface LineTable {
  lines: string[];
  lineStarts: number[];
  eol: '\n' | '\r\n' | '\r';
}

/** Split on \r\n, \n or a lone \r, remembering where each line starts. */
export function splitLines(text: string): LineTable {
  const lines: string[] = [];
  const lineStarts: number[] = [];
  let counts = { crlf: 0, lf: 0, cr: 0 };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      lines.push(text.slice(start, i));
      lineStarts.push(start);
      if (ch === 13 && text.charCodeAt(i + 1) === 10) {
        counts.crlf++;
        i++;
      } else if (ch === 13) counts.cr++;
      else counts.lf++;
      start = i + 1;
    }
  }
  lines.push(text.slice(start));
  lineStarts.push(start);
  const eol = counts.crlf >= counts.lf && counts.crlf >= counts.cr && counts.crlf > 0 ? '\r\n' : counts.cr > counts.lf ? '\r' : '\n';
  return { lines, lineStarts, eol };
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
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - lineStarts[lo]! };
}
