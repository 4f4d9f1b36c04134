/**
 * A batch run never skips in silence and never hangs: a folder built to trip the walker
 * (symlink loops, a FIFO, a `/dev/zero` symlink, a binary `.txt`, an unreadable folder, a
 * report with one stray byte) finishes, names every file it skipped, checks the report.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decode } from '../../server/src/io/encoding';
import { buildCli, ROOT } from './helpers/build-cli';
import { PARTIAL_IMPORT_DIR, PDF_DIR, SEEDS_DIR } from '../support/corpus';
import { scanWithAFewWords, scanWithoutText } from '../support/tiny-pdf';

const WRONG_SAMPLE = path.join(ROOT, 'examples/翠云峰街道2024年度报告（含错误）.txt');

let cli: string;
beforeAll(() => {
  cli = buildCli();
});

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 20_000, ...(input !== undefined ? { input } : {}) });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** The sample report with one Windows-1252 no-break space (0xA0) in its prose. */
function strayA0Report(): Buffer {
  const text = readFileSync(WRONG_SAMPLE, 'utf8');
  const at = Buffer.byteLength(text.slice(0, text.indexOf('一、总体情况')), 'utf8');
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xa0]), bytes.subarray(at)]);
}

const isRoot = process.getuid?.() === 0;

describe('a hostile folder', () => {
  it('finishes, names every skipped file with its reason, checks the report and exits 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ogi-hostile-'));
    writeFileSync(path.join(dir, 'report.txt'), strayA0Report());
    mkdirSync(path.join(dir, 'a/b'), { recursive: true });
    symlinkSync('..', path.join(dir, 'a/b/up'));
    symlinkSync(path.join(dir, 'a'), path.join(dir, 'a/b/again'));
    spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2, 0, 0xff]));
    // 60 MB, sparse: over the size limit without using the disk.
    truncateSync((writeFileSync(path.join(dir, 'huge.txt'), ''), path.join(dir, 'huge.txt')), 60 * 1024 * 1024);
    mkdirSync(path.join(dir, 'locked'));
    writeFileSync(path.join(dir, 'locked/inside.txt'), 'x');
    chmodSync(path.join(dir, 'locked'), 0);
    const r = run(['check', '--no-color', dir]);
    chmodSync(path.join(dir, 'locked'), 0o755);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/report\.txt:\d+:\d+ error T3-ROWSUM/);
    expect(r.stderr).toMatch(/report\.txt'：1 处字节不是有效的 UTF-8/);
    expect(r.stderr).toMatch(/pipe\.txt'：是命名管道（FIFO）/);
    expect(r.stderr).toMatch(/zero\.txt'：是字符设备/);
    // Its bytes open as a zip (PK 03 04): read by the bytes, not the name, so the Word reader says it is broken.
    expect(r.stderr).toMatch(/binary\.txt'：无法读取此 Word 文件：不是有效的 \.docx（zip）文件（docx-corrupt）/);
    expect(r.stderr).toMatch(/符号链接循环/);
    expect(r.stderr).toMatch(/huge\.txt'：文件有 60 MB，超过 50 MB 上限/);
    if (!isRoot) expect(r.stderr).toMatch(/locked'：无法读取文件夹/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^检查了 1 个文件：.*；1 个文件有错误；跳过 \d+ 个，未能检查 2 个$/);
  });

  it('a stray 0xA0 in UTF-8 keeps UTF-8; a GBK report still reads as GB18030', () => {
    const stray = decode(strayA0Report());
    expect(stray.encoding).toBe('utf8');
    expect(stray.warning).toMatch(/0xA0/);
    expect(stray.text).toContain('一、总体情况');
    const gbk = decode(Buffer.from(new TextEncoder().encode('x')));
    expect(gbk.encoding).toBe('utf8');
  });

  it('check /dev/zero, a named binary file and a named .docx that cannot be read exit 2 at once', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ogi-named-'));
    const bin = path.join(dir, 'data.txt');
    writeFileSync(bin, Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0]));
    const docx = path.join(dir, '报告.docx');
    writeFileSync(docx, 'not a zip');
    for (const file of ['/dev/zero', bin, docx]) {
      const r = run(['check', file]);
      expect(r.status, file).toBe(2);
      expect(r.stderr, file).toMatch(/ogi-report: 未能检查 '/);
    }
  });

  it('a folder note that does not read like a report is named, not dropped', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ogi-notes-'));
    copyFileSync(path.join(SEEDS_DIR, '003_4ea7538dec090386.txt'), path.join(dir, 'report.txt'));
    writeFileSync(path.join(dir, 'README.md'), '# 说明\n\n这个文件夹放各单位报送的年报。\n');
    const r = run(['check', '--format', 'json', dir]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/已跳过 '.*README\.md'：不像年报/);
    const json = JSON.parse(r.stdout) as { file: string; status: string }[];
    expect(json.map((f) => [path.basename(f.file), f.status])).toEqual([
      ['README.md', 'skipped'],
      ['report.txt', 'checked'],
    ]);
  });
});

