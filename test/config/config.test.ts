/**
 * The config file shared by the CLI and the editor: one test per option, reading (JSONC,
 * problems named), discovery upwards and `--config`, the schema shipped in the package, and
 * the same file changing the CLI's and the language server's results alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkOptionsOf, matchesGlob, parseConfigText } from '../../server/src/config/config';
import { ConfigFinder } from '../../server/src/config/load';
import { newReportText } from '../../server/src/core/index';
import { TestClient } from '../lsp/client';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');
const SAMPLE = path.join(root, 'examples/翠云峰街道2024年度报告（含错误）.txt');

interface JsonFile {
  file: string;
  diagnostics: { code: string; severity: string; message: string; range: { start: { line: number; character: number } } }[];
}

function check(args: string[], cwd = root): { json: JsonFile[]; status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...args], { cwd, encoding: 'utf8' });
  // Files the run skipped are listed too (with their status); these tests look at the checked ones.
  const all = r.stdout ? (JSON.parse(r.stdout) as (JsonFile & { status?: string })[]) : [];
  return { json: all.filter((f) => f.status === undefined || f.status === 'checked'), status: r.status, stderr: r.stderr };
}

function folder(config: unknown, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ogi-config-'));
  if (config !== undefined) writeFileSync(path.join(dir, 'ogi-report.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const codes = (f: JsonFile) => f.diagnostics.map((d) => `${d.code}:${d.severity}`);

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
});

describe('options', () => {
  it('severity: off drops a rule, a level changes it', () => {
    const dir = folder({ severity: { 'T3-BALANCE': 'off', 'T3-ROWSUM': 'warning' } });
    copyFileSync(SAMPLE, path.join(dir, 'r.txt'));
    const { json, status } = check([path.join(dir, 'r.txt')]);
    expect(codes(json[0]!)).toEqual(['T3-ROWSUM:warning', 'T3-RESULTSUM:error']);
    expect(status).toBe(1);
  });

  it('ignore: globs relative to the config file leave files of a folder out (a file named is still checked)', () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const dir = folder({ ignore: ['草稿/**', '*.bak.txt'] }, { '正式/r.txt': text, '草稿/r.txt': text, '正式/r.bak.txt': text });
    const { json, stderr } = check([dir]);
    expect(json.map((f) => path.relative(dir, f.file))).toEqual([path.join('正式', 'r.txt')]);
    expect(stderr.match(/已跳过 .*：配置文件的 ignore 规则排除了此文件/g)).toHaveLength(2);
    expect(check([path.join(dir, '草稿/r.txt')]).json).toHaveLength(1);
  });

  it('agencyLevels: the locality’s list goes over the level read from the title', () => {
    const text = newReportText({ agency: '甲区人民政府', year: 2024 }).replace(/^规章\t0\t0\t0/m, '规章\t1\t0\t3');
    const plain = folder(undefined, { 'r.txt': text });
    expect(codes(check([path.join(plain, 'r.txt')]).json[0]!)).toContain('T2-RULE-POWER:warning');
    const listed = folder({ agencyLevels: { 甲区: 'city' } }, { 'r.txt': text });
    expect(codes(check([path.join(listed, 'r.txt')]).json[0]!)).not.toContain('T2-RULE-POWER:warning');
  });

  it('repetition.threshold: the share of repeated text from which X-REPEAT reports', () => {
    const pool = '政府信息公开工作年度报告主动依申请办理答复复议诉讼规范文件平台建设制度监督保障';
    const sentence = (i: number) => [...Array(20)].map((_, k) => pool[(i * 7 + k * k * 3 + k) % pool.length]).join('') + '。';
    const prose = (ids: number[]) => ids.map(sentence).join('');
    const make = (year: number, ids: number[]) => newReportText({ agency: '甲街道办事处', year }).replace('（一）主动公开\n', `（一）主动公开\n${prose(ids)}\n`);
    const files = { '2023.txt': make(2023, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), '2024.txt': make(2024, [1, 2, 3, 4, 11, 12, 13, 14, 15, 16]) };
    const repeat = (dir: string) => check([dir]).json.flatMap((f) => f.diagnostics.filter((d) => d.code === 'X-REPEAT').map((d) => d.message));
    expect(repeat(folder(undefined, files))).toEqual([]);
    expect(repeat(folder({ repetition: { threshold: 40 } }, files))).toEqual([expect.stringMatching(/^全文 40% 的文字与上年报告（2023\.txt）相同.*阈值 40%/)]);
  });

  it('deadlines: the locality’s publication deadlines reach D-DEADLINE', () => {
    expect(checkOptionsOf(parseConfigText('{"deadlines": {"department": "02-28"}}').config).deadlines).toEqual({ department: '02-28' });
    expect(parseConfigText('{"deadlines": {"department": "2月28日"}}').problems).toEqual(['deadlines.department 应为 “MM-DD” 形式的日期，如 “01-31”']);
    // A department report published on 15 February: late by the national deadline, on time by a locality's 02-28.
    const text = newReportText({ agency: '甲区财政局', year: 2024 }).replace(/^(甲区财政局2024年政府信息公开工作年度报告)$/m, '$1\n发布时间：2025-02-15');
    const late = (dir: string) => check([path.join(dir, 'r.txt')]).json[0]!.diagnostics.filter((d) => d.code === 'D-DEADLINE').length;
    expect(late(folder(undefined, { 'r.txt': text }))).toBe(1);
    expect(late(folder({ deadlines: { department: '02-28' } }, { 'r.txt': text }))).toBe(0);
  });
});

describe('reading and finding config files', () => {
  it('reads JSONC (comments, trailing commas) and names what it cannot use, keeping the rest', () => {
    const { config, problems } = parseConfigText('{\n // 本地区\n "severity": {"S-SECTIONS": "warning", "T3-ROWSUM": "loud",},\n /* 以后 */ "colour": 1,\n}');
    expect(config).toEqual({ severity: { 'S-SECTIONS': 'warning' } });
    expect(problems).toEqual(['severity.T3-ROWSUM：“loud”不是 off/error/warning/info/hint 之一', '未知的配置项 “colour”']);
    expect(parseConfigText('{ nope').problems[0]).toMatch(/^不是有效的 JSON/);
  });

  it('merges files from the root down (the nearest wins), and --config replaces them', () => {
    const dir = folder({ severity: { 'T3-ROWSUM': 'off', 'T3-RESULTSUM': 'info' } });
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'ogi-report.config.jsonc'), '{ "severity": { "T3-ROWSUM": "warning" } // nearer\n}');
    copyFileSync(SAMPLE, path.join(dir, 'sub', 'r.txt'));
    expect(new ConfigFinder().optionsFor(path.join(dir, 'sub', 'r.txt')).severity).toEqual({ 'T3-ROWSUM': 'warning', 'T3-RESULTSUM': 'info' });
    expect(codes(check([path.join(dir, 'sub', 'r.txt')]).json[0]!)).toEqual(['T3-ROWSUM:warning', 'T3-RESULTSUM:info', 'T3-BALANCE:error']);
    const other = path.join(folder(undefined), 'c.json');
    writeFileSync(other, '{"severity": {"T3-BALANCE": "off"}}');
    expect(codes(check(['--config', other, path.join(dir, 'sub', 'r.txt')]).json[0]!)).toEqual(['T3-ROWSUM:error', 'T3-RESULTSUM:error']);
  });

  it('a config problem is reported on stderr and the run goes on', () => {
    const dir = folder('{"severity": {"T3-ROWSUM": "loud"}}');
    copyFileSync(SAMPLE, path.join(dir, 'r.txt'));
    const r = check([path.join(dir, 'r.txt')]);
    expect(r.stderr).toMatch(/ogi-report: config: .*ogi-report\.config\.json: severity\.T3-ROWSUM：“loud”不是/);
    expect(codes(r.json[0]!)).toContain('T3-ROWSUM:error');
  });

  it('ignore globs: ** spans folders, a glob without / matches a name anywhere', () => {
    expect(matchesGlob('草稿/**', '草稿/a/b.txt')).toBe(true);
    expect(matchesGlob('*.bak.txt', 'a/b/c.bak.txt')).toBe(true);
    expect(matchesGlob('**/old/*.txt', 'old/x.txt')).toBe(true);
    expect(matchesGlob('草稿/**', '正式/a.txt')).toBe(false);
  });
});

