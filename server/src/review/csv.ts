/** `summary.csv`: one row per report, UTF-8 with a BOM so Excel and WPS open it as UTF-8. */
import { codesOf, count, noteOf, VERDICT_LABEL, type ReviewedReport } from './report';

export const CSV_HEADER = ['文件', '机关', '年度', '层级', '形式', '结论', '错误', '警告', '提示', '问题代码', '说明'];

function cell(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  // A cell starting with = + - @ would be a formula in Excel: quote it as text.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function summaryCsv(reports: readonly ReviewedReport[]): string {
  const rows = [CSV_HEADER, ...reports.map((r) => [r.file, r.agency, r.year, r.level, r.form, VERDICT_LABEL[r.verdict], count(r, 'error'), count(r, 'warning'), count(r, 'info') + count(r, 'hint'), codesOf(r).join(' '), noteOf(r)])];
  return '\uFEFF' + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