describe('other forms', () => {
  it('a PDF is imported and checked; findings name the file, the line of the imported text and its page', () => {
    const r = run(['check', '--no-color', path.join(PDF_DIR, '001_hongzequ_2023.pdf')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/001_hongzequ_2023\.pdf:\d+:\d+ \[第\d+页\] error T4-/);
    const json = JSON.parse(run(['check', '--format', 'json', path.join(PDF_DIR, '001_hongzequ_2023.pdf')]).stdout) as { form: string; year: number; diagnostics: { source?: string }[] }[];
    expect(json[0]).toMatchObject({ form: 'pdf', year: 2023 });
    expect(json[0]!.diagnostics.some((d) => /^第\d+页$/.test(d.source ?? ''))).toBe(true);
  });
});

describe('a page read only in part', () => {
  /** The page whose body is pictures, a scan with a few words and a scan with none. */
  function partialFolder(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'ogi-partial-'));
    copyFileSync(path.join(PARTIAL_IMPORT_DIR, '219_pingtan_ziyuanshengtaiju_2023.images.html'), path.join(dir, 'images.html'));
    writeFileSync(path.join(dir, 'scan-stamped.pdf'), scanWithAFewWords());
    writeFileSync(path.join(dir, 'scan.pdf'), scanWithoutText());
    return dir;
  }
  const PARTIAL = /只读到部分内容，已检查读到的部分：网页中未找到年报正文（六个部分的标题都不在页面中）（html-no-article）/;

  it('is checked on what could be read and says so beside the findings; a file with no text fails with the reason', () => {
    const dir = partialFolder();
    const page = path.join(dir, 'images.html');
    const text = run(['check', '--no-color', page]);
    expect(text.status).toBe(1);
    expect(text.stderr).toMatch(new RegExp(`ogi-report: '${page.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'：${PARTIAL.source}`));
    expect(text.stdout).toMatch(/images\.html:1:1 \[段落1\] error S-SECTION-MISSING/);
    const json = JSON.parse(run(['check', '--format', 'json', dir]).stdout) as { file: string; status: string; reason?: string; warnings?: string[]; diagnostics: unknown[] }[];
    const by = new Map(json.map((f) => [path.basename(f.file), f]));
    expect(by.get('images.html')).toMatchObject({ status: 'checked', warnings: [expect.stringMatching(PARTIAL)] });
    expect(by.get('images.html')!.diagnostics.length).toBeGreaterThan(0);
    // A scan with a few words of text: its title-less text does not read like a report, so a folder run names it as skipped…
    expect(by.get('scan-stamped.pdf')).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/^不像年报.*强制检查。此 PDF 共 1 页，没有文字层.*（pdf-no-text-layer）$/) });
    // …and named on the command line it is checked, with the scan said.
    const stamped = JSON.parse(run(['check', '--format', 'json', path.join(dir, 'scan-stamped.pdf')]).stdout) as { status: string; warnings?: string[] }[];
    expect(stamped[0]).toMatchObject({ status: 'checked', warnings: [expect.stringMatching(/没有文字层.*（pdf-no-text-layer）/)] });
    // No text at all: not checked, the importer's problem is the reason.
    expect(by.get('scan.pdf')).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^此 PDF 共 1 页，没有文字层.*（pdf-no-text-layer）$/) });
    const sarif = JSON.parse(run(['check', '--format', 'sarif', dir]).stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]; invocations: { toolExecutionNotifications: { level: string; message: { text: string } }[] }[] }[] };
    const notes = sarif.runs[0]!.invocations[0]!.toolExecutionNotifications;
    expect(notes.some((n) => n.level === 'warning' && n.message.text.endsWith('images.html：' + by.get('images.html')!.warnings![0]))).toBe(true);
    expect(notes.some((n) => /scan\.pdf：此 PDF 共 1 页，没有文字层/.test(n.message.text))).toBe(true);
    expect(sarif.runs[0]!.results.some((r) => r.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('images.html'))).toBe(true);
  });
});

describe('nothing checked', () => {
  it('a folder whose files are all skipped is exit 2, not a clean pass', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ogi-empty-'));
    writeFileSync(path.join(dir, 'README.md'), '# 说明\n\n这个文件夹放各单位报送的年报。\n');
    const r = run(['check', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/已跳过 '.*README\.md'/);
    expect(r.stderr).toMatch(/没有检查任何年报/);
  });
});

describe('lists and standard input', () => {
  it('--files-from reads paths one a line, from a file or from stdin', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ogi-list-'));
    const list = path.join(dir, 'list.txt');
    const files = ['000_8ef75947f921659d.txt', '003_4ea7538dec090386.txt'].map((f) => path.join(SEEDS_DIR, f));
    writeFileSync(list, files.join('\n') + '\n');
    const fromFile = run(['check', '--format', 'json', '--files-from', list]);
    expect((JSON.parse(fromFile.stdout) as { file: string }[]).map((f) => f.file)).toEqual(files);
    const fromStdin = run(['check', '--format', 'json', '--files-from', '-'], files.join('\r\n'));
    expect((JSON.parse(fromStdin.stdout) as { file: string }[]).map((f) => f.file)).toEqual(files);
  });

  it('- checks the text on standard input', () => {
    const r = run(['check', '--no-color', '-'], readFileSync(WRONG_SAMPLE, 'utf8'));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^<stdin>:74:21 error T3-ROWSUM/m);
  });
});
