/**
 * PDF text items (with positions) → report text lines. Pure geometry, no PDF library here.
 * A table the page draws borders for is read by them (`pdf-grid`): each text goes to the cell
 * it stands in. The rest is read by positions: items on one baseline form a line; a wide gap
 * between items, or a text starting at a column where several lines start, begins a new table
 * cell (a tab); a table row is a line holding numbers, and label pieces wrapped above or below
 * it inside their cells (closer than a line of text) join that row's cells; numbers merged
 * down several rows go to each of them (`pdf-merged-rows`). A row the page break cuts through
 * joins its rest at the top of the next page. Running page numbers in the margins (`-2-`,
 * `第 2 页`) are dropped.
 */
import { continuesRow, joinRow, ruledRowText, ruledTables, type RuledRow } from './pdf-grid';
import { cellText, firstNumberX, isNumber, isRow, type Cell, type Line } from './pdf-lines';
import { spreadMergedNumbers } from './pdf-merged-rows';
import type { Segment } from './pdf-ruling';
import { collapseSpace } from './text-normal';

export interface PdfItem {
  str: string;
  /** Left edge and baseline, in PDF points (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size, roughly. */
  height: number;
}

export interface PdfPage {
  height: number;
  items: PdfItem[];
  /** The ruling lines the page draws (table cell borders), when known. */
  rules?: Segment[];
}

export interface LaidLine {
  text: string;
  page: number;
}

const PAGE_NUMBER = /^(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3}|\d{1,3})$/;

/** Items on one baseline (within a quarter of the font size) form a line, left to right. */
function linesOf(items: readonly PdfItem[]): Line[] {
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; height: number; items: PdfItem[] }[] = [];
  for (const it of sorted) {
    const h = it.height || 10;
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - it.y) <= Math.max(1.5, 0.25 * Math.min(h, last.height))) {
      last.items.push(it);
      last.height = Math.max(last.height, h);
    } else lines.push({ y: it.y, height: h, items: [it] });
  }
  for (const l of lines) l.items.sort((a, b) => a.x - b.x);
  const starts = columnStarts(lines.map((l) => l.items));
  return lines.map((l) => ({ y: l.y, height: l.height, cells: cellsOf(l.items, starts) }));
}

/** Positions are compared at this grain (points): a column's texts start within it of each other. */
const COLUMN_GRAIN = 1;
/** A left edge where this many lines begin is a column of the page's layout. */
const MIN_COLUMN_LINES = 3;

/**
 * The left edges where several lines of the page begin: a table column's labels (and the
 * pieces of labels wrapped inside it) all start at one x. A text that starts there after a
 * gap begins a new cell, even when the column beside it ends closer than a character away
 * (a narrow group label such as `（六）` right before `1.申请人…`).
 */
function columnStarts(lines: readonly PdfItem[][]): Set<number> {
  const counts = new Map<number, number>();
  for (const items of lines) {
    const key = Math.round(items[0]!.x / COLUMN_GRAIN);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= MIN_COLUMN_LINES).map(([key]) => key));
}

function atColumnStart(x: number, starts: ReadonlySet<number>): boolean {
  const key = Math.round(x / COLUMN_GRAIN);
  return starts.has(key) || starts.has(key - 1) || starts.has(key + 1);
}

/** Split a line's items into cells where the gap between them is wider than a character. */
function cellsOf(items: PdfItem[], starts: ReadonlySet<number>): Cell[] {
  const cells: Cell[] = [];
  let prev: PdfItem | undefined;
  items.forEach((it, k) => {
    const last = cells[cells.length - 1];
    const gap = last ? it.x - last.x1 : Infinity;
    // The smaller of the two fonts: a tall stacked label beside a row must not swallow its numbers.
    const em = Math.min(it.height || 10, prev?.height || 10);
    prev = it;
    // Numbers in narrow columns stand closer than a character apart: a number standing apart on
    // both sides (a gap after it too, or the line's end) is a cell of its own even so. A number
    // inside a sentence (国令第 711 号) has its next word close after it and stays in the text.
    const after = items[k + 1];
    const standsApart = isNumber(it.str) && (!after || after.x - (it.x + it.width) >= 0.25 * em);
    // Text running on within a cell touches the text before it; one that starts a column of the
    // page after a visible gap is the next cell.
    const startsColumn = gap >= 0.25 * em && atColumnStart(it.x, starts);
    if (last && gap < (standsApart ? 0.25 : 0.9) * em && !startsColumn) {
      last.parts[0]!.text += it.str;
      last.x1 = Math.max(last.x1, it.x + it.width);
    } else cells.push({ x0: it.x, x1: it.x + it.width, parts: [{ y: it.y, x: it.x, text: it.str }] });
  });
  for (const c of cells) c.parts[0]!.text = collapseSpace(c.parts[0]!.text);
  return cells;
}

