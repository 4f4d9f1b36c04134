/**
 * A table as published (cells with row and column spans) turned into a full grid: a merged
 * cell belongs to every row and column it spans, so each row reads on its own as a text row
 * the parser takes (labels to the left, numbers to the right).
 */

export interface SpanCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}
/** One grid position: the text of the source cell covering it, and which source cell that is. */
export interface GridCell {
  text: string;
  /** Same number for every position one merged cell covers. */
  origin: number;
}

/** Spans beyond these are typos or hostile input; clamping keeps the grid small. */
const MAX_SPAN = 64;

function span(n: number): number {
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), MAX_SPAN) : 1;
}

/** Expand `rows` into a rectangular grid (origin -1 where a row is short). */
export function expandSpans(rows: readonly (readonly SpanCell[])[]): GridCell[][] {
  const grid: (GridCell | undefined)[][] = [];
  let origin = 0;
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c] !== undefined) c++;
      const rs = span(cell.rowSpan);
      const cs = span(cell.colSpan);
      const g: GridCell = { text: cell.text, origin: origin++ };
      // A row span running past the table's last row is cut there, as browsers do.
      for (let dr = 0; dr < rs && r + dr < rows.length; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < cs; dc++) if (target[c + dc] === undefined) target[c + dc] = g;
      }
      c += cs;
    }
  });
  const width = Math.max(0, ...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: width }, (_, k) => r[k] ?? { text: '', origin: -1 }));
}

/**
 * A grid row as a text row, cells tab-separated. A cell merged across columns is written once
 * (its other columns empty): a number spanning three columns is one number. A cell merged down
 * rows is repeated in each row, so every row carries its own labels.
 */
export function gridRowText(cells: readonly GridCell[]): string {
  const texts = cells.map((c, k) => (k > 0 && c.origin >= 0 && cells[k - 1]!.origin === c.origin ? '' : c.text.replace(/[\t\r\n]+/g, ' ')));
  let end = texts.length;
  while (end > 0 && texts[end - 1] === '') end--;
  return texts.slice(0, end).join('\t');
}
