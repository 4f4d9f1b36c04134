/**
 * The table values the reviewer's rules compare prose with: a cell, a Table 三 row's 总计, or the
 * sum of its six applicant columns where the table has no 总计 column. Reading only: the rules
 * that report a disagreeing claim are built in `rule-helpers/claim-rule.ts`.
 */
import type { ReportModel } from '../model';
import type { Range } from '../types';
import { T3_APPLICANT_COLUMNS } from '../template/table3';

export interface CellValue {
  value: number;
  cellId: string;
  /** Where the value is written; null when it had to be computed (no 总计 column). */
  range: Range | null;
  /** The value is the sum of the six applicant columns because the 总计 cell is absent. */
  computed: boolean;
}

export function cellValue(model: ReportModel, id: string): CellValue | null {
  const c = model.cells.get(id);
  if (!c || c.value === null) return null;
  return { value: c.value, cellId: id, range: c.range, computed: false };
}

/** Sum of the six applicant columns of a Table 三 row, when all six are there. */
export function t3ColumnSum(model: ReportModel, row: string): number | null {
  let sum = 0;
  for (const col of T3_APPLICANT_COLUMNS) {
    const v = model.cells.get(`t3.${row}.${col}`)?.value;
    if (v === null || v === undefined) return null;
    sum += v;
  }
  return sum;
}

/** A Table 三 row's 总计; without a 总计 column (seed 001) the sum of the six columns stands in. */
export function t3Total(model: ReportModel, row: string): CellValue | null {
  const tot = cellValue(model, `t3.${row}.tot`);
  if (tot) return tot;
  if (!model.t3 || model.t3.hasTotalColumn) return null;
  const sum = t3ColumnSum(model, row);
  if (sum === null) return null;
  const label = model.t3.rows.find((r) => r.id === row)?.labelRange ?? null;
  return { value: sum, cellId: `t3.${row}.tot`, range: label, computed: true };
}
