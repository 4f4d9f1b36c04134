/**
 * `review` streams as `check` does: inputs are taken one at a time as they are found, pass one
 * keeps a summary and hands the text to pass two (pass two reads a file from disk again, an
 * imported Word file from the run's spill folder, removed at the end; or, with a memory budget,
 * takes the text pass one kept) and keeps only what the review's files show. And no file is left out in silence: every one is a row of the review or a
 * line on stderr with its reason, in check's words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { reviewInputs, type ReviewInput, type ReviewProgress } from '../../server/src/review/run';
import { REASON } from '../../server/src/cli/reasons';
import { parseReport, readsLikeReport } from '../../server/src/core/index';
import { CORPUS_DIR, PARTIAL_IMPORT_DIR, REAL_DIR, SEEDS_DIR } from '../support/corpus';
import { scanWithAFewWords, scanWithoutText } from '../support/tiny-pdf';
import { changedPair } from '../support/changed-between-passes';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');
const FORMS = path.join(root, 'test/fixtures/forms');

function fileInput(file: string): ReviewInput {
  return { name: file, uri: pathToFileURL(file).href, path: file };
}

/** A folder with three real reports (two years of one agency) and one as a Word file. */
function folder(): { dir: string; files: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ogi-stream-'));
  const names = ['108_pingtan_caijinju_2023.txt', '109_pingtan_caijinju_2024.txt', '001_hongzequ_2023.txt'];
  const files = names.map((n) => {
    copyFileSync(path.join(REAL_DIR, n), path.join(dir, n));
    return path.join(dir, n);
  });
  const docx = path.join(dir, 'real_003_huaianshi_2024.docx');
  copyFileSync(path.join(FORMS, 'docx', 'real_003_huaianshi_2024.docx'), docx);
  return { dir, files: [...files, docx] };
}

