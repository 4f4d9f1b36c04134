/**
 * `CheckOptions.summary`: a run's second pass gives the rules the report's own summary from its
 * first pass, so the repetition rules (X-SAME-TEXT, X-REPEAT, C-SAME-TEXT) do not normalise its
 * sections or hash its sentences again. The findings must be exactly those made without it.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkReport, CohortIndex, compactSummary, LastYearIndex, parseReport, summarize } from '../../server/src/core/index';
import { sharesHash } from '../../server/src/core/cohort';
import { REAL_DIR } from '../support/corpus';

const RULES = path.resolve(__dirname, '../fixtures/rules');

function reportsOf(dirs: string[]): { uri: string; text: string }[] {
  return dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ uri: `file://${path.join(dir, f)}`, text: readFileSync(path.join(dir, f), 'utf8') })));
}

describe('checkReport with the report’s own summary', () => {
  const sets: [string, string[]][] = [
    ...['X-SAME-TEXT', 'X-REPEAT', 'C-SAME-TEXT'].flatMap((code) =>
      readdirSync(path.join(RULES, code)).map((kind): [string, string[]] => [`${code}/${kind}`, [path.join(RULES, code, kind)]]),
    ),
    ['the real reports', [REAL_DIR]],
  ];
  const found = new Set<string>();
  for (const [name, dirs] of sets) {
    it(`${name}: the same findings as without it`, () => {
      const reports = reportsOf(dirs);
      const summaries = reports.map((r) => compactSummary(summarize(parseReport(r.text), r.uri)));
      const context = { lastYear: LastYearIndex.of(summaries), cohort: CohortIndex.of(summaries) };
      reports.forEach((r, k) => {
        for (const locale of ['zh-CN', 'en'] as const) {
          const without = checkReport(parseReport(r.text), { ...context, locale, uri: r.uri });
          const withIt = checkReport(parseReport(r.text), { ...context, locale, uri: r.uri, summary: summaries[k]! });
          expect(withIt, r.uri).toEqual(without);
          for (const d of without) found.add(d.code);
        }
      });
    });
  }
  it('the sets hold findings of all three rules (the comparison is not of empty lists)', () => {
    for (const code of ['X-SAME-TEXT', 'X-REPEAT', 'C-SAME-TEXT']) expect(found.has(code), code).toBe(true);
  });
});

describe('sharesHash', () => {
  it('says whether two sorted hash arrays meet, as a set would', () => {
    let seed = 7;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), seed);
    for (let n = 0; n < 300; n++) {
      const a = Uint32Array.from({ length: rnd() % 12 }, () => rnd() % 40).sort();
      const b = Uint32Array.from({ length: rnd() % 12 }, () => (n % 3 ? rnd() % 40 : rnd())).sort();
      expect(sharesHash(a, b)).toBe([...a].some((h) => b.includes(h)));
    }
  });
});
