/**
 * Tables read from the borders a page draws. The ruling lines of one table (rules that touch)
 * cut it into a fine grid; where a border between two neighbouring grid boxes is not drawn,
 * they are one merged cell. Text belongs to the cell its first character stands in, so a label
 * wrapped over several lines, a cell merged down rows or across columns, and an empty cell all
 * read as the table shows them — no guessing from gaps between words. Pure geometry.
 */
import { isNumber } from './pdf-lines';
import type { Segment } from './pdf-ruling';
import { gridRowText, type GridCell } from './table-grid';
import { collapseSpace } from './text-normal';

/** What this module needs of a text item (the layout's `PdfItem`). */
export interface GridItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One row of a ruled table: its cells (a merged cell's text in every box it covers). */
export interface RuledRow {
  /** Top edge (points, y upwards), for ordering among the page's lines. */
  top: number;
  cells: GridCell[];
  /** Per column: the cell starts in this row (it is not merged down from the row above). */
  starts: boolean[];
}

/** One table found on a page: its rows, its column edges, and the items it took. */
export interface RuledTable {
  /** Column edges, left to right. */
  xs: number[];
  /** Grid rows holding text, top first. */
  rows: RuledRow[];
  /** Indexes (into the page's items) of the text inside the table. */
  taken: Set<number>;
  /** Height of the lowest grid row: one row of one line, the table's row pitch. */
  minRowHeight: number;
}

/**
 * Rules closer than this (points) are one rule: rounding, LibreOffice's doubled borders (half a
 * point apart), a browser's table with cell spacing (each cell's own border, 1.5–2.5 points
 * from its neighbour's). No table row or column is this thin.
 */
const SNAP = 3;
/** A table has at least two columns of boxes (one row is a table cut by a page break); a lone framed box is not one. */
const MIN_ROWS = 1;
const MIN_COLS = 2;
/** Pairs of rules a page may have to compare, and boxes a table may have: beyond, it is no table. */
const MAX_CROSSINGS = 4_000_000;
const MAX_BOXES = 20_000;

/** A merged rule: horizontal (`at` = y, `from`..`to` in x) or vertical (`at` = x, `from`..`to` in y). */
interface Rule {
  at: number;
  from: number;
  to: number;
}

/**
 * Rules at (about) the same position and overlapping or touching along it become one, placed
 * at the mean of its own pieces (two tables' borders near the same x stay apart).
 */
function mergeRules(rules: Rule[]): Rule[] {
  const byPos = [...rules].sort((a, b) => a.at - b.at);
  const groups: Rule[][] = [];
  for (const r of byPos) {
    const g = groups[groups.length - 1];
    if (g && r.at - g[g.length - 1]!.at <= SNAP / 2) g.push(r);
    else groups.push([r]);
  }
  const out: Rule[] = [];
  for (const g of groups) {
    g.sort((a, b) => a.from - b.from);
    let cur: { rule: Rule; sum: number; n: number } | undefined;
    for (const r of g) {
      if (cur && r.from <= cur.rule.to + SNAP) {
        cur.rule.to = Math.max(cur.rule.to, r.to);
        cur.sum += r.at;
        cur.rule.at = cur.sum / ++cur.n;
      } else {
        cur = { rule: { at: r.at, from: r.from, to: r.to }, sum: r.at, n: 1 };
        out.push(cur.rule);
      }
    }
  }
  return out;
}

/** Positions within SNAP of each other as one (their mean), ascending. */
function snapPositions(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const g = out[out.length - 1];
    if (g && v - g[g.length - 1]! <= SNAP) g.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
  return i;
}

function union(parent: number[], a: number, b: number): void {
  const [ra, rb] = [find(parent, a), find(parent, b)];
  if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
}

/** Rules that cross or touch each other form one table; each group as its horizontal and vertical rules. */
function tablesOf(h: Rule[], v: Rule[]): { h: Rule[]; v: Rule[] }[] {
  const parent = Array.from({ length: h.length + v.length }, (_, k) => k);
  for (let i = 0; i < h.length; i++) {
    const a = h[i]!;
    for (let j = 0; j < v.length; j++) {
      const b = v[j]!;
      if (b.at >= a.from - SNAP && b.at <= a.to + SNAP && a.at >= b.from - SNAP && a.at <= b.to + SNAP) union(parent, i, h.length + j);
    }
  }
  const groups = new Map<number, { h: Rule[]; v: Rule[] }>();
  const group = (k: number) => {
    const root = find(parent, k);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { h: [], v: [] }));
    return g;
  };
  h.forEach((r, i) => group(i).h.push(r));
  v.forEach((r, j) => group(h.length + j).v.push(r));
  return [...groups.values()];
}