describe('review streams its inputs', () => {
  it('takes each input only after the one before was read and summarised, then checks them in order', async () => {
    const { files } = folder();
    const events: string[] = [];
    async function* lazily(): AsyncGenerator<ReviewInput> {
      for (const f of files) {
        events.push(`found ${path.basename(f)}`);
        yield fileInput(f);
      }
    }
    const reports = await reviewInputs(lazily(), {
      locale: 'zh-CN',
      encoding: 'auto',
      onProgress: (p: ReviewProgress) => events.push(`pass ${p.pass} ${path.basename(p.name)} ${p.done}/${p.total ?? '?'}`),
    });
    const names = files.map((f) => path.basename(f));
    expect(events).toEqual([
      ...names.flatMap((n, i) => [`found ${n}`, `pass 1 ${n} ${i + 1}/?`]),
      ...names.map((n, i) => `pass 2 ${n} ${i + 1}/${names.length}`),
    ]);
    expect(reports.map((r) => path.basename(r.file))).toEqual(names);
    expect(reports.every((r) => r.verdict !== 'failed')).toBe(true);
    // Last year's report is found among the inputs: 2024 of 财金局 beside its 2023.
    expect(reports[1]!.lastYear?.file).toBe(files[0]);
  }, 60_000);

  it('beyond the memory budget: a file removed after pass one is 未能检查 in pass two; an imported file is read from the spill, which is removed at the end', async () => {
    const { files } = folder();
    const [, second, , docx] = files;
    // The run's spill folder is made inside this one, so the test can look into it.
    const spillDir = mkdtempSync(path.join(tmpdir(), 'ogi-stream-spill-'));
    let spills: string[] = [];
    let spilled: string[] = [];
    const reports = await reviewInputs(
      files.map(fileInput),
      {
        locale: 'zh-CN',
        encoding: 'auto',
        spillDir,
        keepChars: 0,
        onProgress: (p) => {
          if (p.pass !== 2 || p.done !== 1) return;
          // Between the passes: the text file and the Word file leave the disk.
          rmSync(second!);
          rmSync(docx!);
          spills = readdirSync(spillDir);
          spilled = spills.flatMap((s) => readdirSync(path.join(spillDir, s)));
        },
      },
    );
    const byName = new Map(reports.map((r) => [path.basename(r.file), r]));
    const gone = byName.get(path.basename(second!))!;
    expect(gone.verdict).toBe('failed');
    expect(gone.problem).toMatch(/ENOENT/);
    // The Word file was imported once, in pass one; pass two read its text from the spill.
    expect(spilled).toHaveLength(1);
    const word = byName.get(path.basename(docx!))!;
    expect(word.verdict).not.toBe('failed');
    expect(word.form).toBe('docx');
    expect(word.agency).toMatch(/淮安市/);
    // One folder for the run, gone at its end.
    expect(spills).toHaveLength(1);
    expect(readdirSync(spillDir)).toEqual([]);
  }, 60_000);

  it('within a memory budget (none by default), pass two checks the texts pass one read: a file removed after pass one is still checked, and nothing is spilled', async () => {
    const { files } = folder();
    const [, second, , docx] = files;
    const spillDir = mkdtempSync(path.join(tmpdir(), 'ogi-stream-kept-'));
    let spills: string[] = ['not looked at'];
    const reports = await reviewInputs(files.map(fileInput), {
      locale: 'zh-CN',
      encoding: 'auto',
      spillDir,
      keepChars: 10_000_000,
      onProgress: (p) => {
        if (p.pass !== 2 || p.done !== 1) return;
        rmSync(second!);
        rmSync(docx!);
        spills = readdirSync(spillDir);
      },
    });
    expect(spills).toEqual([]);
    expect(reports.map((r) => r.verdict === 'failed')).toEqual([false, false, false, false]);
    expect(reports[3]!.form).toBe('docx');
  }, 60_000);

  it('a file read again in pass two (beyond the memory budget) and changed between the passes is checked as it now is, not by pass one’s summary of it', async () => {
    // Pass one reads a 2024 report that repeats 2023's sections 一 and 五; pass two finds them written anew.
    const { lastYear: a, thisYear: b, rewritten } = changedPair('ogi-stream-changed-');
    const run = (change: boolean) =>
      reviewInputs([a, b].map(fileInput), {
        locale: 'zh-CN',
        encoding: 'auto',
        keepChars: 0,
        onProgress: (p) => {
          if (change && p.pass === 2 && p.done === 1) writeFileSync(b, rewritten);
        },
      });
    const [, unchanged] = await run(false);
    expect(unchanged!.diagnostics.map((d) => d.code)).toContain('X-SAME-TEXT');
    const [, changed] = await run(true);
    expect(changed!.diagnostics.map((d) => d.code)).not.toContain('X-SAME-TEXT');
  }, 60_000);

  it('keeps of each report what the review files read: findings without fixes, only the lines they point at', async () => {
    const { files } = folder();
    const reports = await reviewInputs(files.map(fileInput), { locale: 'zh-CN', encoding: 'auto' });
    const withFindings = reports.filter((r) => r.diagnostics.length);
    expect(withFindings.length).toBeGreaterThan(0);
    for (const r of withFindings) {
      for (const d of r.diagnostics) expect(Object.keys(d).sort()).toEqual(['code', 'message', 'range', 'severity', ...('cellId' in d ? ['cellId'] : [])].sort());
      const kept = Object.keys(r.lines).map(Number);
      expect(kept.sort((a, b) => a - b)).toEqual([...new Set(r.diagnostics.map((d) => d.range.start.line))].sort((a, b) => a - b));
    }
    // `check` on URLs prints findings whole (fixes for --fix-less formatters, related information).
    const full = await reviewInputs(files.map(fileInput), { locale: 'zh-CN', encoding: 'auto', fullDiagnostics: true });
    expect(full.some((r) => r.diagnostics.some((d) => d.fixes?.length || d.relatedInformation?.length))).toBe(true);
  }, 60_000);
});

