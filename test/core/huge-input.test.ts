/**
 * Inputs far larger than any report, shaped to hit the places where an array is spread into a
 * function call (`Math.max(...xs)`, `push(...big)`): V8 puts each argument on the stack, so past
 * ~100,000 items such a call throws RangeError. The architecture promises the core never throws.
 */
import { describe, it, expect } from 'vitest';
import { checkReport, documentSymbols, foldingRanges, hoverAt, parseReport } from '../../server/src/core/index';

function survives(text: string): { lines: number; codes: Set<string> } {
  const model = parseReport(text);
  const diags = checkReport(model);
  documentSymbols(model);
  foldingRanges(model);
  hoverAt(model, diags, { line: 0, character: 1 });
  expect(diags.filter((d) => d.code === 'INTERNAL').map((d) => d.message)).toEqual([]);
  return { lines: model.lines.length, codes: new Set(diags.map((d) => d.code)) };
}

describe('the core never throws on huge inputs', () => {
  // 65,000 is the size the issue reported; 150,000 overflows a spread on any V8 stack (the limit is ~125,000 arguments).
  it.each([65_000, 150_000])('一、总体情况 repeated %i times (once made a spread overflow the stack)', (n) => {
    const text = Array.from({ length: n }, () => '一、总体情况').join('\n');
    const { lines, codes } = survives(text);
    expect(lines).toBe(n);
    expect(codes.has('S-SECTION-MISSING')).toBe(true);
  });

  it('200,000 numbers on the continuation line of a table row', () => {
    // A wrapped row's values are appended to it; that append once spread them into push().
    const many = Array.from({ length: 200_000 }, () => '1').join('\t');
    const text = ['三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量\t1', many].join('\n');
    expect(survives(text).lines).toBe(3);
  });

  it('every section heading repeated 20,000 times in turn', () => {
    const heads = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
    const text = Array.from({ length: 120_000 }, (_, i) => heads[i % 6]!).join('\n');
    expect(survives(text).lines).toBe(120_000);
  });
});
