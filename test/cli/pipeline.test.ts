/** The check pipeline as other commands use it: one result per file, checked, skipped or failed. */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkOperands, type ReportResult } from '../../server/src/cli/pipeline';

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
});