describe('review names every file it does not check', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
  }, 120_000);

  it('a README, a binary .txt, a broken Word file, an ignored file and a FIFO: each a row with its reason or a stderr line, in check’s words', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ogi-stream-skip-'));
    const reports = path.join(dir, 'reports');
    mkdirSync(reports);
    copyFileSync(path.join(REAL_DIR, '001_hongzequ_2023.txt'), path.join(reports, '001_hongzequ_2023.txt'));
    writeFileSync(path.join(reports, 'README.md'), '# 说明\n这里放各单位的年报。\n');
    writeFileSync(path.join(reports, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 0, 0, 0, 9, 0, 0]));
    writeFileSync(path.join(reports, 'broken.docx'), 'not a zip');
    copyFileSync(path.join(REAL_DIR, '002_hongzequ_2024.txt'), path.join(reports, 'draft-old.txt'));
    writeFileSync(path.join(dir, 'ogi-report.config.json'), JSON.stringify({ ignore: ['**/draft-*.txt'] }));
    const fifo = process.platform !== 'win32';
    if (fifo) execFileSync('mkfifo', [path.join(reports, 'pipe.txt')]);
    const out = path.join(dir, 'out');
    const r = spawnSync(process.execPath, [cli, 'review', reports, '--out', out], { cwd: dir, encoding: 'utf8' });
    const rows = readFileSync(path.join(out, 'summary.csv'), 'utf8').trimEnd().split('\r\n').slice(1);
    const inCsv = (name: string) => rows.find((row) => row.startsWith(path.join(reports, name) + ','));
    const said = (name: string, reason: string) => r.stderr.includes(`ogi-report: 已跳过 '${path.join(reports, name)}'：${reason}`);
    expect(inCsv('001_hongzequ_2023.txt')).toMatch(/,(有错误|通过),/);
    expect(inCsv('binary.txt')).toMatch(/,未能检查,/);
    expect(inCsv('broken.docx')).toMatch(/,未能检查,/);
    expect(said('README.md', REASON.notReport)).toBe(true);
    expect(said('draft-old.txt', REASON.ignored)).toBe(true);
    if (fifo) expect(said('pipe.txt', '是命名管道（FIFO），不是普通文件，未打开')).toBe(true);
    expect(rows).toHaveLength(3);
    // The failures say why, as check says it.
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain(REASON.notText);
    expect(html).toMatch(/docx-corrupt|不是有效的 \.docx/);
    expect(r.status).toBe(2);
    // Every file of the folder is accounted for: a row, or a line saying why not.
    for (const name of readdirSync(reports)) expect(!!inCsv(name) || r.stderr.includes(`'${path.join(reports, name)}'`), name).toBe(true);
  }, 60_000);

  it('a folder where every file is skipped: says so, exits 2 and leaves the last review folder as it was', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ogi-stream-none-'));
    const reports = path.join(dir, 'reports');
    mkdirSync(reports);
    writeFileSync(path.join(reports, 'README.md'), '# 说明\n这里放各单位的年报。\n');
    const out = path.join(dir, 'out');
    mkdirSync(out);
    writeFileSync(path.join(out, 'summary.csv'), 'last review');
    const r = spawnSync(process.execPath, [cli, 'review', reports, '--out', out], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toContain(`ogi-report: 已跳过 '${path.join(reports, 'README.md')}'：${REASON.notReport}`);
    expect(r.stderr).toContain('没有检查任何年报');
    expect(r.status).toBe(2);
    expect(readdirSync(out)).toEqual(['summary.csv']);
    expect(readFileSync(path.join(out, 'summary.csv'), 'utf8')).toBe('last review');
  }, 60_000);

  it('reads the list of --files-from, as check does', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ogi-stream-list-'));
    const list = path.join(dir, 'list.txt');
    const names = ['001_hongzequ_2023.txt', '002_hongzequ_2024.txt'];
    writeFileSync(list, names.map((n) => path.join(REAL_DIR, n)).join('\n') + '\n');
    const out = path.join(dir, 'out');
    const r = spawnSync(process.execPath, [cli, 'review', '--files-from', list, '--out', out], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout).toMatch(/^检查报告 2 份/);
    const rows = readFileSync(path.join(out, 'summary.csv'), 'utf8').trimEnd().split('\r\n').slice(1);
    expect(rows.map((row) => path.basename(row.split(',')[0]!))).toEqual(names);
  }, 60_000);
});

