/**
 * Splitting one line of a table into cells, and reading a cell as a number.
 * Cells are separated by tabs or pipes when the line has them; inside a cell (and on
 * lines with neither) runs of white space separate numbers from words, so a PDF line
 * such as `行政事业性收费 96171.6` still yields a label and a value.
 */
import type { CellFlag } from '../model';
import type { Range } from '../types';
import { range } from '../text';

export type TokenKind = 'text' | 'number' | 'blank' | 'empty';

export interface Token {
  kind: TokenKind;
  raw: string;
  /** Value of a number token (null for the others). */
  value: number | null;
  flags: CellFlag[];
  range: Range;
}

export interface LineCells {
  tokens: Token[];
  separator: '\t' | ' | ' | ' ';
}

const BLANK_MARKERS = new Set(['—', '——', '-', '－', '/', '／', '无', '–', '―']);
// Digits may be full-width; separators `,` `，` between groups of three; optional decimals and unit.
const NUMBER =
  /^([-－]?)([0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)(?:[.．]([0-9０-９]+))?\s*(万元|元|件|条|个|起|项)?$/;

const FULLWIDTH_DIGIT = /[０-９]/;

/** Read a cell's text: a number, a blank marker, nothing, or words. */
export function classifyCell(raw: string): Pick<Token, 'kind' | 'value' | 'flags'> {
  if (raw === '') return { kind: 'empty', value: null, flags: [] };
  if (BLANK_MARKERS.has(raw)) return { kind: 'blank', value: null, flags: ['blank'] };
  const m = NUMBER.exec(raw);
  if (!m) return { kind: 'text', value: null, flags: [] };
  const flags: CellFlag[] = [];
  if (FULLWIDTH_DIGIT.test(raw)) flags.push('fullwidth');
  if (/[,，]/.test(m[2]!)) flags.push('thousands');
  if (m[4]) flags.push('unit');
  if (m[4] === '元') flags.push('yuan');
  if (m[3] !== undefined) flags.push('decimal');
  if (m[1]) flags.push('negative');
  const digits = (s: string) => s.normalize('NFKC').replace(/,/g, '');
  const intPart = digits(m[2]!.replace(/，/g, ','));
  const value = Number(`${m[1] ? '-' : ''}${intPart}${m[3] !== undefined ? '.' + digits(m[3]) : ''}`);
  return { kind: 'number', value, flags };
}

/** A markdown table separator row such as `|---|:--:|`. */
export function isMarkdownSeparator(line: string): boolean {
  return /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line);
}

/** Page furniture that PDF extraction leaves inside tables: `- 4 -`, `第 3 页`, `Page 9 - …`. */
export function isPageFurniture(line: string): boolean {
  const t = line.trim();
  return /^[-－—]\s*\d+\s*[-－—]$/.test(t) || /^第\s*\d+\s*页(\s*[/／共]\s*\d+\s*页)?$/.test(t) || /^Page\s+\d+/i.test(t);
}

const WS = /[ \u00a0\u3000]+/g;

/** Split a cell's text on white space into words and numbers; adjacent words stay one token. */
function splitCell(text: string, line: number, offset: number, out: Token[]): void {
  const parts: { raw: string; start: number }[] = [];
  let last = 0;
  for (const m of text.matchAll(WS)) {
    if (m.index! > last) parts.push({ raw: text.slice(last, m.index), start: last });
    last = m.index! + m[0].length;
  }
  if (last < text.length) parts.push({ raw: text.slice(last), start: last });
  let pendingText: { start: number; end: number } | null = null;
  const flushText = () => {
    if (!pendingText) return;
    const raw = text.slice(pendingText.start, pendingText.end);
    out.push({ kind: 'text', raw, value: null, flags: [], range: range(line, offset + pendingText.start, offset + pendingText.end) });
    pendingText = null;
  };
  for (const p of parts) {
    const c = classifyCell(p.raw);
    if (c.kind === 'text') {
      // One space joins words of a label (`结果 维持`); a wider gap separates cells (`行政复议   行政诉讼`).
      const gap = pendingText ? text.slice(pendingText.end, p.start) : '';
      if (pendingText && gap.length >= 2) flushText();
      pendingText = pendingText ? { start: pendingText.start, end: p.start + p.raw.length } : { start: p.start, end: p.start + p.raw.length };
      continue;
    }
    flushText();
    out.push({ ...c, raw: p.raw, range: range(line, offset + p.start, offset + p.start + p.raw.length) });
  }
  flushText();
}

/**
 * Cut a line into tokens with exact ranges. Explicit separators (tab, pipe) also yield
 * `empty` tokens for empty cells, which matter between values (a blank cell).
 */
export function splitTableLine(text: string, line: number): LineCells {
  const sep = text.includes('\t') ? '\t' : text.includes('|') ? '|' : null;
  const tokens: Token[] = [];
  if (sep === null) {
    splitCell(text, line, 0, tokens);
    return { tokens, separator: ' ' };
  }
  let start = 0;
  const pieces: { start: number; end: number }[] = [];
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === sep) {
      pieces.push({ start, end: i });
      start = i + 1;
    }
  }
  // A pipe row's outer pipes make empty first/last pieces that are not cells.
  if (sep === '|') {
    if (pieces.length && text.slice(pieces[0]!.start, pieces[0]!.end).trim() === '') pieces.shift();
    if (pieces.length && text.slice(pieces[pieces.length - 1]!.start, pieces[pieces.length - 1]!.end).trim() === '') pieces.pop();
  }
  for (const p of pieces) {
    const cellText = text.slice(p.start, p.end);
    const lead = cellText.length - cellText.replace(/^[\s\u00a0\u3000]+/, '').length;
    const trimmed = cellText.trim();
    if (trimmed === '') {
      tokens.push({ kind: 'empty', raw: '', value: null, flags: [], range: range(line, p.start + lead, p.start + lead) });
      continue;
    }
    splitCell(trimmed, line, p.start + lead, tokens);
  }
  return { tokens, separator: sep === '\t' ? '\t' : ' | ' };
}