/** Put a wrapped label piece into the row cell it overlaps, or in x order as a cell of its own. */
function absorb(row: Line, piece: Line): void {
  for (const pc of piece.cells) {
    const host = row.cells.find((c) => pc.x0 < c.x1 && c.x0 < pc.x1 && !isNumber(cellText(c)));
    if (host) {
      host.parts.push(...pc.parts);
      host.x0 = Math.min(host.x0, pc.x0);
      host.x1 = Math.max(host.x1, pc.x1);
    } else {
      row.cells.push(pc);
      row.cells.sort((a, b) => a.x0 - b.x0);
    }
  }
}

/**
 * The table row a text-only line belongs to: the nearest row above or below it, within two
 * and a half of the line's font sizes and closer than rows are to each other (a wrapped line,
 * not the next row), when the line lies
 * wholly in that row's label columns and under one of its labels (a label wrapped inside its
 * cell). Paragraphs and headings run past the label columns, a table's caption row sits
 * apart from the labels: they stay lines of their own.
 */
function rowForPiece(lines: Line[], k: number, pitch: number): number {
  const l = lines[k]!;
  const right = Math.max(...l.cells.map((c) => c.x1));
  let best = -1;
  let bestDistance = Infinity;
  for (const step of [-1, 1]) {
    for (let j = k + step; j >= 0 && j < lines.length; j += step) {
      const r = lines[j]!;
      if (!isRow(r)) continue;
      const d = Math.abs(r.y - l.y);
      if (d <= 2.5 * l.height && d < 0.92 * pitch && right <= firstNumberX(r) + 1 && d < bestDistance) [best, bestDistance] = [j, d];
      break;
    }
  }
  return best;
}

/**
 * The smallest distance between two neighbouring table rows on a page: one row of one line.
 * A wrapped label line sits closer to its row than that; a caption row of the table sits a
 * whole row away.
 */
function rowPitch(lines: Line[]): number {
  const rows = lines.filter(isRow);
  let pitch = Infinity;
  for (let k = 1; k < rows.length; k++) pitch = Math.min(pitch, Math.abs(rows[k - 1]!.y - rows[k]!.y));
  return pitch;
}

function isPageNumber(l: Line, pageHeight: number): boolean {
  const text = l.cells.map(cellText).join('').replace(/\s/g, '');
  const inMargin = l.y < 0.1 * pageHeight || l.y > 0.92 * pageHeight;
  return inMargin && PAGE_NUMBER.test(text);
}

/** Whether a page's text has a table row (numbers in cells of their own) the borders may place. */
export function mayHoldTable(items: readonly PdfItem[]): boolean {
  return items.length > 0 && linesOf(items).some(isRow);
}

/** Lines wrapped inside one cell stand at most this many font sizes apart (baseline to baseline). */
const WRAPPED_LINE_GAP = 1.6;

/** Farther down than any page is tall: where the text continued from the next page goes. */
const NEXT_PAGE = 1e6;

/** A line placed on its page: a line read by positions, or a row of a ruled table. */
type Placed = { y: number; line: Line } | { y: number; row: RuledRow; xs: number[] };

