/** Hovers on prose numbers that took part in a check: agreeing and disagreeing, said in words, the rule code last. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReport, checkReport, hoverAt } from '../../server/src/core/index';
import { SEEDS_DIR } from '../support/corpus';

const seeds = SEEDS_DIR;

function hoverOn(text: string, needle: string, offsetInNeedle: number) {
  const model = parseReport(text);
  const line = model.lines.findIndex((l) => l.includes(needle));
  expect(line, needle).toBeGreaterThanOrEqual(0);
  const character = model.lines[line]!.indexOf(needle) + offsetInNeedle;
  return hoverAt(model, checkReport(model), { line, character });
}

describe('hover on prose numbers', () => {
  const seed004 = readFileSync(path.join(seeds, '004_400582c34393c453.txt'), 'utf8');

  it('a number that agrees with its cell says so and names the cell', () => {
    const h = hoverOn(seed004, '共收到政府信息公开申请 2 件', '共收到政府信息公开申请 '.length);
    expect(h?.markdown).toMatch(/^\*\*正文数字与表格一致\*\*/);
    expect(h?.markdown).toMatch(/N-RECV$/);
    expect(h?.markdown).toContain('一、本年新收·总计');
  });

  it('a number that disagrees shows the warning text', () => {
    const planted = seed004.replace('共收到政府信息公开申请 2 件', '共收到政府信息公开申请 5 件');
    const h = hoverOn(planted, '共收到政府信息公开申请 5 件', '共收到政府信息公开申请 '.length);
    expect(h?.markdown).toMatch(/^\*\*正文数字与表格不一致\*\*/);
    expect(h?.markdown).toContain('表格中一、本年新收·总计为 2');
  });

  it('a number that agrees with the table as its sums correct it says so (no warning, the sum error stands)', () => {
    const broken = seed004.replace(/一、本年新收政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t2\t/, '一、本年新收政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t0\t');
    expect(broken).not.toBe(seed004);
    const h = hoverOn(broken, '共收到政府信息公开申请 2 件', '共收到政府信息公开申请 '.length);
    expect(h?.markdown).toMatch(/^\*\*正文数字与更正后的表格一致\*\*/);
    expect(h?.markdown).toMatch(/N-RECV$/);
    expect(h?.markdown).toContain('勾稽关系更正后的值一致');
  });

  it('a number no rule read has no hover', () => {
    const h = hoverOn(seed004, '上报文字政务类信息 246 条', '上报文字政务类信息 '.length);
    expect(h).toBeNull();
  });
});
