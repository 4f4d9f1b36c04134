/**
 * Beyond `COHORT_LIMIT` reports, `check` and `review` build no 跨单位雷同 index: each says so once,
 * in the same words, and checks everything else. The limit is an option so a test can use two reports.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkOperands } from '../../server/src/cli/pipeline';
import { REASON } from '../../server/src/cli/reasons';
import { reviewInputs } from '../../server/src/review/run';
import { REAL_DIR } from '../support/corpus';

/** A report and its copy under another agency's name, in a folder. */
function copiedPair(): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'ogi-cohort-limit-'));
  const original = readFileSync(path.join(REAL_DIR, '113_pingtan_shijianju_2024.txt'), 'utf8');
  const files = [path.join(dir, '113_shijianju_2024.txt'), path.join(dir, '999_wenlvju_2024.txt')];
  writeFileSync(files[0]!, original);
  writeFileSync(files[1]!, original.replaceAll('市场监督管理局', '文化旅游体育局'));
  return files;
}

async function check(files: string[], cohortLimit?: number) {
  const notices: string[] = [];
  const codes: string[] = [];
  for await (const r of checkOperands(files, { locale: 'zh-CN', encoding: 'auto', fix: 'off', notice: (m) => notices.push(m), ...(cohortLimit ? { cohortLimit } : {}) })) {
    codes.push(...r.diagnostics.map((d) => d.code));
  }
  return { notices, codes };
}

async function review(files: string[], cohortLimit?: number) {
  const notices: string[] = [];
  const reports = await reviewInputs(
    files.map((f) => ({ name: f, uri: `file://${f}`, path: f, explicit: true })),
    { locale: 'zh-CN', encoding: 'auto', onNotice: (m) => notices.push(m), ...(cohortLimit ? { cohortLimit } : {}) },
  );
  return { notices, codes: reports.flatMap((r) => r.diagnostics.map((d) => d.code)), checked: reports.length };
}

describe('the 跨单位雷同 index has a limit, the same for check and review', () => {
  it('under it, both find the copy and say nothing', async () => {
    const files = copiedPair();
    const c = await check(files);
    const r = await review(files);
    expect(c.codes.filter((x) => x === 'C-SAME-TEXT')).toHaveLength(2);
    expect(r.codes.filter((x) => x === 'C-SAME-TEXT')).toHaveLength(2);
    expect(c.notices).toEqual([]);
    expect(r.notices).toEqual([]);
  });

  it('over it, both say so once in the same words and check the reports without it', async () => {
    const files = copiedPair();
    const c = await check(files, 1);
    const r = await review(files, 1);
    expect(c.notices).toEqual([REASON.cohortTooBig(1)]);
    expect(r.notices).toEqual([REASON.cohortTooBig(1)]);
    expect(c.codes).not.toContain('C-SAME-TEXT');
    expect(r.codes).not.toContain('C-SAME-TEXT');
    expect(r.checked).toBe(2);
    expect(c.codes.length).toBeGreaterThan(0);
  });
});
