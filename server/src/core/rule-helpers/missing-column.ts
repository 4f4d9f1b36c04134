/**
 * Which column a table-三 row with one number too few is most likely missing (issue 10): each
 * place the missing number could go is tried against the table's sums — the row's own total and
 * its columns' sums over the other rows. A place is consistent when the number it needs is a
 * whole count >= 0 and no sum the row takes part in then fails. The hint is given only when the
 * consistent places all lead to the same row (usually one place; for a row of zeros, any place).
 */
import type { ReportModel, RowNode } from '../model';
import type { Range } from '../types';
import { exactOf, exactValue, formatExact, MAX_DIGITS, SCALE, table3Equations, type Equation } from './equations';

export interface MissingColumn {
  /** The column the number most likely belongs to. */
  column: string;
  /** The number the sums ask for, as digits. */
  value: string;
  /** True when every consistent place gives the same row (the position does not matter). */
  anyPlace: boolean;
  /** How many numbers are missing (more than one only for a row of zeros). */
  count: number;
  /** Where to insert and what (the number with the row's separator). */
  at: Range;
  newText: string;
}

/**
 * What a cell written as `v`'s digits would read as: `v` itself, unless the digits are more than
 * `exactValue` reads (then the cell, like any such cell, leaves its sums unchecked).
 */
const BIG = 10n ** 60n;
const written = (v: bigint): bigint | null => ((v < BIG && v > -BIG) || formatExact(v).length <= MAX_DIGITS ? v : null);

/**
 * Rows one short that hold only zeros are zero rows whatever column they miss: reading them so
 * lets the column sums speak (seed 001 has nineteen such rows). Their cells, once per model.
 */
const zeroCellsCache = new WeakMap<ReportModel, Set<string>>();

function zeroRowCells(model: ReportModel): Set<string> {
  let hit = zeroCellsCache.get(model);
  if (hit) return hit;
  hit = new Set();
  const columns = model.t3?.columns ?? [];
  for (const other of model.t3?.rows ?? []) {
    if (!other.id || other.values.length >= columns.length || !other.values.length) continue;
    if (other.values.every((v) => exactValue(v) === 0n)) for (const c of columns) hit.add(`t3.${other.id}.${c}`);
  }
  zeroCellsCache.set(model, hit);
  return hit;
}

/**
 * An equation the row takes part in, split in two: the sum of its other cells (as parsed, other
 * zero rows read as zeros; null when one has no value), computed once per row, and the row's own
 * terms. Each place tried then costs the row's few terms, not the whole table: a short row tries
 * seven places, and a report may have twenty short rows.
 */
interface SplitEquation {
  rest: bigint | null;
  /** The row's own terms: the column's place in the row, and the sign. */
  own: { pos: number; coef: 1 | -1 }[];
}

/** Table 三's equations, and which of them each cell takes part in: once per model. */
/**
 * Table 三's equations, and where each cell stands in them (equation's place in `all`, term's
 * place in the equation, both ascending): once per model, so a row finds its equations and its
 * own terms with one lookup per cell.
 */
interface EquationIndex {
  all: Equation[];
  byCell: Map<string, { eq: number; term: number }[]>;
}

const equationsCache = new WeakMap<ReportModel, EquationIndex>();

function equationsOf(model: ReportModel): EquationIndex {
  let hit = equationsCache.get(model);
  if (hit) return hit;
  const all = table3Equations(model);
  const byCell = new Map<string, { eq: number; term: number }[]>();
  all.forEach((eq, k) => {
    eq.terms.forEach((t, j) => {
      const list = byCell.get(t.cell);
      if (!list) byCell.set(t.cell, [{ eq: k, term: j }]);
      else list.push({ eq: k, term: j });
    });
  });
  equationsCache.set(model, (hit = { all, byCell }));
  return hit;
}

/**
 * Each equation's sum over all its cells as parsed (other zero rows read as zeros), and the
 * cells that have no value: once per model and equation. A row then takes its own cells out
 * of the sum instead of adding up the equation's other cells again — a column sum has twenty
 * terms, and seed 001 has nineteen short rows, each taking part in fifteen equations.
 */
interface EquationSum {
  known: bigint;
  /** Cells without a value: the sum is unknown unless every one of them is the row's own. */
  nulls: string[];
}

const sumsCache = new WeakMap<ReportModel, Map<Equation, EquationSum>>();

function termValue(model: ReportModel, zeros: Set<string>, cell: string): bigint | null {
  return zeros.has(cell) ? 0n : exactOf(model.cells, cell);
}

function equationSum(model: ReportModel, eq: Equation): EquationSum {
  let sums = sumsCache.get(model);
  if (!sums) sumsCache.set(model, (sums = new Map()));
  let hit = sums.get(eq);
  if (hit) return hit;
  const zeros = zeroRowCells(model);
  hit = { known: 0n, nulls: [] };
  for (const t of eq.terms) {
    const v = termValue(model, zeros, t.cell);
    if (v === null) hit.nulls.push(t.cell);
    else hit.known += t.coef === 1 ? v : -v;
  }
  sums.set(eq, hit);
  return hit;
}

/** An equation the row takes part in, with the places of the row's cells among its terms (ascending). */
interface RowEquation {
  eq: Equation;
  terms: number[];
}

