/**
 * The CLI keeps packed summaries for the cross-year rules; they must give exactly the findings
 * the core's own summaries give.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { checkReport, compactSummary, LastYearIndex, parseReport, summarize, type ReportSummary } from '../../server/src/core/index';
import type { SummaryCell } from '../../server/src/core/last-year';

const REVIEW = path.resolve(__dirname, '../fixtures/rules');

describe('compactSummary', () => {
  for (const code of ['X-CARRY', 'X-SAME-TEXT', 'X-VALID']) {
    for (const kind of ['bad', 'good']) {
      const dir = path.join(REVIEW, code, kind);
      let files: string[];
      try {
        files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
      } catch {
        continue;
      }
      it(`${code}/${kind}: same diagnostics as with the core's summaries`, () => {
        const models = files.map((f) => ({ uri: `file:///${code}/${kind}/${f}`, model: parseReport(readFileSync(path.join(dir, f), 'utf8')) }));
        const raw = LastYearIndex.of(models.map((m) => summarize(m.model, m.uri)));
        const packed = LastYearIndex.of(models.map((m) => compactSummary(summarize(m.model, m.uri))));
        for (const m of models) {
          const a = checkReport(m.model, { lastYear: raw, uri: m.uri });
          const b = checkReport(m.model, { lastYear: packed, uri: m.uri });
          expect(b).toEqual(a);
        }
        const s = summarize(models[0]!.model, models[0]!.uri);
        const c = compactSummary(s);
        expect(new Map(c.cells)).toEqual(new Map(s.cells));
        expect(c.sections).toEqual(s.sections);
      });
    }
  }
});

describe('packed summaries', () => {
  const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

  it('read back every value exactly: null, no range, fractions, values past 32 bits, -0', () => {
    const cells = new Map<string, SummaryCell>([
      ['t2.r1.c1', { value: 12, range: range(30, 4, 6) }],
      ['t2.r1.c2', { value: null, range: range(30, 7, 7) }],
      ['t2.r1.c3', { value: null, range: null }],
      ['t3.r1.np', { value: -2147483648, range: range(41, 0, 11) }],
    ]);
    const plain: ReportSummary = { uri: 'file:///a.txt', agencyKey: '某局', year: 2024, title: '某局2024年报告', cells, sections: new Map([['一', { headingRange: range(2, 0, 6), text: '本机关全年主动公开' }]]), sentences: Uint32Array.from([1, 7, 0xffffffff]) };
    for (const extra of [[], [['t3.r2.np', { value: 1.5, range: range(42, 1, 4) }]], [['t3.r4.np', { value: 2 ** 40, range: null }]], [['t3.r4.ns', { value: -0, range: null }]]] as [string, SummaryCell][][]) {
      const s = { ...plain, cells: new Map([...cells, ...extra]) };
      const c = compactSummary(s);
      expect(new Map(c.cells)).toEqual(s.cells);
      for (const [id, cell] of s.cells) expect(Object.is(c.cells.get(id)!.value, cell.value)).toBe(true);
      expect(c.cells.get('t4.none')).toBeUndefined();
      expect(c.sections).toEqual(s.sections);
      expect([...c.sentences!]).toEqual([1, 7, 0xffffffff]);
      expect([c.uri, c.agencyKey, c.year, c.title]).toEqual([s.uri, s.agencyKey, s.year, s.title]);
    }
    const { sentences: _none, ...noSentences } = plain;
    expect(compactSummary(noSentences).sentences).toBeUndefined();
  });

  it('keep their numbers in shared storage, not a typed array (and a backing store) each', () => {
    const a = compactSummary(summarize(parseReport(readFileSync(path.resolve(__dirname, '../../examples/红旗区人民政府2024年度报告.txt'), 'utf8')), 'file:///a.txt'));
    const b = compactSummary(summarize(parseReport(readFileSync(path.resolve(__dirname, '../../examples/翠云峰街道2024年度报告（含错误）.txt'), 'utf8')), 'file:///b.txt'));
    expect(a.sentences!.length).toBeGreaterThan(0);
    expect(a.sentences!.buffer).toBe(b.sentences!.buffer);
  });

  it('pin nothing of the report text they were made from', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // Twenty reports of ~0.6 MB each (a long section 二 of prose); a summary cut from the text
    // (title, sections, agency) would keep every text alive: 40 MB.
    const filler = '本机关依法公开政府信息，做好政策解读和回应关切工作。\n'.repeat(12000);
    const make = (k: number) => `第${k}局2024年政府信息公开工作年度报告\n一、总体情况\n本机关全年主动公开信息${k}条，做好依申请公开工作。\n二、主动公开政府信息情况\n${filler}五、存在的主要问题及改进情况\n第${k}局公开工作仍有不足，明年将加强培训。\n`;
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept: ReportSummary[] = [];
    for (let k = 0; k < 20; k++) kept.push(compactSummary(summarize(parseReport(make(k)), `file:///r${k}.txt`)));
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(kept[19]!.title).toBe('第19局2024年政府信息公开工作年度报告');
    expect(grown).toBeLessThan(4 * 1024 * 1024);
  });
});
