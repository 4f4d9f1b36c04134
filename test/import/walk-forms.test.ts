/**
 * A folder of reports as reviewers receive them — Word 97–2003, WPS, web archives, RTF, office
 * files no importer reads — is checked without passing over any of them in silence: each is read
 * (the JSON `form` says what was read) or named with why and what to do.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildCli } from '../cli/helpers/build-cli';
import { SEEDS_DIR } from '../support/corpus';
import { FORMS_DIR } from './support';

let cli: string;
beforeAll(() => {
  cli = buildCli();
});

function run(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('check on a folder of every form', () => {
  it('reads .doc, .wps and .mht, names RTF, a scan, spreadsheets and OFD with what to do', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ogi-forms-'));
    copyFileSync(path.join(SEEDS_DIR, '003_4ea7538dec090386.txt'), path.join(dir, 'a.txt'));
    copyFileSync(path.join(FORMS_DIR, 'doc', 'seed_001_7700c2ba590e2380.doc'), path.join(dir, 'b.doc'));
    copyFileSync(path.join(FORMS_DIR, 'doc', 'real_101_pingtan_zonghe_2021.doc'), path.join(dir, 'c.wps'));
    copyFileSync(path.join(FORMS_DIR, 'mhtml', '217_pingtan_nongyenongcunju_2025.mhtml'), path.join(dir, 'd.mhtml'));
    copyFileSync(path.join(FORMS_DIR, 'mhtml', 'word_seed_003_4ea7538dec090386.doc'), path.join(dir, 'e.doc'));
    copyFileSync(path.join(FORMS_DIR, 'doc-parts', 'parts.rtf'), path.join(dir, 'f.rtf'));
    writeFileSync(path.join(dir, 'g.doc'), new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]));
    writeFileSync(path.join(dir, 'h.xlsx'), 'PK\x03\x04');
    writeFileSync(path.join(dir, 'i.ofd'), 'PK\x03\x04');
    writeFileSync(path.join(dir, 'j.odt'), 'PK\x03\x04');
    writeFileSync(path.join(dir, 'photo.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));

    const json = run(['check', '--format', 'json', dir]);
    const results = JSON.parse(json.stdout) as { file: string; form: string; status: string; reason?: string }[];
    const byName = new Map(results.map((r) => [path.basename(r.file), r]));
    expect([...byName.keys()].sort()).toEqual(['a.txt', 'b.doc', 'c.wps', 'd.mhtml', 'e.doc', 'f.rtf', 'g.doc', 'h.xlsx', 'i.ofd', 'j.odt']);
    expect(byName.get('a.txt')).toMatchObject({ form: 'text', status: 'checked' });
    expect(byName.get('b.doc')).toMatchObject({ form: 'doc', status: 'checked' });
    expect(byName.get('c.wps')).toMatchObject({ form: 'doc', status: 'checked' });
    expect(byName.get('d.mhtml')).toMatchObject({ form: 'mhtml', status: 'checked' });
    // Word's "save as web page" kept under a .doc name: read as the page it is.
    expect(byName.get('e.doc')).toMatchObject({ form: 'html', status: 'checked' });
    expect(byName.get('f.rtf')).toMatchObject({ form: 'rtf', status: 'failed', reason: expect.stringContaining('另存为 .docx 或 PDF') });
    expect(byName.get('g.doc')).toMatchObject({ status: 'failed', reason: expect.stringContaining('图片') });
    for (const f of ['h.xlsx', 'i.ofd', 'j.odt']) expect(byName.get(f)).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/另存为/) });

    // The text output names each of them too, and counts them in the summary line.
    const text = run(['check', '--no-color', dir]);
    for (const f of ['f.rtf', 'g.doc', 'h.xlsx', 'i.ofd', 'j.odt']) expect(text.stderr).toContain(f);
    expect(text.stdout.trimEnd().split('\n').at(-1)).toMatch(/^检查了 5 个文件：.*跳过 3 个，未能检查 2 个$/);
    expect(json.status).toBe(text.status);
  });

  it('a named RTF fails at once (exit 2); a named spreadsheet is named, not read as text', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ogi-forms-named-'));
    copyFileSync(path.join(FORMS_DIR, 'doc-parts', 'parts.rtf'), path.join(dir, '年报.rtf'));
    writeFileSync(path.join(dir, '统计.xls'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
    const rtf = run(['check', path.join(dir, '年报.rtf')]);
    expect(rtf.status).toBe(2);
    expect(rtf.stderr).toMatch(/年报\.rtf'.*RTF/);
    const xls = run(['check', path.join(dir, '统计.xls')]);
    expect(xls.status).toBe(2);
    expect(xls.stderr).toMatch(/统计\.xls'.*电子表格/);
  });
});
