/** Last year's report of the same agency: one definition (core `last-year.ts`) for the CLI, the editor and the review. */
import { describe, expect, it } from 'vitest';
import { LastYearIndex, isLastYearOf, parseReport, sameAgency, summarize, type ReportSummary } from '../../server/src/core/index';

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

  it('answers as a search of every report would, through additions, replacements and deletions', () => {
    // Agencies with and without their city in front, several of them sharing a tail (区人民政府).
    const districts = ['红旗区', '卫滨区', '牧野区', '凤泉区', '洪泽区', '淮阴区'];
    const keys = districts.flatMap((d) => [`${d}人民政府`, `新乡市${d}人民政府`, `河南省新乡市${d}人民政府`, `${d}财政局`]);
    const models = new Map<string, ReturnType<typeof report>>();
    const modelOf = (key: string, year: number) => {
      const id = `${key}/${year}`;
      if (!models.has(id)) models.set(id, report(`${key}${year}年政府信息公开工作年度报告`));
      return models.get(id)!;
    };
    const index = new LastYearIndex();
    const live = new Map<string, ReportSummary>();
    const expectSameAnswers = () => {
      for (const key of keys) {
        for (const uri of [undefined, 'file:///r/0.txt']) {
          const model = modelOf(key, 2024);
          const want = [...live.values()].filter((s) => s.uri !== uri && isLastYearOf(s, { agencyKey: key, year: 2024 })).sort((a, b) => (a.uri < b.uri ? -1 : 1))[0];
          expect(index.lastYearOf(model, uri)?.uri ?? null).toBe(want?.uri ?? null);
        }
      }
    };
    let seed = 7;
    // Park–Miller: every residue comes up (a power-of-two LCG's low bits cycle through a few).
    const next = (n: number) => ((seed = (seed * 16807) % 2147483647), seed % n);
    for (let step = 0; step < 400; step++) {
      const uri = `file:///r/${next(60)}.txt`;
      if (next(5) === 0) {
        index.delete(uri);
        live.delete(uri);
      } else {
        const s = summarize(modelOf(keys[next(keys.length)]!, 2022 + next(3)), uri);
        index.add(s);
        live.set(uri, s);
      }
      expectSameAnswers();
    }
    expectSameAnswers();
    expect(index.size).toBe(live.size);
  });
});
