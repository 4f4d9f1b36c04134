/**
 * Document formatting: a table pasted from Word is tab-separated text whose columns do not
 * line up. The formatter pads the cells of each table's rows with spaces so the columns align
 * on tab stops (labels left, numbers right). It changes only spaces inside table rows — never a
 * tab (an empty cell between tabs is a blank cell), never a character of a label or a number —
 * and an edit that would change any cell's value is not offered at all.
 */
import type { FormattingOptions, TextEdit } from 'vscode-languageserver';
import { parseReport, type ReportModel } from '../core';
import { guard, type ServerContext } from './context';

/** Columns a character takes in a monospaced editor: CJK and full-width forms take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000;
    w += wide ? 2 : 1;
  }
  return w;
}

/** A label wider than this is not worth pushing every other row's numbers to the right for. */
const MAX_ALIGNED_WIDTH = 64;
const NUMBER_LIKE = /^[\d０-９.,，．\-—–/无元万件]*$/;

/** The lines of table rows written with tabs, grouped per table. */
function tableRowLines(model: ReportModel): Map<number, number>[] {
  const groups: Map<number, number>[] = [];
  for (const table of [model.t2, model.t3, model.t4]) {
    if (!table) continue;
    /** Line → how many values the parser read on it. */
    const lines = new Map<number, number>();
    for (const row of table.rows) {
      if (row.separator !== '\t') continue;
      // A row wrapped over several lines is left as it is: its cells do not form one line.
      if (row.values.some((v) => v.range.start.line !== row.line || v.range.end.line !== row.line)) continue;
      if (row.values.length && model.lines[row.line]?.includes('\t')) lines.set(row.line, row.values.length);
    }
    if (lines.size) groups.push(lines);
  }
  return groups;
}

/** The column after `text` starting at column `col`, tabs moving to the next stop. */
function advance(col: number, text: string, tabSize: number): number {
  for (const ch of text) col = ch === '\t' ? (Math.floor(col / tabSize) + 1) * tabSize : col + displayWidth(ch);
  return col;
}

/**
 * The aligned text of each line of one table. A row is its label part (the label cells, kept
 * as written) and its trailing number cells; the numbers are right-aligned in columns of equal
 * width that start on a common tab stop after the widest label.
 */
function alignLines(lines: { text: string; values: number }[], tabSize: number): string[] {
  const rows = lines.map(({ text, values: count }) => {
    const fields = text.split('\t');
    // The values are the last fields (a tab at the end of the line leaves one empty field more).
    const trailing = fields.length > 1 && fields.at(-1)!.trim() === '' ? 1 : 0;
    let first = Math.max(0, fields.length - trailing - count);
    if (!fields.slice(first).every((f) => NUMBER_LIKE.test(f.trim()))) first = fields.length;
    // A row of numbers only (table 四) has no label part.
    const label = fields.slice(0, first);
    const values = fields.slice(first).map((f) => f.trim());
    const labelText = label.length ? `${label.join('\t')}\t` : '';
    return { labelText, values, start: advance(0, labelText, tabSize) };
  });
  const valueWidth = Math.max(1, ...rows.flatMap((r) => r.values.map(displayWidth)));
  const step = Math.ceil((valueWidth + 1) / tabSize) * tabSize;
  const base = Math.max(0, ...rows.map((r) => r.start).filter((s) => s <= MAX_ALIGNED_WIDTH + tabSize));
  return rows.map((r) => {
    // A label wider than the cap keeps its numbers where they fall.
    const origin = Math.max(base, r.start);
    let col = r.start;
    const out = r.values.map((v, k) => {
      if (v === '') {
        col = advance(col, '\t', tabSize);
        return v;
      }
      const end = origin + (k + 1) * step - 1;
      const pad = ' '.repeat(Math.max(0, end - col - displayWidth(v)));
      col = advance(col + pad.length + displayWidth(v), '\t', tabSize);
      return pad + v;
    });
    return r.labelText + out.join('\t');
  });
}

/** Cell values after parsing; equal maps mean the formatting changed no value. */
function sameValues(a: ReportModel, b: ReportModel): boolean {
  for (const [id, cell] of a.cells) {
    const other = b.cells.get(id);
    if (!other || other.value !== cell.value || other.raw !== cell.raw) return false;
  }
  return a.cells.size === b.cells.size;
}

export function formatEdits(text: string, options: Pick<FormattingOptions, 'tabSize'>): TextEdit[] {
  const model = parseReport(text);
  const tabSize = Math.max(1, Math.min(16, Math.floor(options.tabSize) || 4));
  const changed = new Map<number, string>();
  for (const group of tableRowLines(model)) {
    const lines = [...group.keys()];
    const aligned = alignLines(lines.map((l) => ({ text: model.lines[l]!, values: group.get(l)! })), tabSize);
    lines.forEach((line, i) => {
      if (aligned[i] !== model.lines[line]) changed.set(line, aligned[i]!);
    });
  }
  if (changed.size === 0) return [];
  const eol = model.eol;
  const after = model.lines.map((l, i) => changed.get(i) ?? l).join(eol);
  // The safety net: if any cell would read differently after padding, offer nothing.
  if (!sameValues(model, parseReport(after))) return [];
  return [...changed].map(([line, newText]) => ({
    range: { start: { line, character: 0 }, end: { line, character: model.lines[line]!.length } },
    newText,
  }));
}

export function registerFormatting(ctx: ServerContext): void {
  ctx.connection.onDocumentFormatting(
    guard(ctx, 'textDocument/formatting', [] as TextEdit[], async (params) => {
      const doc = ctx.reports.get(params.textDocument.uri);
      if (!doc) return [];
      const checked = await ctx.reports.check(doc);
      if (!checked.recognized || checked.structureOnly) return [];
      return formatEdits(doc.getText(), params.options);
    }),
  );
}
