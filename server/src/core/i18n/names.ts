/**
 * Human names of cells, rows and columns in both languages, built from the template so
 * messages and hovers never spell a label themselves.
 */
import type { Locale } from '../types';
import { T3_COLUMNS, T3_ROWS, T3_TRIAL_OTHER_ROW } from '../template/table3';
import { T2_COLUMNS, T2_ROWS } from '../template/table2';
import { T4_COLUMNS, T4_GROUPS, T4_LITIGATION, type T4Proceeding } from '../template/table4';

const T3_ROW_EN: Record<string, string> = {
  r1: 'I. New applications this year',
  r2: 'II. Carried over from last year',
  r3_1: '(1) Disclosed',
  r3_2: '(2) Partly disclosed',
  r3_3_1: '(3)1 State secret',
  r3_3_2: '(3)2 Barred by other laws',
  r3_3_3: '(3)3 Endangers the "three securities and one stability"',
  r3_3_4: '(3)4 Third-party rights',
  r3_3_5: '(3)5 Internal affairs',
  r3_3_6: '(3)6 Process information',
  r3_3_7: '(3)7 Enforcement case files',
  r3_3_8: '(3)8 Administrative query matters',
  r3_4_1: '(4)1 Agency does not hold it',
  r3_4_2: '(4)2 Would need to be produced',
  r3_4_3: '(4)3 Still unclear after correction',
  r3_5_1: '(5)1 Petitions and complaints',
  r3_5_2: '(5)2 Repeated application',
  r3_5_3: '(5)3 Public publications',
  r3_5_4: '(5)4 Mass repeated applications',
  r3_5_5: '(5)5 Confirm or re-issue held information',
  r3_6_1: '(6)1 No correction in time',
  r3_6_2: '(6)2 Fee not paid',
  r3_6_3: '(6)3 Other',
  r3_6: '(6) Other handling',
  r3_7: '(7) Total',
  r4: 'IV. Carried over to next year',
};
const T3_COL_EN: Record<string, string> = {
  np: 'natural persons',
  biz: 'businesses',
  sci: 'research institutions',
  ngo: 'public-interest organisations',
  law: 'legal service providers',
  oth: 'other organisations',
  tot: 'total',
  sub: 'subtotal',
};
const T2_ROW_EN: Record<string, string> = {
  regulation: 'Rules',
  normative: 'Normative documents',
  license: 'Administrative licensing',
  penalty: 'Administrative penalties',
  coercion: 'Administrative coercion',
  fee: 'Administrative fees',
};
const T2_COL_EN: Record<string, string> = {
  issued: 'issued this year',
  repealed: 'repealed this year',
  valid: 'currently valid',
  decisions: 'decisions this year',
  amount_wan: 'amount (10,000 yuan)',
};
const T4_GROUP_EN: Record<string, string> = { rev: 'Administrative review', lit_direct: 'Litigation without review', lit_after: 'Litigation after review' };
const T4_COL_EN: Record<string, string> = { upheld: 'upheld', corrected: 'corrected', other: 'other outcome', pending: 'pending', total: 'total' };

export function t3RowName(row: string, locale: Locale): string {
  if (locale === 'en') return T3_ROW_EN[row] ?? row;
  if (row === T3_TRIAL_OTHER_ROW.id) return T3_TRIAL_OTHER_ROW.short;
  return T3_ROWS.find((r) => r.id === row)?.short ?? row;
}

export function t3ColumnName(col: string, locale: Locale): string {
  if (locale === 'en') return T3_COL_EN[col] ?? col;
  if (col === 'sub') return '小计';
  return T3_COLUMNS.find((c) => c.id === col)?.label ?? col;
}

/** `（七）总计·自然人` / `(7) Total · natural persons` for any template cell id. */
export function cellName(id: string, locale: Locale): string {
  const [table, row, col] = id.split('.') as [string, string, string];
  const dot = locale === 'en' ? ' · ' : '·';
  if (table === 't3') return `${t3RowName(row, locale)}${dot}${t3ColumnName(col, locale)}`;
  if (table === 't2') {
    const r = locale === 'en' ? T2_ROW_EN[row] : T2_ROWS.find((x) => x.id === row)?.label;
    const c = locale === 'en' ? T2_COL_EN[col] : T2_COLUMNS.find((x) => x.id === col)?.label;
    return `${r ?? row}${dot}${c ?? col}`;
  }
  if (table === 't4') {
    const g = locale === 'en' ? T4_GROUP_EN[row] : T4_GROUPS.find((x) => x.id === row)?.label;
    const c = locale === 'en' ? T4_COL_EN[col] : T4_COLUMNS.find((x) => x.id === col)?.label;
    return `${g ?? row}${dot}${c ?? col}`;
  }
  return id;
}

/** A proceeding of table 四 as prose names it: `行政复议`, or `行政诉讼` (both litigation groups). */
export function t4ProceedingName(proceeding: T4Proceeding, locale: Locale): string {
  return proceeding === 'lit' ? (locale === 'en' ? 'Litigation' : T4_LITIGATION) : locale === 'en' ? T4_GROUP_EN.rev! : T4_GROUPS[0]!.label;
}

export function tableName(table: 't2' | 't3' | 't4', locale: Locale): string {
  const zh = { t2: '表二', t3: '表三', t4: '表四' } as const;
  const en = { t2: 'Table II', t3: 'Table III', t4: 'Table IV' } as const;
  return locale === 'en' ? en[table] : zh[table];
}