function splitEquations(model: ReportModel, eqs: RowEquation[], ids: readonly string[]): SplitEquation[] {
  const zeros = zeroRowCells(model);
  return eqs.map(({ eq, terms }) => {
    const { known, nulls } = equationSum(model, eq);
    let rest: bigint | null = nulls.every((c) => ids.includes(c)) ? known : null;
    const own: SplitEquation['own'] = [];
    for (const k of terms) {
      const t = eq.terms[k]!;
      const pos = ids.indexOf(t.cell); // ids are distinct: one place each
      own.push({ pos, coef: t.coef });
      // The row's own cell leaves the sum (a cell without a value was never in it).
      const v = rest === null ? null : termValue(model, zeros, t.cell);
      if (rest !== null && v !== null) rest -= t.coef === 1 ? v : -v;
    }
    return { rest, own };
  });
}

/** The equation's residual with the row's cells as `row` says (by place in the row). */
function residualWith(s: SplitEquation, row: readonly (bigint | null)[]): bigint | null {
  let sum = s.rest;
  if (sum === null) return null;
  for (const t of s.own) {
    const v = row[t.pos]!;
    if (v === null) return null;
    sum += t.coef === 1 ? v : -v;
  }
  return sum;
}

/**
 * `t3.<row>.<column>`, made once per row and column: a string built per call is a new key for
 * every map it is looked up in (hashed, and flattened first when longer than a dozen characters).
 */
const cellIds = new Map<string, Map<string, string>>();

function cellId(row: string, column: string): string {
  let byColumn = cellIds.get(row);
  if (!byColumn) cellIds.set(row, (byColumn = new Map()));
  let id = byColumn.get(column);
  if (id === undefined) byColumn.set(column, (id = `t3.${row}.${column}`));
  return id;
}

export function missingColumn(model: ReportModel, row: RowNode): MissingColumn | null {
  const t3 = model.t3;
  if (!t3 || !row.id || t3.hasSubtotalColumn) return null;
  const columns = t3.columns;
  const short = columns.length - row.values.length;
  if (short < 1) return null;
  const values = row.values.map((v) => exactValue(v));
  if (values.some((v) => v === null)) return null;
  const ids = columns.map((c) => cellId(row.id!, c));
  const { all, byCell } = equationsOf(model);
  // The row's terms by equation (sparse, by place in `all`).
  const mine: number[][] = [];
  for (const id of ids) for (const { eq, term } of byCell.get(id) ?? []) (mine[eq] ??= []).push(term);
  // The row total first, then the column sums (each in table order): the order `solveFirst` asks them in.
  const rowTotals: RowEquation[] = [];
  const columnSums: RowEquation[] = [];
  mine.forEach((terms, k) => {
    const eq = all[k]!;
    terms.sort((a, b) => a - b);
    (eq.code === 'T3-ROWSUM' ? rowTotals : columnSums).push({ eq, terms });
  });
  const eqs = splitEquations(model, [...rowTotals, ...columnSums], ids);
  const sep = row.separator === '\n' ? '\t' : row.separator;
  if (short > 1) return zeroRow(row, eqs, short, sep, columns);
  const consistent: { k: number; x: bigint; cells: (bigint | null)[] }[] = [];
  for (let k = 0; k < columns.length; k++) {
    // The row's values with the missing one placed at k (0 until solved).
    const cells = ids.map((_, j) => (j === k ? 0n : written(values[j < k ? j : j - 1]!)));
    const x = solveFirst(cells, eqs, k);
    if (x === null || x < 0n || x % SCALE !== 0n) continue;
    cells[k] = written(x);
    if (eqs.some((eq) => { const r = residualWith(eq, cells); return r !== null && r !== 0n; })) continue;
    consistent.push({ k, x, cells });
  }
  // The places must all give the same row (exact values compared, as their digits would be).
  // Two exact values have the same digits exactly when they are equal; formatExact is kept for
  // a value too long to write (null), where it fails as it always did.
  const same = (a: (bigint | null)[], b: (bigint | null)[]) =>
    a.every((v, j) => (v !== null && b[j] !== null ? v === b[j] : formatExact(v!) === formatExact(b[j]!)));
  if (!consistent.length || consistent.some((c) => c !== consistent[0] && !same(c.cells, consistent[0]!.cells))) return null;
  const best = consistent[consistent.length - 1]!;
  const value = formatExact(best.x);
  const before = row.values[best.k];
  return {
    column: columns[best.k]!,
    value,
    anyPlace: consistent.length > 1,
    count: 1,
    at: before ? { start: before.range.start, end: before.range.start } : row.insertAt,
    newText: before ? `${value}${sep}` : `${sep}${value}`,
  };
}

/** The value the first checkable equation asks of the row's cell `k` (`eqs` hold the row total first, then the column sums). */
function solveFirst(cells: readonly (bigint | null)[], eqs: SplitEquation[], k: number): bigint | null {
  for (const s of eqs) {
    const term = s.own.find((t) => t.pos === k);
    if (!term) continue;
    const r = residualWith(s, cells);
    const v = cells[k]!;
    if (r !== null && v !== null) return term.coef === 1 ? v - r : v + r;
  }
  return null;
}

/** A row of zeros more than one short: zeros wherever they go, if the sums agree. */
function zeroRow(row: RowNode, eqs: SplitEquation[], short: number, sep: string, columns: string[]): MissingColumn | null {
  if (!row.values.length || row.values.some((v) => exactValue(v) !== 0n)) return null;
  const cells = columns.map(() => 0n);
  if (eqs.some((eq) => { const r = residualWith(eq, cells); return r === null || r !== 0n; })) return null;
  return { column: columns[columns.length - 1]!, value: '0', anyPlace: true, count: short, at: row.insertAt, newText: `${sep}0`.repeat(short) };
}
