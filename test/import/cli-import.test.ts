/**
 * `ogi-report import`: the bundled CLI (dist/cli.js loading dist/import.mjs) writes the report
 * text; importing, then checking that text gives the diagnostics the original's text version has.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runImport } from '../../server/src/cli/import-command';
import { HTML_DIR, PDF_DIR, REAL_DIR } from '../support/corpus';
import { cellsOf, tableDiagnostics } from './support';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');
const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
});

describe('ogi-report import (bundled)', () => {
  it('writes a PDF as report text with -o; checking it matches checking the text version', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'ogi-import-')), '001.txt');
    const r = run(['import', path.join(PDF_DIR, '001_hongzequ_2023.pdf'), '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('→');
    const text = readFileSync(out, 'utf8');
    const source = readFileSync(path.join(REAL_DIR, '001_hongzequ_2023.txt'), 'utf8');
    expect(cellsOf(text)).toEqual(cellsOf(source));
    expect(tableDiagnostics(text)).toEqual(tableDiagnostics(source));
    // The imported text checks like any text report.
    const check = run(['check', '--no-color', '--format', 'json', out]);
    expect(JSON.parse(check.stdout)[0].diagnostics.map((d: { code: string }) => d.code)).toContain('T4-REV');
  });

  it('writes a web page to stdout and says its publication date', () => {
    const r = run(['import', path.join(HTML_DIR, '301_pingtan_nongyenongcunju_2023.page.html')]);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('平潭综合实验区农业农村局2023年政府信息公开工作年度报告');
    expect(r.stderr).toContain('发布日期 2024-01-31');
  });
});

describe('ogi-report import: usage and problems', () => {
  it('needs exactly one file of a form it reads', async () => {
    expect((await runImport([])).exit).toBe(2);
    // A text report needs no import: said once its bytes are seen to be text (the name is only a hint).
    const text = path.join(REAL_DIR, '001_hongzequ_2023.txt');
    expect((await runImport([text])).stderr).toContain('not a web page, Word or PDF');
    expect((await runImport(['a.pdf', 'b.pdf'])).exit).toBe(2);
    expect((await runImport(['--bogus', 'a.pdf'])).exit).toBe(2);
    expect((await runImport(['missing.pdf'])).stderr).toContain("cannot read 'missing.pdf': ENOENT");
  });

  it('imports a PDF saved under a text name: the bytes decide', async () => {
    const misnamed = path.join(mkdtempSync(path.join(tmpdir(), 'ogi-import-')), '报告.txt');
    copyFileSync(path.join(PDF_DIR, '001_hongzequ_2023.pdf'), misnamed);
    const r = await runImport([misnamed]);
    expect(r.exit).toBe(0);
    expect(cellsOf(r.stdout)).toEqual(cellsOf(readFileSync(path.join(REAL_DIR, '001_hongzequ_2023.txt'), 'utf8')));
  });
});
