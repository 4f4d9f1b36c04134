/** The check pipeline as other commands use it: one result per file, checked, skipped or failed. */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkOperands, type ReportResult } from '../../server/src/cli/pipeline';
import { changedPair } from '../support/changed-between-passes';
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
    // Pass 1 reads the 2024 report that repeats 2023's sections; pass 2 finds them written anew.
    const { lastYear: a, thisYear: b, before: old, rewritten } = changedPair('ogi-pipe-changed-');
    const dir = path.dirname(a);
    const results: ReportResult[] = [];
    for await (const r of checkOperands([dir], { locale: 'zh-CN', encoding: 'auto', fix: 'off' })) {
      results.push(r);
      if (r.file === a) writeFileSync(b, rewritten);
    }
    // What the core gives the new text against what pass 1 read (the index still has the old 2024).
    const uri = (f: string) => pathToFileURL(f).href;
    const read = (f: string) => parseReport(readFileSync(f, 'utf8'));
    const before = [summarize(read(a), uri(a)), summarize(parseReport(old), uri(b))];
    const context = { locale: 'zh-CN' as const, lastYear: LastYearIndex.of(before), cohort: CohortIndex.of(before), uri: uri(b) };
    const now = read(b);
    expect(results[1]!.diagnostics).toEqual(checkReport(now, context));
    expect(results[1]!.diagnostics.map((d) => d.code)).not.toContain('X-SAME-TEXT');
    // The stale summary would have said the old text's sections repeat last year's.
    expect(checkReport(now, { ...context, summary: compactSummary(before[1]!) }).map((d) => d.code)).toContain('X-SAME-TEXT');
  });
});