describe('a page read only in part, as check takes it', () => {
  const IMAGES_PAGE = path.join(PARTIAL_IMPORT_DIR, '219_pingtan_ziyuanshengtaiju_2023.images.html');
  const PARTIAL = '只读到部分内容，已检查读到的部分：网页中未找到年报正文（六个部分的标题都不在页面中）（html-no-article）';

  it('is checked on what could be read, and the review keeps the warning with it', async () => {
    const [r] = await reviewInputs([fileInput(IMAGES_PAGE)], { locale: 'zh-CN', encoding: 'auto' });
    expect(r).toMatchObject({ form: 'html', agency: '平潭综合实验区自然资源与生态环境局', year: 2023, warnings: [PARTIAL] });
    expect(r!.verdict).not.toBe('failed');
    expect(r!.diagnostics.some((d) => d.code === 'S-SECTION-MISSING')).toBe(true);
  }, 60_000);

  it('every review file says it; a scan with no text is 未能检查 with the reason; a folder PDF that reads like no report is skipped, as check skips it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ogi-stream-partial-'));
    const reports = path.join(dir, 'reports');
    mkdirSync(reports);
    copyFileSync(IMAGES_PAGE, path.join(reports, 'images.html'));
    writeFileSync(path.join(reports, 'scan-stamped.pdf'), scanWithAFewWords());
    writeFileSync(path.join(reports, 'scan.pdf'), scanWithoutText());
    const out = path.join(dir, 'out');
    const r = spawnSync(process.execPath, [cli, 'review', reports, '--out', out], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    const csv = readFileSync(path.join(out, 'summary.csv'), 'utf8').trimEnd().split('\r\n');
    expect(csv[0]!.split(',').at(-1)).toBe('说明');
    const row = (name: string) => csv.find((line) => line.startsWith(path.join(reports, name) + ','));
    expect(row('images.html')).toMatch(new RegExp(`,有错误,\\d+,\\d+,\\d+,[A-Z0-9 -]+,${PARTIAL.replace(/[()（）]/g, '.')}$`));
    expect(row('scan.pdf')).toMatch(/,未能检查,0,0,0,,此 PDF 共 1 页，没有文字层.*（pdf-no-text-layer）$/);
    expect(row('scan-stamped.pdf')).toBeUndefined();
    // Skipped as check skips it, with what its import said.
    expect(r.stderr).toMatch(new RegExp(`ogi-report: 已跳过 '${path.join(reports, 'scan-stamped.pdf').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'：不像年报.*强制检查。此 PDF 共 1 页，没有文字层.*（pdf-no-text-layer）\n`));
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain(PARTIAL);
    const notice = readFileSync(path.join(out, '通报草稿.md'), 'utf8');
    expect(notice).toContain(`### （五）读取时有提醒的报告（请核对原文）\n\n- ${path.join(reports, 'images.html')}：${PARTIAL}\n`);
    expect(r.stdout).toContain(`读取时有提醒（请核对原文）：\n  ${path.join(reports, 'images.html')}：${PARTIAL}`);
  }, 60_000);
});

describe('review of standard input', () => {
  it('reads - as check does (before, it was passed over in silence)', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'ogi-stream-stdin-')), 'out');
    const r = spawnSync(process.execPath, [cli, 'review', '-', '--out', out], { cwd: root, encoding: 'utf8', input: readFileSync(path.join(REAL_DIR, '001_hongzequ_2023.txt')) });
    expect(r.stdout).toMatch(/^检查报告 1 份/);
    expect(readFileSync(path.join(out, 'summary.csv'), 'utf8').split('\r\n')[1]).toMatch(/^<stdin>,洪泽区人民政府,2023,/);
  }, 60_000);
});

describe('is it a report: decided from the one parse, the same for check and review', () => {
  it('every report of the corpus is one; the fixture tree’s READMEs (table words, a long first line with a year) are not', () => {
    for (const dir of [REAL_DIR, SEEDS_DIR]) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) expect(readsLikeReport(parseReport(readFileSync(path.join(dir, f), 'utf8'))), f).toBe(true);
    }
    const readmes = ['html', 'pdf', 'docx'].map((d) => path.join(CORPUS_DIR, d, 'README.md')).concat(path.join(FORMS, 'README.md'), path.join(root, 'test/fixtures/rules/README.md'));
    for (const f of readmes) expect(readsLikeReport(parseReport(readFileSync(f, 'utf8'))), f).toBe(false);
  });
});
