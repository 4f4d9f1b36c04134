/**
 * Which column a table-三 row with one number too few is most likely missing (issue 10): each
 * place the missing number could go is tried against the table's sums — the row's own total and
 * its columns' sums over the other rows. A place is consistent when the number it needs is a
 * whole count >= 0 and no sum the row takes part in then fails. The hint is given only when the
 * consistent places all lead to the same row (usually one place; for a row of zeros, any place).
 */
import type { Cell, ReportModel, RowNode } from '../model';
import type { Range } from '../types';
import { exactValue, exactResidual, formatExact, SCALE, solveExact, table3Equations, type Equation } from './equations';

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

const synthetic = (id: string, v: bigint): Cell => ({ id, value: Number(v / SCALE), raw: formatExact(v), range: null, flags: [] });

export function missingColumn(model: ReportModel, row: RowNode): MissingColumn | null {
  const t3 = model.t3;
  if (!t3 || !row.id || t3.hasSubtotalColumn) return null;
  const columns = t3.columns;
  const short = columns.length - row.values.length;
  if (short < 1) return null;
  const values = row.values.map((v) => exactValue(v));
  if (values.some((v) => v === null)) return null;
  const ids = columns.map((c) => `t3.${row.id}.${c}`);
  const eqs = table3Equations(model).filter((eq) => eq.terms.some((t) => ids.includes(t.cell)));
  // Other rows one short that hold only zeros are zero rows whatever column they miss: reading
  // them so lets the column sums speak (seed 001 has nineteen such rows).
  const base = new Map(model.cells);
  for (const other of t3.rows) {
    if (other === row || !other.id || other.values.length >= columns.length || !other.values.length) continue;
    if (other.values.every((v) => exactValue(v) === 0n)) for (const c of columns) base.set(`t3.${other.id}.${c}`, synthetic(`t3.${other.id}.${c}`, 0n));
  }
  const sep = row.separator === '\n' ? '\t' : row.separator;
  if (short > 1) return zeroRow(row, ids, eqs, base, short, sep, columns);
  const consistent: { k: number; x: bigint; vector: string }[] = [];
  for (let k = 0; k < columns.length; k++) {
    const cells = new Map(base);
    ids.forEach((id, j) => {
      if (j !== k) cells.set(id, synthetic(id, values[j < k ? j : j - 1]!));
    });
    cells.set(ids[k]!, synthetic(ids[k]!, 0n));
    const x = solveFirst(cells, eqs, ids[k]!);
    if (x === null || x < 0n || x % SCALE !== 0n) continue;
    cells.set(ids[k]!, synthetic(ids[k]!, x));
    if (eqs.some((eq) => { const r = exactResidual(cells, eq); return r !== null && r !== 0n; })) continue;
    const vector = ids.map((id) => formatExact(exactValue(cells.get(id))!)).join(',');
    consistent.push({ k, x, vector });
  }
  if (!consistent.length || consistent.some((c) => c.vector !== consistent[0]!.vector)) return null;
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

/** The value the first checkable equation asks of `cell` (the row total first, then the column sums). */
function solveFirst(cells: Map<string, Cell>, eqs: Equation[], cell: string): bigint | null {
  for (const eq of [...eqs].sort((a, b) => Number(b.code === 'T3-ROWSUM') - Number(a.code === 'T3-ROWSUM'))) {
    if (!eq.terms.some((t) => t.cell === cell)) continue;
    const v = solveExact(cells, eq, cell);
    if (v !== null) return v;
  }
  return null;
}

/** A row of zeros more than one short: zeros wherever they go, if the sums agree. */
function zeroRow(row: RowNode, ids: string[], eqs: Equation[], base: Map<string, Cell>, short: number, sep: string, columns: string[]): MissingColumn | null {
  if (!row.values.length || row.values.some((v) => exactValue(v) !== 0n)) return null;
  const cells = new Map(base);
  for (const id of ids) cells.set(id, synthetic(id, 0n));
  if (eqs.some((eq) => { const r = exactResidual(cells, eq); return r === null || r !== 0n; })) return null;
  return { column: columns[columns.length - 1]!, value: '0', anyPlace: true, count: short, at: row.insertAt, newText: `${sep}0`.repeat(short) };
}
