/**
 * What `check` prints: JSON and SARIF that say what each report is and how to fix each finding,
 * the options a linter's users expect, `--fix` that names every change, and terminal output
 * that report text cannot take over.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { codeFrame, displayWidth, escapeControls } from '../../server/src/cli/terminal';
import { unifiedDiff } from '../../server/src/cli/fix-report';
import { buildCli, ROOT } from './helpers/build-cli';

const SAMPLE_TEXT = readFileSync(path.join(ROOT, 'examples/翠云峰街道2024年度报告（含错误）.txt'), 'utf8');
const WRONG = '(七) 总计\t\t1\t0\t0\t0\t0\t0\t2';
const RIGHT = '(七) 总计\t\t1\t0\t0\t0\t0\t0\t1';
/** Table right, prose wrong (it says 3 answered): one N-CLOSED warning on the prose line, no error. */
const PROSE_WRONG = SAMPLE_TEXT.replace(WRONG, RIGHT).replace('其中 1 件已严格按照', '其中 3 件已严格按照');

let cli: string;
beforeAll(() => {
  cli = buildCli();
});

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function tempFile(text: string, name = 'report.txt'): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ogi-out-')), name);
  writeFileSync(file, text);
  return file;
}

interface JsonFile {
  file: string;
  status: string;
  form: string;
  title: string | null;
  agency: string | null;
  year: number | null;
  level: string | null;
  diagnostics: { code: string; severity: string; fixable: boolean; docs: string }[];
}

describe('check --format json', () => {
  it('names each report (title, agency, year, level, form) and says which findings --fix fixes', () => {
    const r = run(['check', '--format', 'json', 'examples/']);
    const json = JSON.parse(r.stdout) as JsonFile[];
    const bad = json.find((f) => f.file.includes('含错误'))!;
    expect(bad).toMatchObject({ status: 'checked', form: 'text', year: 2024, level: '乡镇街道' });
    expect(bad.agency).toContain('翠云峰街道');
    expect(bad.title).toMatch(/2024 年政府信息公开工作/);
    const rowsum = bad.diagnostics.find((d) => d.code === 'T3-ROWSUM')!;
    expect(rowsum.fixable).toBe(true);
    expect(rowsum.docs).toMatch(/docs\/rules\.md#t3-rowsum$/);
    const clean = json.find((f) => f.file.includes('红旗区'))!;
    expect(clean.level).toBe('人民政府');
    expect(clean.diagnostics.find((d) => d.code === 'S-HEADING-LEVELS')!.fixable).toBe(false);
  });
});

describe('check --format sarif', () => {
  it('has helpUri, fixes, relative URIs with originalUriBaseIds and partialFingerprints', () => {
    const sarif = JSON.parse(run(['check', '--format=sarif', 'examples/']).stdout);
    const runs = sarif.runs[0];
    expect(runs.originalUriBaseIds.SRCROOT.uri).toBe(new URL(`file://${ROOT}/`).href);
    expect(runs.tool.driver.rules.find((x: { id: string }) => x.id === 'T3-ROWSUM').helpUri).toMatch(/#t3-rowsum$/);
    const rowsum = runs.results.find((x: { ruleId: string }) => x.ruleId === 'T3-ROWSUM');
    expect(rowsum.locations[0].physicalLocation.artifactLocation).toEqual({ uri: encodeURI('examples/翠云峰街道2024年度报告（含错误）.txt').replace(/%EF%BC%88|%EF%BC%89/g, (m) => m), uriBaseId: 'SRCROOT' });
    expect(rowsum.fixes[0].artifactChanges[0].replacements[0]).toEqual({ deletedRegion: { startLine: 74, startColumn: 21, endLine: 74, endColumn: 22 }, insertedContent: { text: '1' } });
    expect(rowsum.partialFingerprints['ogiReport/v1']).toMatch(/^[0-9a-f]{32}$/);
    // Fingerprints do not depend on the line number: the same finding moved down keeps its print.
    const moved = tempFile('\n\n' + SAMPLE_TEXT);
    const again = JSON.parse(run(['check', '--format=sarif', moved]).stdout).runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'T3-ROWSUM');
    expect(again.partialFingerprints).toEqual(rowsum.partialFingerprints);
    expect(again.locations[0].physicalLocation.region.startLine).toBe(76);
  });
});

describe('options', () => {
  it('--quiet prints errors only; the summary still counts everything', () => {
    const r = run(['check', '--quiet', '--no-color', 'examples/']);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(/ (warning|info) /);
    expect(r.stdout).toMatch(/ error T3-ROWSUM /);
  });

  it('--max-warnings N: exit 1 when warnings exceed N', () => {
    // Table right, prose wrong: a warning (N-CLOSED) and no error.
    const file = tempFile(PROSE_WRONG);
    const plain = run(['check', '--no-color', file]);
    expect(plain.stdout).toMatch(/ warning /);
    expect(plain.status).toBe(0);
    expect(run(['check', '--max-warnings', '0', file]).status).toBe(1);
    expect(run(['check', '--max-warnings', '5', file]).status).toBe(0);
    expect(run(['check', '--max-warnings', 'many', file]).status).toBe(2);
  });

  it('--output FILE writes the output there', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'ogi-o-')), 'result.json');
    const r = run(['check', '--format', 'json', '--output', out, 'examples/']);
    expect(r.status).toBe(1);
    expect((JSON.parse(readFileSync(out, 'utf8')) as unknown[]).length).toBe(2);
    // The terminal gets the one-line summary instead.
    expect(r.stdout).toMatch(/^检查了 2 个文件：.*；1 个文件有错误\n$/);
  });

  it('check --help shows the usage, one language a line, Chinese first', () => {
    const r = run(['check', '--help']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const fix = lines.findIndex((l) => l.trimStart().startsWith('--fix '));
    expect(lines[fix]).toMatch(/就地应用安全修正/);
    expect(lines[fix + 1]).toMatch(/^\s+apply safe fixes/);
    // Descriptions never mix the two languages on one line.
    for (const l of lines) {
      const desc = l.replace(/^\s+(-\S+(,? -\S+)*( [A-Za-z|.\-<>]+)?\s{2,})?/, '');
      if (/[\u4e00-\u9fff]/.test(desc) && /\b(the|and|a|of|to)\b/.test(desc)) throw new Error(`mixed line: ${l}`);
    }
  });
});