/** Whether a rule at `at` (within SNAP) covers the point `mid` along it. */
function drawn(rules: Rule[], at: number, mid: number): boolean {
  return rules.some((r) => Math.abs(r.at - at) <= SNAP && r.from - SNAP / 2 <= mid && mid <= r.to + SNAP / 2);
}

/** The index of the band `[edges[k], edges[k+1])` holding `p` (edges ascending), or -1. */
function bandOf(edges: number[], p: number): number {
  if (p < edges[0]! || p >= edges[edges.length - 1]!) return -1;
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid]! <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Join a cell's items into its text: lines top to bottom, each left to right. */
function cellText(items: GridItem[]): string {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: GridItem[][] = [];
  for (const it of sorted) {
    const line = lines[lines.length - 1];
    const h = it.height || 10;
    if (line && Math.abs(line[0]!.y - it.y) <= Math.max(1.5, 0.4 * h)) line.push(it);
    else lines.push([it]);
  }
  const texts = lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const it of line) {
      // A gap wider than a third of a character is a space the PDF did not write as one.
      if (text && it.x - end > 0.3 * (it.height || 10)) text += ' ';
      text += it.str;
      end = it.x + it.width;
    }
    return collapseSpace(text);
  });
  // A line wrapped inside a cell continues the one above it: Chinese text joins without a space,
  // words of other scripts keep one between them.
  return texts.reduce((acc, t) => (acc && /[A-Za-z0-9]$/.test(acc) && /^[A-Za-z]/.test(t) ? `${acc} ${t}` : acc + t), '');
}

/**
 * The tables a page's rules draw, read into rows of tab-separated cells. Items are the page's
 * text; those inside a table are listed in its `taken`.
 */
export function ruledTables(segments: readonly Segment[], items: readonly GridItem[]): RuledTable[] {
  const hRaw: Rule[] = [];
  const vRaw: Rule[] = [];
  for (const s of segments) {
    if (s.y0 === s.y1) hRaw.push({ at: s.y0, from: s.x0, to: s.x1 });
    else if (s.x0 === s.x1) vRaw.push({ at: s.x0, from: s.y0, to: s.y1 });
  }
  if (hRaw.length < 2 || vRaw.length < 2) return [];
  const [h, v] = [mergeRules(hRaw), mergeRules(vRaw)];
  // A page of thousands of separate strokes is a drawing (a chart, a hatched area), not a
  // table: its text is read by positions, and no page costs more than a bounded amount.
  if (h.length * v.length > MAX_CROSSINGS) return [];
  const tables: RuledTable[] = [];
  const claimed = new Set<number>();
  for (const t of tablesOf(h, v)) {
    const table = readTable(t.h, t.v, items, claimed);
    if (table) tables.push(table);
  }
  return tables;
}

