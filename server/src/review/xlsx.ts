/**
 * `summary.xlsx` with exceljs: sheets 汇总 (one row per report, filters, frozen header),
 * 问题明细 (one row per finding) and 按规则 (per rule: how many reports, which agencies).
 * exceljs is large, so it is loaded only when a workbook is written (the CLI's `review`); the
 * language server never imports this module.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { codesOf, count, ruleStats, VERDICT_LABEL, type ReviewedReport } from './report';
import { CSV_HEADER } from './csv';

const SEVERITY_LABEL: Record<string, string> = { error: '错误', warning: '警告', info: '提示', hint: '提示' };

export async function summaryXlsx(reports: readonly ReviewedReport[], titleOf: (code: string) => string): Promise<Uint8Array> {
  const ExcelJS = loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ogi-report';
  wb.created = new Date(0);
  const header = (ws: import('exceljs').Worksheet) => {
    const row = ws.getRow(1);
    row.font = { bold: true };
    row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ws.columnCount } };
  };

  const summary = wb.addWorksheet('汇总');
  const widths = [36, 28, 8, 14, 8, 10, 7, 7, 7, 40];
  summary.columns = CSV_HEADER.map((h, i) => ({ header: h, key: String(i), width: widths[i] }));
  for (const r of reports) {
    const row = summary.addRow([r.url ?? r.file, r.agency, r.year, r.level, r.form, VERDICT_LABEL[r.verdict], count(r, 'error'), count(r, 'warning'), count(r, 'info') + count(r, 'hint'), r.verdict === 'failed' ? (r.problem ?? '') : codesOf(r).join(' ')]);
    if (r.verdict !== 'pass') row.getCell(6).font = { color: { argb: r.verdict === 'errors' ? 'FFC0392B' : 'FF7F8C8D' }, bold: true };
  }
  header(summary);

  const details = wb.addWorksheet('问题明细');
  details.columns = [
    { header: '文件', width: 36 },
    { header: '机关', width: 28 },
    { header: '代码', width: 18 },
    { header: '严重程度', width: 9 },
    { header: '说明', width: 80 },
    { header: '行', width: 6 },
    { header: '单元格', width: 18 },
  ];
  for (const r of reports) {
    for (const d of r.diagnostics) details.addRow([r.url ?? r.file, r.agency, d.code, SEVERITY_LABEL[d.severity] ?? d.severity, d.message, d.range.start.line + 1, d.cellId ?? '']);
  }
  details.getColumn(5).alignment = { wrapText: true, vertical: 'top' };
  header(details);

  const rules = wb.addWorksheet('按规则');
  rules.columns = [
    { header: '代码', width: 18 },
    { header: '规则', width: 36 },
    { header: '严重程度', width: 9 },
    { header: '报告数', width: 8 },
    { header: '问题数', width: 8 },
    { header: '涉及单位', width: 80 },
  ];
  for (const s of ruleStats(reports, titleOf)) rules.addRow([s.code, s.title, SEVERITY_LABEL[s.severity] ?? s.severity, s.reports, s.findings, s.agencies.join('、')]);
  rules.getColumn(6).alignment = { wrapText: true, vertical: 'top' };
  header(rules);

  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * exceljs: in the bundled CLI it is `exceljs.js` beside `cli.js` (built apart so other
 * commands never parse it); run from source, the package.
 */
function loadExcelJs(): typeof import('exceljs') {
  const req = createRequire(__filename);
  const bundled = join(__dirname, 'exceljs.js');
  return (existsSync(bundled) ? req(bundled) : req('exceljs')) as typeof import('exceljs');
}
