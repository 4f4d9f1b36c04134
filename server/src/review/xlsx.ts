/**
 * `summary.xlsx` with exceljs: sheets 汇总 (one row per report, filters, frozen header),
 * 问题明细 (one row per finding) and 按规则 (per rule: how many reports, which agencies).
 * exceljs is large, so it is loaded only when a workbook is written (the CLI's `review`); the
 * language server never imports this module.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { codesOf, count, noteOf, ruleStats, VERDICT_LABEL, type ReviewedReport } from './report';
import { CSV_HEADER } from './csv';

const SEVERITY_LABEL: Record<string, string> = { error: '错误', warning: '警告', info: '提示', hint: '提示' };

/** One column of a sheet: its header, width, and whether its text wraps (long messages and agency lists). */
interface ColumnSpec {
  header: string;
  width: number;
  wrap?: boolean;
}

const WRAP = { wrapText: true, vertical: 'top' } as const;

/**
 * The workbook is streamed (exceljs's `WorkbookWriter`): each row is written to the zip as it is
 * added and let go, so a review of 16,000 reports (and the finding rows of each) never holds the
 * whole workbook as objects — the in-memory workbook of 4,000 reports took ~230 MB at its peak.
 */
export async function summaryXlsx(reports: readonly ReviewedReport[], titleOf: (code: string) => string): Promise<Uint8Array> {
  // The streaming writer's zip library (archiver) makes its string entries with the deprecated
  // `Buffer()`; bundled into dist/exceljs.js, Node cannot tell that is a dependency and would warn
  // the user about it on every review. Quiet while the workbook is written, as it was before.
  const quiet = process.noDeprecation;
  process.noDeprecation = true;
  try {
    return await writeWorkbook(reports, titleOf);
  } finally {
    process.noDeprecation = quiet;
  }
}

async function writeWorkbook(reports: readonly ReviewedReport[], titleOf: (code: string) => string): Promise<Uint8Array> {
  const ExcelJS = loadExcelJs();
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  wb.creator = 'ogi-report';
  wb.created = new Date(0);
  // A header row in bold on a pale fill, frozen, with a filter over every column.
  const sheet = (name: string, columns: ColumnSpec[]) => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = columns.map((c, i) => ({ key: String(i), width: c.width, ...(c.wrap ? { style: { alignment: WRAP } } : {}) }));
    const head = ws.getRow(1);
    head.values = columns.map((c) => c.header);
    head.font = { bold: true };
    head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    head.commit();
    return ws;
  };

  const widths = [36, 28, 8, 14, 8, 10, 7, 7, 7, 40, 40];
  const summary = sheet('汇总', CSV_HEADER.map((header, i) => ({ header, width: widths[i]! })));
  for (const r of reports) {
    const row = summary.addRow([r.url ?? r.file, r.agency, r.year, r.level, r.form, VERDICT_LABEL[r.verdict], count(r, 'error'), count(r, 'warning'), count(r, 'info') + count(r, 'hint'), codesOf(r).join(' '), noteOf(r)]);
    if (r.verdict !== 'pass') row.getCell(6).font = { color: { argb: r.verdict === 'errors' ? 'FFC0392B' : 'FF7F8C8D' }, bold: true };
    row.commit();
  }
  summary.commit();

  const details = sheet('问题明细', [
    { header: '文件', width: 36 },
    { header: '机关', width: 28 },
    { header: '代码', width: 18 },
    { header: '严重程度', width: 9 },
    { header: '说明', width: 80, wrap: true },
    { header: '行', width: 6 },
    { header: '单元格', width: 18 },
  ]);
  for (const r of reports) {
    for (const d of r.diagnostics) details.addRow([r.url ?? r.file, r.agency, d.code, SEVERITY_LABEL[d.severity] ?? d.severity, d.message, d.range.start.line + 1, d.cellId ?? '']).commit();
  }
  details.commit();

  const rules = sheet('按规则', [
    { header: '代码', width: 18 },
    { header: '规则', width: 36 },
    { header: '严重程度', width: 9 },
    { header: '报告数', width: 8 },
    { header: '问题数', width: 8 },
    { header: '涉及单位', width: 80, wrap: true },
  ]);
  for (const s of ruleStats(reports, titleOf)) rules.addRow([s.code, s.title, SEVERITY_LABEL[s.severity] ?? s.severity, s.reports, s.findings, s.agencies.join('、')]).commit();
  rules.commit();

  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
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