function readTable(h: Rule[], v: Rule[], items: readonly GridItem[], claimed: Set<number>): RuledTable | undefined {
  if (h.length < 2 || v.length < 2) return undefined;
  // The box edges: every rule's position, and the table's outer edges where a border is missing.
  const left = Math.min(...h.map((r) => r.from), ...v.map((r) => r.at));
  const right = Math.max(...h.map((r) => r.to), ...v.map((r) => r.at));
  const bottom = Math.min(...v.map((r) => r.from), ...h.map((r) => r.at));
  const top = Math.max(...v.map((r) => r.to), ...h.map((r) => r.at));
  const xs = snapPositions([left, right, ...v.map((r) => r.at)]);
  const ys = snapPositions([bottom, top, ...h.map((r) => r.at)]);
  const nCols = xs.length - 1;
  const nRows = ys.length - 1;
  if (nRows < MIN_ROWS || nCols < MIN_COLS || nRows * nCols > MAX_BOXES) return undefined;
  // Grid box (r, c): row r counted from the top (ys descending), column c from the left.
  const rowTop = (r: number) => ys[nRows - r]!;
  const rowBottom = (r: number) => ys[nRows - r - 1]!;
  const parent = Array.from({ length: nRows * nCols }, (_, k) => k);
  for (let r = 0; r < nRows; r++) {
    const midY = (rowTop(r) + rowBottom(r)) / 2;
    for (let c = 0; c < nCols; c++) {
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < nCols && !drawn(v, xs[c + 1]!, midY)) union(parent, r * nCols + c, r * nCols + c + 1);
      if (r + 1 < nRows && !drawn(h, rowBottom(r), midX)) union(parent, r * nCols + c, (r + 1) * nCols + c);
    }
  }
  // Each item goes to the box its first character stands in.
  const inBox = new Map<number, GridItem[]>();
  const taken = new Set<number>();
  items.forEach((it, k) => {
    if (claimed.has(k) || it.str.trim() === '') return;
    const em = it.height || 10;
    const px = it.x + Math.min(it.width, em) / 2;
    const py = it.y + 0.3 * em;
    const c = bandOf(xs, px);
    const rFromBottom = bandOf(ys, py);
    if (c < 0 || rFromBottom < 0) return;
    const r = nRows - 1 - rFromBottom;
    const root = find(parent, r * nCols + c);
    let list = inBox.get(root);
    if (!list) inBox.set(root, (list = []));
    list.push(it);
    taken.add(k);
  });
  if (taken.size === 0) return undefined;
  for (const k of taken) claimed.add(k);
  const texts = new Map<number, string>();
  for (const [root, list] of inBox) texts.set(root, cellText(list));
  const rows: RuledRow[] = [];
  let minRowHeight = Infinity;
  for (let r = 0; r < nRows; r++) {
    const cells: GridCell[] = [];
    const starts: boolean[] = [];
    for (let c = 0; c < nCols; c++) {
      const root = find(parent, r * nCols + c);
      cells.push({ text: texts.get(root) ?? '', origin: root });
      starts.push(r === 0 || find(parent, (r - 1) * nCols + c) !== root);
    }
    minRowHeight = Math.min(minRowHeight, rowTop(r) - rowBottom(r));
    if (cells.some((c) => c.text !== '')) rows.push({ top: rowTop(r), cells, starts });
  }
  return { xs, rows, taken, minRowHeight };
}

/**
 * Whether `next` (a table's first row at the top of a page) is the rest of `last` (the last row
 * of the table ending the page before) — a row the page break cut through, as Writer and Word
 * do by default. The two tables share their columns; the piece holds no number (a row's
 * numbers stand on its first page), and each of its texts continues a label that started in
 * that last row (not a cell merged down from rows above it, which is done). A repeated
 * heading row has text above number columns and is never a piece.
 */
export function continuesRow(last: RuledRow, lastXs: number[], next: RuledRow, nextXs: number[]): boolean {
  if (lastXs.length !== nextXs.length || lastXs.some((x, k) => Math.abs(x - nextXs[k]!) > 2 * SNAP)) return false;
  let any = false;
  for (let c = 0; c < next.cells.length; c++) {
    const t = next.cells[c]!.text;
    if (t === '' || !next.starts[c] || (c > 0 && next.cells[c - 1]!.origin === next.cells[c]!.origin)) continue;
    const above = last.cells[c];
    if (isNumber(t) || !above || above.text === '' || isNumber(above.text) || !last.starts[c]) return false;
    any = true;
  }
  return any;
}

/** Join the piece `next` of a row cut by a page break onto the row's first part. */
export function joinRow(last: RuledRow, next: RuledRow): void {
  next.cells.forEach((cell, c) => {
    if (cell.text === '' || (c > 0 && next.cells[c - 1]!.origin === cell.origin)) return;
    const target = last.cells[c]!;
    const joined = target.text + cell.text;
    // Every box of the merged cell carries the text, so the row reads the same wherever it is cut.
    for (const other of last.cells) if (other.origin === target.origin) other.text = joined;
  });
}

/** A ruled row as text: cells tab-separated, a cell merged across columns written once. */
export function ruledRowText(row: RuledRow): string {
  return gridRowText(row.cells);
}
