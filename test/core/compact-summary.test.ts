/**
 * The CLI keeps packed summaries for the cross-year rules; they must give exactly the findings
 * the core's own summaries give.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkReport, compactSummary, LastYearIndex, parseReport, summarize } from '../../server/src/core/index';

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
