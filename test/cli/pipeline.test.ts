/** The check pipeline as other commands use it: one result per file, checked, skipped or failed. */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('a file read again in pass 2 (no text kept) and changed between the passes is checked as it now is: pass 1’s summary of it is not used for its own findings', async () => {
    // Pass 1 reads the 2024 report that repeats 2023's sections; pass 2 finds them written anew.
    const { lastYear: a, thisYear: b, before: old, rewritten } = changedPair('ogi-pipe-changed-');
    const dir = path.dirname(a);
    const results: ReportResult[] = [];
    for await (const r of checkOperands([dir], { locale: 'zh-CN', encoding: 'auto', fix: 'off', keepChars: 0 })) {
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

  it('pass 2 checks the text pass 1 read and summarised when it was kept between the passes (the default), whatever the disk holds by then', async () => {
    const { lastYear: a, thisYear: b, before: old, rewritten } = changedPair('ogi-pipe-kept-');
    const dir = path.dirname(a);
    const results: ReportResult[] = [];
    for await (const r of checkOperands([dir], { locale: 'zh-CN', encoding: 'auto', fix: 'off' })) {
      results.push(r);
      if (r.file === a) writeFileSync(b, rewritten);
    }
    const uri = (f: string) => pathToFileURL(f).href;
    const before = [summarize(parseReport(readFileSync(a, 'utf8')), uri(a)), summarize(parseReport(old), uri(b))];
    const context = { locale: 'zh-CN' as const, lastYear: LastYearIndex.of(before), cohort: CohortIndex.of(before), uri: uri(b) };
    expect(results[1]!.diagnostics).toEqual(checkReport(parseReport(old), context));
    expect(results[1]!.diagnostics.map((d) => d.code)).toContain('X-SAME-TEXT');
  });

  it('an imported file beyond the memory budget is read from the spill in pass 2, with where its lines came from; the spill is gone after the run', async () => {
    const word = path.join(ROOT, 'test/fixtures/forms/docx/real_003_huaianshi_2024.docx');
    const spillDir = mkdtempSync(path.join(tmpdir(), 'ogi-pipe-spill-'));
    const run = async (keepChars?: number) => {
      const out: ReportResult[] = [];
      let spilled: string[] = [];
      // Two operands so pass 2 does not take the one-report shortcut; the first is a plain text.
      const operands = [path.join(ROOT, 'examples/红旗区人民政府2024年度报告.txt'), word];
      for await (const r of checkOperands(operands, { locale: 'zh-CN', encoding: 'auto', fix: 'off', spillDir, ...(keepChars !== undefined ? { keepChars } : {}) })) {
        if (!out.length) spilled = readdirSync(spillDir).flatMap((d) => readdirSync(path.join(spillDir, d)));
        out.push(r);
      }
      return { out, spilled };
    };
    const kept = await run();
    const spilt = await run(0);
    expect(kept.spilled).toEqual([]);
    expect(spilt.spilled).toHaveLength(1);
    expect(readdirSync(spillDir)).toEqual([]);
    expect(spilt.out).toEqual(kept.out);
    expect(spilt.out[1]).toMatchObject({ form: 'docx', status: 'checked' });
    expect(spilt.out[1]!.lineSources?.some((s) => s !== undefined)).toBe(true);
  }, 60_000);
});
