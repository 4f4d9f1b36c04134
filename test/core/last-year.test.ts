/** Last year's report of the same agency: one definition (core `last-year.ts`) for the CLI, the editor and the review. */
import { describe, expect, it } from 'vitest';
import { LastYearIndex, isLastYearOf, parseReport, sameAgency, summarize } from '../../server/src/core/index';

const report = (title: string) => parseReport(`${title}\n一、总体情况\n本年度……\n`);

describe('last year’s report', () => {
  it('pairs an agency with and without the higher-level place in front, never two bare bureaus', () => {
    expect(sameAgency('新乡市红旗区渠东街道办事处', '红旗区渠东街道办事处')).toBe(true);
    expect(sameAgency('淮安市洪泽区人民政府', '洪泽区人民政府')).toBe(true);
    expect(sameAgency('平潭财政金融局', '财政金融局')).toBe(false);
    expect(isLastYearOf({ agencyKey: '红旗区渠东街道办事处', year: 2023 }, { agencyKey: '新乡市红旗区渠东街道办事处', year: 2024 })).toBe(true);
    expect(isLastYearOf({ agencyKey: '红旗区渠东街道办事处', year: 2022 }, { agencyKey: '新乡市红旗区渠东街道办事处', year: 2024 })).toBe(false);
  });

  it('finds it through the index whichever of the two keys is the longer, and never the report itself', () => {
    const y2023 = summarize(report('红旗区渠东街道办事处2023年政府信息公开工作年度报告'), 'file:///a/2023.txt');
    const y2024 = report('新乡市红旗区渠东街道办事处2024年政府信息公开工作年度报告');
    const y2025 = report('红旗区渠东街道办事处2025年政府信息公开工作年度报告');
    const other = summarize(report('新乡市卫滨区人民政府2023年政府信息公开工作年度报告'), 'file:///a/other.txt');
    const index = LastYearIndex.of([other, y2023, summarize(y2024, 'file:///a/2024.txt')]);
    expect(index.lastYearOf(y2024, 'file:///a/2024.txt')?.uri).toBe('file:///a/2023.txt');
    expect(index.lastYearOf(y2025)?.uri).toBe('file:///a/2024.txt');
    index.delete('file:///a/2024.txt');
    expect(index.lastYearOf(y2025)).toBeNull();
    expect(index.size).toBe(2);
  });

  it('keeps only what the cross-year rules read', () => {
    const s = summarize(parseReport('某局2024年政府信息公开工作年度报告\n一、总体情况\n本机关全年主动公开信息。\n五、存在的主要问题及改进情况\n无。\n'), 'file:///x.txt');
    expect([...s.sections.keys()]).toEqual(['一', '五']);
    expect(s.year).toBe(2024);
    expect(s.agencyKey).toBe('某局');
  });
});
