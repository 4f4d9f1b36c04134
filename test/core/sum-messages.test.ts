/**
 * How sum findings read (issue 10): one related-information entry per failed sum, the equation
 * in words; no programmer notation; table 四 names its five figures and, when the prose states
 * the number of reviews, says which side the prose supports — as a hint, never as a fix-all fix.
 */
import { describe, expect, it } from 'vitest';
import { checkReport, fixAllText, parseReport } from '../../server/src/core/index';
import { editLine, readSeed } from '../helpers/core';
import { REAL_DIR } from '../support/corpus';
import * as fs from 'node:fs';
import * as path from 'node:path';

const SUM_CODES = /^(T3-ROWSUM|T3-RESULTSUM|T3-BALANCE|T3-SUBTOTAL|T4-REV|T4-LITD|T4-LITA)$/;
const SEED = readSeed('003');
const T4_WRONG_TOTAL = editLine(SEED, 72, /^4\t7\t0\t0\t11\t/, '4\t7\t0\t0\t13\t');

function withReviewSentence(text: string, n: number): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.includes('一、总体情况'));
  lines.splice(at + 1, 0, `本年度被依法提起行政复议 ${n} 件。`);
  return lines.join('\n');
}

describe('sum findings in words', () => {
  it('every sum finding of the corpus has exactly one related entry, in words, and no Σ or ✗', () => {
    let seen = 0;
    for (const f of fs.readdirSync(REAL_DIR).filter((x) => x.endsWith('.txt'))) {
      for (const d of checkReport(parseReport(fs.readFileSync(path.join(REAL_DIR, f), 'utf8')))) {
        if (!SUM_CODES.test(d.code)) continue;
        seen++;
        expect(d.relatedInformation ?? [], `${f} ${d.code}`).toHaveLength(1);
        expect(d.relatedInformation![0]!.message).toMatch(/应等于/);
        expect(d.message + d.relatedInformation![0]!.message).not.toMatch(/[Σ✗✓]/);
      }
    }
    expect(seen).toBeGreaterThan(5);
  });

  it('table 四 names the five figures and offers each as an unsafe choice', () => {
    const d = checkReport(parseReport(T4_WRONG_TOTAL)).find((x) => x.code === 'T4-REV')!;
    expect(d.message).toContain('表四·行政复议 的五个数字中有一个有误');
    expect(d.relatedInformation![0]!.message).toBe('行政复议·总计 应等于 结果维持、结果纠正、其他结果、尚未审结之和 = 11');
    expect(d.fixes!.map((f) => f.title)).toEqual([
      '假设其他数字无误：将 行政复议·总计 改为 11',
      '假设其他数字无误：将 行政复议·结果维持 改为 6',
      '假设其他数字无误：将 行政复议·结果纠正 改为 9',
      '假设其他数字无误：将 行政复议·其他结果 改为 2',
      '假设其他数字无误：将 行政复议·尚未审结 改为 2',
    ]);
    expect(d.fixes!.every((f) => f.kind === 'unsafe' && !f.isPreferred)).toBe(true);
  });

  it('the prose breaks the tie in words only: it says which side it supports, fix-all still changes nothing', () => {
    const partsSaid = withReviewSentence(T4_WRONG_TOTAL, 11);
    const d = checkReport(parseReport(partsSaid)).find((x) => x.code === 'T4-REV')!;
    expect(d.message).toContain('正文所述行政复议 11 件与四项之和一致，更可能是总计有误');
    expect(fixAllText(partsSaid).text).toBe(partsSaid);
    const totalSaid = withReviewSentence(T4_WRONG_TOTAL, 13);
    expect(checkReport(parseReport(totalSaid)).find((x) => x.code === 'T4-REV')!.message).toContain('与总计一致，更可能是某一项结果有误');
  });

  it('a table-三 culprit says the other figures point at it, in words', () => {
    const text = editLine(SEED, 64, '(七) 总计\t\t16\t', '(七) 总计\t\t61\t');
    const ds = checkReport(parseReport(text)).filter((d) => d.cellId === 't3.r3_7.np');
    expect(ds.map((d) => d.code).sort()).toEqual(['T3-BALANCE', 'T3-RESULTSUM', 'T3-ROWSUM']);
    expect(ds.find((d) => d.code === 'T3-ROWSUM')!.message).toContain('其他数字都指向 （七）总计·自然人 有误（应为 16）');
    expect(ds.find((d) => d.code === 'T3-RESULTSUM')!.relatedInformation![0]!.message).toBe('（七）总计·自然人 应等于 （一）至（六）各项之和 = 16');
  });
});
