/**
 * `ogi-report review` over the 40 real reports: the four files, read back with a reader (the
 * workbook with exceljs), and the same error/warning counts as `check --format json`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { HTML_DIR, REAL_DIR } from '../support/corpus';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');

interface JsonFile {
  file: string;
  diagnostics: { code: string; severity: string }[];
}

let out: string;
let review: { stdout: string; stderr: string; status: number | null };
let checked: JsonFile[];

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
  out = path.join(mkdtempSync(path.join(tmpdir(), 'ogi-review-')), 'o');
  const r = spawnSync(process.execPath, [cli, 'review', REAL_DIR, '--out', out], { cwd: root, encoding: 'utf8' });
  review = { stdout: r.stdout, stderr: r.stderr, status: r.status };
  checked = (JSON.parse(spawnSync(process.execPath, [cli, 'check', '--format', 'json', REAL_DIR], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 }).stdout) as (JsonFile & { status: string })[]).filter((f) => f.status === 'checked');
}, 120_000);

const n = (f: JsonFile, sev: string) => f.diagnostics.filter((d) => d.severity === sev).length;

describe('review of the real corpus', () => {
  it('writes the four files, prints a one-screen summary and exits 1 (reports with errors)', () => {
    for (const name of ['index.html', 'summary.csv', 'summary.xlsx', '通报草稿.md', '通报草稿.docx']) expect(existsSync(path.join(out, name)), name).toBe(true);
    expect(review.status).toBe(1);
    const lines = review.stdout.trimEnd().split('\n');
    const bad = checked.filter((f) => n(f, 'error')).length;
    expect(lines[0]).toBe(`检查报告 40 份：有错误 ${bad} 份，通过 ${40 - bad} 份，未能检查 0 份；错误 ${checked.reduce((s, f) => s + n(f, 'error'), 0)} 处，警告 ${checked.reduce((s, f) => s + n(f, 'warning'), 0)} 处，提示 ${checked.reduce((s, f) => s + n(f, 'info') + n(f, 'hint'), 0)} 处。`);
    expect(lines.length).toBeLessThan(25);
    expect(lines.at(-1)).toBe(`已写入 ${out}：index.html、summary.csv、summary.xlsx、通报草稿.md、通报草稿.docx`);
  });

  it('summary.xlsx, read back: one row per report in 汇总 with the counts check --format json gives', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'summary.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '问题明细', '按规则']);
    const sheet = wb.getWorksheet('汇总')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['文件', '机关', '年度', '层级', '形式', '结论', '错误', '警告', '提示', '问题代码', '说明']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(2).width).toBeGreaterThan(20);
    const rows = new Map<string, unknown[]>();
    sheet.eachRow((row, i) => {
      if (i > 1) rows.set(String(row.getCell(1).value), (row.values as unknown[]).slice(1));
    });
    expect(rows.size).toBe(checked.length);
    expect(checked.length).toBe(40);
    for (const f of checked) {
      const row = rows.get(f.file)!;
      expect(row, f.file).toBeDefined();
      expect([row[5], row[6], row[7]], f.file).toEqual([n(f, 'error') ? '有错误' : '通过', n(f, 'error'), n(f, 'warning')]);
    }
    const hongze = rows.get(path.join(REAL_DIR, '001_hongzequ_2023.txt'))!;
    expect(hongze.slice(1, 5)).toEqual(['洪泽区人民政府', 2023, '县级·人民政府', 'text']);
    // 问题明细: one row per finding; 按规则: one row per code that was found.
    const details = wb.getWorksheet('问题明细')!;
    expect(details.rowCount - 1).toBe(checked.reduce((s, f) => s + f.diagnostics.length, 0));
    const byRule = wb.getWorksheet('按规则')!;
    const codes = new Set(checked.flatMap((f) => f.diagnostics.map((d) => d.code)));
    expect(byRule.rowCount - 1).toBe(codes.size);
    // Every rule's row: how many reports check --format json found it in.
    byRule.eachRow((row, i) => {
      if (i === 1) return;
      const code = String(row.getCell(1).value);
      expect(row.getCell(4).value, code).toBe(checked.filter((f) => f.diagnostics.some((d) => d.code === code)).length);
    });
  });

  it('summary.csv: UTF-8 with BOM, one row per report, the verdict in words', () => {
    const csv = readFileSync(path.join(out, 'summary.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF文件,机关,年度,层级,形式,结论,错误,警告,提示,问题代码,说明\r\n')).toBe(true);
    const rows = csv.trimEnd().split('\r\n').slice(1);
    expect(rows).toHaveLength(40);
    const bad = checked.filter((f) => n(f, 'error')).length;
    expect(rows.filter((r) => r.includes(',有错误,'))).toHaveLength(bad);
    expect(rows.filter((r) => r.includes(',通过,'))).toHaveLength(40 - bad);
  });

  it('通报草稿.md: problems grouped by kind with the agencies named, said to be a draft', () => {
    const md = readFileSync(path.join(out, '通报草稿.md'), 'utf8');
    expect(md).toMatch(/^# 关于2021、2022、2023、2024、2025年度政府信息公开工作年度报告检查情况的通报（草稿）/);
    expect(md).toContain('仅供起草参考');
    expect(md).toMatch(/### （一）数据错误\n\n1\. \*\*表二四个分表、10 个数据格齐全\*\*（T2-SHAPE，18 份报告）。涉及单位：/);
    expect(md).toMatch(/\*\*表三行总计等于各申请人类型之和\*\*（T3-ROWSUM，6 份报告）。涉及单位：[^\n]*平潭综合实验区海坛片区管理局（2024）/);
    expect(md).toContain('| 洪泽区人民政府 | 2023 |');
  });

  it('通报草稿.docx: a Word file with the draft’s text (read back from its document.xml)', async () => {
    const zip = await JSZip.loadAsync(readFileSync(path.join(out, '通报草稿.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    expect(text.split('\n')[0]).toBe('关于2021、2022、2023、2024、2025年度政府信息公开工作年度报告检查情况的通报（草稿）');
    expect(text).toContain('表二四个分表、10 个数据格齐全（T2-SHAPE，18 份报告）。涉及单位：');
    expect(xml).toMatch(/<w:tbl>/);
  });

  it('index.html: self-contained (no network), the headline figures, one row per report, charts as SVG, details with the lines', () => {
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?https?:/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?https?:/);
    expect(html).toMatch(/<b>40<\/b><span>份报告<\/span>/);
    expect(html).toContain(`<b>${checked.filter((f) => n(f, 'error')).length}</b><span>份有错误</span>`);
    expect(html.match(/<tr data-verdict=/g)).toHaveLength(40);
    expect(html.match(/<svg class="chart"/g)).toHaveLength(3);
    expect(html.match(/<section class="report" id="r\d+">/g)).toHaveLength(40);
    expect(html).toMatch(/<span class="ln">第 \d+ 行<\/span>[^<]*<mark>/);
  });
});

describe('bundles', () => {
  it('the language server never carries exceljs; the CLI loads it from its own file', () => {
    const server = readFileSync(path.join(root, 'dist/server.js'), 'utf8');
    expect(server).not.toMatch(/exceljs|ExcelJS/);
    const cliJs = readFileSync(path.join(root, 'dist/cli.js'), 'utf8');
    expect(cliJs).not.toMatch(/Workbook Manager|class Workbook\b/);
    expect(existsSync(path.join(root, 'dist/exceljs.js'))).toBe(true);
    expect(server).not.toMatch(/Packer\.toBuffer/);
    expect(existsSync(path.join(root, 'dist/docx.js'))).toBe(true);
  });
});

describe('review: inputs it cannot use', () => {
  it('a folder of web pages gives one row per page (checked, or 未能检查 with the reason), never drops one', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ogi-review-html-')), 'o');
    const r = spawnSync(process.execPath, [cli, 'review', HTML_DIR, '--out', dir], { cwd: root, encoding: 'utf8' });
    const pages = readdirSync(HTML_DIR).filter((f) => f.endsWith('.html'));
    const rows = readFileSync(path.join(dir, 'summary.csv'), 'utf8').trimEnd().split('\r\n').slice(1);
    expect(rows.map((row) => path.basename(row.split(',')[0]!)).sort()).toEqual(pages.sort());
    const failed = rows.filter((row) => row.includes(',未能检查,'));
    expect(r.status).toBe(failed.length ? 2 : rows.some((row) => row.includes(',有错误,')) ? 1 : 0);
  });

  it('names a missing operand and exits 2; a usage mistake exits 2 with usage', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ogi-review-bad-'));
    const r = spawnSync(process.execPath, [cli, 'review', 'no/such/dir', '--out', dir], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^ogi-report: 未能检查 'no\/such\/dir'：/m);
    const u = spawnSync(process.execPath, [cli, 'review', '--out'], { cwd: root, encoding: 'utf8' });
    expect(u.status).toBe(2);
    expect(u.stderr).toMatch(/^ogi-report: --out 需要一个值\nogi-report: --out needs a value/);
  });

  it('takes -o and --output as the output folder, as import does (not silently the default folder)', () => {
    for (const flag of ['-o', '--output']) {
      const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ogi-review-o-')), 'named');
      const r = spawnSync(process.execPath, [cli, 'review', path.join(REAL_DIR, readdirSync(REAL_DIR).find((f) => f.endsWith('.txt'))!), flag, dir], { cwd: root, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(readdirSync(dir).sort(), flag).toEqual(['index.html', 'summary.csv', 'summary.xlsx', '通报草稿.docx', '通报草稿.md'].sort());
    }
  });
});