describe('--fix says what it changes', () => {
  it('one line per change: file:line:col  cell before → after', () => {
    const file = tempFile(SAMPLE_TEXT);
    const r = run(['check', '--fix', '--no-color', file]);
    expect(r.stdout.split('\n')[0]).toBe(`${file}:74:21  （七）总计·总计 2 → 1`);
    expect(readFileSync(file, 'utf8')).toBe(SAMPLE_TEXT.replace(WRONG, RIGHT));
  });

  it('--fix-dry-run / --diff prints a unified diff and writes nothing', () => {
    for (const flag of ['--fix-dry-run', '--diff']) {
      const file = tempFile(SAMPLE_TEXT);
      const r = run(['check', flag, '--no-color', file]);
      expect(readFileSync(file, 'utf8')).toBe(SAMPLE_TEXT);
      const name = file.replace(/^\//, '');
      expect(r.stdout).toContain(`--- a/${name}\n+++ b/${name}\n@@ -71,7 +71,7 @@\n`);
      expect(r.stdout).toContain(`\n-${WRONG}\t\n+${RIGHT}\t\n`);
    }
  });

  it('the diff applies with patch and gives exactly the fixed text', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n';
    const after = before.replace('b\n', 'B\n').replace('l\n', 'L\n');
    const diff = unifiedDiff('x.txt', before, after);
    expect(diff).toBe(['--- a/x.txt', '+++ b/x.txt', '@@ -1,5 +1,5 @@', ' a', '-b', '+B', ' c', ' d', ' e', '@@ -9,5 +9,5 @@', ' i', ' j', ' k', '-l', '+L', ' m'].join('\n'));
    const dir = mkdtempSync(path.join(tmpdir(), 'ogi-patch-'));
    writeFileSync(path.join(dir, 'x.txt'), before);
    const p = spawnSync('patch', ['-p1', '-s'], { cwd: dir, input: diff + '\n', encoding: 'utf8' });
    if (p.error) return; // no `patch` on this machine
    expect(readFileSync(path.join(dir, 'x.txt'), 'utf8')).toBe(after);
  });
});

describe('terminal safety', () => {
  it('control characters and bidi overrides in report text are escaped', () => {
    const evil = PROSE_WRONG.replace('其中 3 件已严格按照', `\x1b]52;c;cHduZWQ=\x07\x1b[2J\u202e\u0085其中 3 件已严格按照`);
    const r = run(['check', '--no-color', tempFile(evil)]);
    expect(r.stdout).toMatch(/ warning N-CLOSED /);
    expect(r.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
    expect(r.stdout).toContain('\\x1b]52;c;cHduZWQ=\\x07\\x1b[2J\\u{202e}\\x85');
  });

  it('a long line is cut around the caret', () => {
    const long = '这是一段很长的文字。'.repeat(60);
    const text = PROSE_WRONG.replace('其中 3 件已严格按照', `${long}其中 3 件已严格按照`).replace('转下年度继', `转下年度继${long}`);
    const r = run(['check', '--no-color', tempFile(text)]);
    const frame = r.stdout.split('\n').filter((l) => l.startsWith('  '));
    expect(frame.length).toBeGreaterThan(0);
    for (const l of frame) expect(displayWidth(l)).toBeLessThanOrEqual(110);
    expect(r.stdout).toMatch(/N-CLOSED/);
  });

  it('codeFrame keeps the caret under the marked cell', () => {
    const line = '甲'.repeat(300) + 'X' + 'b'.repeat(300);
    const { source, caret } = codeFrame(line, 300, 301);
    expect(displayWidth(source)).toBeLessThanOrEqual(102);
    const col = displayWidth(caret.slice(0, caret.indexOf('^')));
    let w = 0;
    let at = '';
    for (const ch of source) {
      if (w === col) at = ch;
      w += displayWidth(ch);
    }
    expect(at).toBe('X');
    expect(escapeControls('a\x1bb\u2066c\td')).toBe('a\\x1bb\\u{2066}c\td');
  });
});
