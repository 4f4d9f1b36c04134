import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SEEDS_DIR } from '../support/corpus';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');
const seeds = SEEDS_DIR;

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
});

describe('ogi-report CLI', () => {
  it('prints compiler-style findings with the source line and a caret, exit 1 on errors', () => {
    const r = run(['check', '--no-color', 'examples/']);
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    const i = lines.findIndex((l) => / error T3-ROWSUM /.test(l));
    expect(lines[i]).toMatch(/^examples\/翠云峰街道2024年度报告（含错误）\.txt:74:21 error T3-ROWSUM （七）总计·总计 为 2，但自然人至其他六列之和为 1$/);
    expect(lines[i + 1]).toContain('(七) 总计');
    expect(lines[i + 2]).toMatch(/^\s+\^$/);
    // Infos are counted too, and the files with errors are named by number.
    expect(lines.at(-1)).toMatch(/^检查了 2 个文件：3 个错误，0 个警告，\d+ 个提示；1 个文件有错误$/);
    expect(run(['check', '--no-color', '--locale', 'en', 'examples/']).stdout.trimEnd().split('\n').at(-1)).toMatch(/^2 files checked: 3 errors, 0 warnings, \d+ infos?; 1 file with errors$/);
    // The prose says 1 application was answered, the planted （七）总计 says 2 and its rows add up to 1:
    // the text agrees with the corrected table, so no prose warning is added to the sum errors.
    expect(r.stdout).not.toMatch(/warning N-CLOSED /);
  });

  it('exits 0 on the clean seeds and gives JSON with 0-based LSP ranges', () => {
    const files = ['000_8ef75947f921659d.txt', '003_4ea7538dec090386.txt'].map((f) => path.join(seeds, f));
    const r = run(['check', '--format', 'json', ...files]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { file: string; diagnostics: { code: string; severity: string; range: { start: { line: number } } }[] }[];
    expect(json).toHaveLength(2);
    expect(json[0]!.diagnostics.map((d) => d.code)).toEqual(['S-HEADING-LEVELS']);
    expect(json[0]!.diagnostics[0]!.range.start.line).toBe(35);
  });

  it('writes SARIF 2.1.0', () => {
    const r = run(['check', '--format=sarif', 'examples/']);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.rules.some((x: { id: string }) => x.id === 'T3-BALANCE')).toBe(true);
    expect(sarif.runs[0].results.some((x: { ruleId: string; level: string }) => x.ruleId === 'T3-ROWSUM' && x.level === 'error')).toBe(true);
  });

  it('exit 2 with a clear message on usage and I/O errors, never a stack trace', () => {
    for (const args of [['check'], ['frobnicate'], ['check', '--format', 'xml', 'examples/'], ['check', 'no/such/dir'], ['parse', 'no-such-file.txt']]) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^ogi-report: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('parse prints every cell id with its value', () => {
    const r = run(['parse', path.join(seeds, '003_4ea7538dec090386.txt')]);
    const model = JSON.parse(r.stdout);
    expect(model.year).toBe(2024);
    expect(model.sections.map((s: { id: string }) => s.id)).toEqual(['一', '二', '三', '四', '五', '六']);
    expect(Object.keys(model.cells)).toHaveLength(200);
    expect(model.cells['t3.r1.tot']).toBe(20);
    expect(model.cells['t4.rev.total']).toBe(11);
    expect(model.cells['t2.license.decisions']).toBe(6935);
  });

  it('--fix rewrites only the wrong cell, in the original line endings, and reports what is left', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ogi-cli-'));
    const file = path.join(dir, 'report.txt');
    const original = readFileSync(path.join(root, 'examples/翠云峰街道2024年度报告（含错误）.txt'), 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(file, original);
    const r = run(['check', '--fix', '--no-color', file]);
    expect(r.status).toBe(0);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toBe(original.replace('(七) 总计\t\t1\t0\t0\t0\t0\t0\t2', '(七) 总计\t\t1\t0\t0\t0\t0\t0\t1'));
    copyFileSync(file, file + '.bak');
  });

  it('compares each report with last year\'s report of the same agency among the files given', () => {
    const fixtures = path.join(root, 'test/fixtures/rules/X-CARRY/bad');
    const r = run(['check', '--format', 'json', path.join(fixtures, '2023.txt'), path.join(fixtures, '2024.txt')]);
    const json = JSON.parse(r.stdout) as { file: string; diagnostics: { code: string; relatedInformation?: { location: { uri?: string } }[] }[] }[];
    const carry = json.find((f) => f.file.endsWith('2024.txt'))!.diagnostics.filter((d) => d.code === 'X-CARRY');
    expect(carry.length).toBeGreaterThan(0);
    expect(carry[0]!.relatedInformation?.[0]?.location.uri).toMatch(/2023\.txt$/);
    // Alone, the 2024 report has nothing to compare with.
    const alone = JSON.parse(run(['check', '--format', 'json', path.join(fixtures, '2024.txt')]).stdout) as typeof json;
    expect(alone[0]!.diagnostics.some((d) => d.code === 'X-CARRY')).toBe(false);
  });

  it('checks the reports in a folder and skips its notes, unless a note is named', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ogi-folder-'));
    copyFileSync(path.join(seeds, '003_4ea7538dec090386.txt'), path.join(dir, 'report.txt'));
    writeFileSync(path.join(dir, 'README.md'), '# 说明\n\n这个文件夹放各单位报送的年报。\n');
    const folder = run(['check', '--format', 'json', dir]);
    const entries = JSON.parse(folder.stdout) as { file: string; status: string; reason?: string }[];
    expect(entries.filter((f) => f.status === 'checked').map((f) => path.basename(f.file))).toEqual(['report.txt']);
    // The note is named with its reason, never dropped in silence.
    expect(entries.find((f) => f.status === 'skipped')).toMatchObject({ file: path.join(dir, 'README.md'), reason: expect.stringMatching(/不像年报/) });
    expect(folder.stderr).toMatch(/已跳过 '.*README\.md'/);
    const named = run(['check', '--format', 'json', path.join(dir, 'README.md')]);
    expect((JSON.parse(named.stdout) as { diagnostics: { code: string }[] }[])[0]!.diagnostics.some((d) => d.code === 'S-SECTION-MISSING')).toBe(true);
  });
});
