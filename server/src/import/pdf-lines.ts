/**
 * The line model the PDF layout reads positioned text into: a line of cells, each cell the
 * pieces of text it holds with their baselines (pieces wrapped above or below join later).
 */

export interface Cell {
  x0: number;
  x1: number;
  /** Pieces of the cell with their baselines, top first when joined. */
  parts: { y: number; x: number; text: string }[];
}

export interface Line {
  /** Baseline (points, y upwards) and font size. */
  y: number;
  height: number;
  cells: Cell[];
}

export const NUMBER = /^[-+]?\d[\d,，]*(\.\d+)?$/;

export function isNumber(text: string): boolean {
  return NUMBER.test(text.replace(/\s/g, ''));
}

export function cellText(c: Cell): string {
  return c.parts
    .sort((a, b) => b.y - a.y || a.x - b.x)
    .map((p) => p.text)
    .join('');
}

/** A table row: a line of two cells or more, one of them a number. */
export function isRow(l: Line): boolean {
  return l.cells.length >= 2 && l.cells.some((c) => isNumber(c.parts[0]!.text));
}

/** The left edge of a row's first number: a wrapped label piece lies wholly left of it. */
export function firstNumberX(row: Line): number {
  return Math.min(...row.cells.filter((c) => isNumber(cellText(c))).map((c) => c.x0));
}
