/** The check pipeline as other commands use it: one result per file, checked, skipped or failed. */
import { describe, it, expect } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkOperands, type ReportResult } from '../../server/src/cli/pipeline';
import { checkReport, CohortIndex, compactSummary, LastYearIndex, parseReport, summarize } from '../../server/src/core/index';

const ROOT = path.resolve(__dirname, '../..');

async function collect(operands: string[], readStdin?: () => Promise<Buffer>): Promise<ReportResult[]> {
  const out: ReportResult[] = [];
  for await (const r of checkOperands(operands, { locale: 'zh-CN', encoding: 'auto', fix: 'off', ...(readStdin ? { readStdin } : {}) })) out.push(r);
  return out;
}

describe('checkOperands', () => {
  it('yields one result per report with what it is and what was found', async () => {
    const results = await collect([path.join(ROOT, 'examples')]);
    expect(results.map((r) => [path.basename(r.file), r.status, r.form, r.year, r.level])).toEqual([
      ['红旗区人民政府2024年度报告.txt', 'checked', 'text', 2024, '人民政府'],
      ['翠云峰街道2024年度报告（含错误）.txt', 'checked', 'text', 2024, '乡镇街道'],
    ]);
    expect(results[1]!.diagnostics.some((d) => d.code === 'T3-ROWSUM')).toBe(true);
  });

  it('names what it could not check, with the reason, and never throws', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ogi-pipe-'));
    writeFileSync(path.join(dir, 'bin.txt'), Buffer.from([0, 1, 2, 0]));
    const results = await collect([path.join(dir, 'bin.txt'), path.join(dir, 'missing.txt'), dir]);
    expect(results.map((r) => [path.basename(r.file), r.status, r.explicit])).toEqual([
      ['bin.txt', 'failed', true],
      ['missing.txt', 'failed', true],
      [path.basename(dir), 'failed', true],
    ]);
    expect(results[1]!.reason).toMatch(/文件不存在/);
  });

  it('reads standard input for -', async () => {
    const text = readFileSync(path.join(ROOT, 'examples/翠云峰街道2024年度报告（含错误）.txt'));
    const [r] = await collect(['-'], async () => text);
    expect(r).toMatchObject({ file: '<stdin>', status: 'checked', year: 2024 });
  });

  it('a file changed between the passes is checked as it now is: pass 1’s summary of it is not used for its own findings', async () => {
    const fixtures = path.join(ROOT, 'test/fixtures/rules/X-SAME-TEXT');
    const dir = mkdtempSync(path.join(tmpdir(), 'ogi-pipe-changed-'));
    const [a, b] = [path.join(dir, '2023.txt'), path.join(dir, '2024.txt')];
    copyFileSync(path.join(fixtures, 'bad/2023.txt'), a);
    // Pass 1 reads the 2024 report that repeats 2023's sections; pass 2 finds another text there.
    copyFileSync(path.join(fixtures, 'bad/2024.txt'), b);
    // The same report with sections 一 and 五 written anew.
    const lines = readFileSync(b, 'utf8').split('\n');
    const at = (heading: RegExp) => lines.findIndex((l) => heading.test(l));
    const rewritten = [
      ...lines.slice(0, at(/一、总体情况/) + 1),
      '本年度街道办在便民服务大厅设立政务公开查阅点，全年接待群众现场查阅一百二十余人次，并通过网格员上门发放公开指南。',
      ...lines.slice(at(/二、主动公开/), at(/五、存在的主要问题/) + 1),
      '查阅点的开放时间与群众作息不够匹配，下一年度将试行周末预约查阅，并把常见问题的答复整理成册放在查阅点。',
    ];
    const results: ReportResult[] = [];
    for await (const r of checkOperands([dir], { locale: 'zh-CN', encoding: 'auto', fix: 'off' })) {
      results.push(r);
      if (r.file === a) writeFileSync(b, rewritten.join('\n'));
    }
    // What the core gives the new text against what pass 1 read (the index still has the old 2024).
    const uri = (f: string) => pathToFileURL(f).href;
    const read = (f: string) => parseReport(readFileSync(f, 'utf8'));
    const before = [summarize(read(a), uri(a)), summarize(parseReport(readFileSync(path.join(fixtures, 'bad/2024.txt'), 'utf8')), uri(b))];
    const context = { locale: 'zh-CN' as const, lastYear: LastYearIndex.of(before), cohort: CohortIndex.of(before), uri: uri(b) };
    const now = read(b);
    expect(results[1]!.diagnostics).toEqual(checkReport(now, context));
    expect(results[1]!.diagnostics.map((d) => d.code)).not.toContain('X-SAME-TEXT');
    // The stale summary would have said the old text's sections repeat last year's.
    expect(checkReport(now, { ...context, summary: compactSummary(before[1]!) }).map((d) => d.code)).toContain('X-SAME-TEXT');
  });
});