describe('the schema shipped in the package', () => {
  it('is wired into VS Code for both file names and knows exactly the options the reader takes', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.contributes.jsonValidation).toEqual([{ fileMatch: ['ogi-report.config.json', 'ogi-report.config.jsonc'], url: './schemas/ogi-report.config.schema.json' }]);
    const schema = JSON.parse(readFileSync(path.join(root, 'schemas/ogi-report.config.schema.json'), 'utf8'));
    expect(Object.keys(schema.properties).sort()).toEqual(['$schema', 'agencyLevels', 'deadlines', 'ignore', 'repetition', 'severity']);
    expect(readFileSync(path.join(root, '.vscodeignore'), 'utf8')).toMatch(/^!schemas\/\*\*$/m);
  });
});

describe('the same file changes the CLI’s and the editor’s results alike', () => {
  let c: TestClient;
  beforeAll(async () => {
    c = await TestClient.start({ settings: { severity: { 'T3-RESULTSUM': 'hint' } } });
  });
  afterAll(async () => {
    await c.stop();
  });

  it('gives the server the config found upwards from the document, under the editor’s own severities', async () => {
    const dir = folder({ severity: { 'T3-BALANCE': 'off', 'T3-ROWSUM': 'warning', 'T3-RESULTSUM': 'info' } });
    const file = path.join(dir, '翠云峰街道2024年度报告.txt');
    copyFileSync(SAMPLE, file);
    const cliResult = check([file]).json[0]!.diagnostics.map((d) => `${d.code}:${d.severity}@${d.range.start.line}:${d.range.start.character}`);
    const published = await c.open(pathToFileURL(file).href, readFileSync(file, 'utf8'));
    const severity = ['', 'error', 'warning', 'info', 'hint'];
    const serverResult = published.diagnostics.map((d) => `${d.code}:${severity[d.severity!]}@${d.range.start.line}:${d.range.start.character}`);
    // The file turns T3-BALANCE off and T3-ROWSUM into a warning for both; the editor's own
    // setting (T3-RESULTSUM: hint) goes over the file's in the editor only.
    expect(cliResult).toEqual(['T3-ROWSUM:warning@73:20', 'T3-RESULTSUM:info@73:20']);
    expect(serverResult).toEqual(cliResult.map((x) => x.replace('T3-RESULTSUM:info', 'T3-RESULTSUM:hint')));

    // The file edited on disk: the client's file watcher tells the server, which checks again.
    writeFileSync(path.join(dir, 'ogi-report.config.json'), JSON.stringify({ severity: { 'T3-RESULTSUM': 'off' } }));
    const uri = pathToFileURL(file).href;
    const next = c.nextDiagnostics(uri);
    const conn = (c as unknown as { conn: { sendNotification(method: string, params: unknown): Promise<void> } }).conn;
    await conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, 'ogi-report.config.json')).href, type: 2 }] });
    const after = (await next).diagnostics.map((d) => `${d.code}:${severity[d.severity!]}`);
    expect(after).toEqual(['T3-ROWSUM:error', 'T3-RESULTSUM:hint', 'T3-BALANCE:error']);
    expect(check([file]).json[0]!.diagnostics.map((d) => `${d.code}:${d.severity}`)).toEqual(['T3-ROWSUM:error', 'T3-BALANCE:error']);
  });
});