export function layoutPages(pages: readonly PdfPage[]): LaidLine[] {
  const placedPages = pages.map(placeLines);
  // A table row the page break cut through continues at the top of the next page: join it.
  for (let p = 1; p < placedPages.length; p++) {
    const [before, here] = [placedPages[p - 1]!, placedPages[p]!];
    const last = before[before.length - 1];
    const first = here[0];
    if (last && first && 'row' in last && 'row' in first && continuesRow(last.row, last.xs, first.row, first.xs)) {
      joinRow(last.row, first.row);
      here.shift();
    } else if (last && 'line' in last && isRow(last.line)) {
      const pieces = pieceLinesAtTop(last.line, here);
      // The pieces read after the row's own text: placed below everything on its page.
      for (const piece of pieces) {
        for (const c of piece.cells) for (const part of c.parts) part.y -= NEXT_PAGE;
        absorb(last.line, piece);
      }
      here.splice(0, pieces.length);
    }
  }
  const out: LaidLine[] = [];
  placedPages.forEach((placed, p) => {
    for (const l of placed) out.push({ text: 'row' in l ? ruledRowText(l.row) : l.line.cells.map(cellText).join('\t'), page: p + 1 });
  });
  return out;
}

/**
 * The lines at the top of a page that are the rest of `row`, the last line of the page before,
 * in a table without borders: label text cut off by the page break. They are one block of
 * lines as close as lines wrapped in a cell (the next row stands farther off), each in the
 * row's label columns and starting exactly where one of its labels starts (text wrapped in a
 * cell starts at the cell's left edge); the table goes on after them (a row, or a label in
 * the same columns). A heading or paragraph after a table that ends with the page starts at
 * the margin, runs past the labels, or has no table after it.
 */
function pieceLinesAtTop(row: Line, here: readonly Placed[]): Line[] {
  const labelStarts = row.cells.filter((c) => !isNumber(cellText(c))).map((c) => c.x0);
  const limit = firstNumberX(row) + 1;
  const inLabels = (l: Line) => l.cells.every((c) => c.x1 <= limit && labelStarts.some((x) => Math.abs(x - c.x0) <= 1));
  const pieces: Line[] = [];
  let k = 0;
  for (; k < here.length; k++) {
    const p = here[k]!;
    if (!('line' in p) || isRow(p.line)) break;
    const before = pieces[pieces.length - 1];
    if (before && before.y - p.line.y > WRAPPED_LINE_GAP * Math.max(before.height, p.line.height)) break;
    pieces.push(p.line);
  }
  const next = here[k];
  const tableGoesOn = next !== undefined && 'line' in next && (isRow(next.line) || inLabels(next.line));
  return pieces.length > 0 && tableGoesOn && pieces.every(inLabels) ? pieces : [];
}

/** One page's lines top to bottom: its ruled tables read by their borders, the rest by positions. */
function placeLines(page: PdfPage): Placed[] {
  const tables = page.rules?.length ? ruledTables(page.rules, page.items) : [];
  const taken = new Set<number>();
  for (const t of tables) for (const k of t.taken) taken.add(k);
  const free = taken.size ? page.items.filter((_, k) => !taken.has(k)) : page.items;
  const lines = linesOf(free).filter((l) => !isPageNumber(l, page.height));
  const used = new Set<number>();
  // The ruled tables' rows count for the row pitch too: a line a whole row away from a number
  // row is no wrapped piece of it, whichever way the table beside it was read.
  const pitch = Math.min(rowPitch(lines), ...tables.map((t) => t.minRowHeight));
  lines.forEach((l, k) => {
    if (isRow(l)) return;
    const target = rowForPiece(lines, k, pitch);
    if (target >= 0) {
      absorb(lines[target]!, l);
      used.add(k);
    }
  });
  const placed: Placed[] = spreadMergedNumbers(lines, used).map((l) => ({ y: l.y, line: l }));
  lines.forEach((l, k) => {
    if (!used.has(k)) placed.push({ y: l.y, line: l });
  });
  // Table rows go among the lines by their top edge (lines above a table have their baseline
  // above it); the sort is stable, so a table's rows keep their order.
  for (const t of tables) for (const row of t.rows) placed.push({ y: row.top, row, xs: t.xs });
  return placed.sort((a, b) => b.y - a.y);
}
