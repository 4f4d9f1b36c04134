/**
 * The pipeline's shortcuts (packed summaries kept between its two passes, the work it does once
 * per report) must not change a finding: over the real corpus, each report's diagnostics are
 * those the core gives when it checks that report alone, with every report of the run as full,
 * unpacked summaries for last year's report and the cohort.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkReport, CohortIndex, LastYearIndex, parseReport, summarize } from '../../server/src/core/index';
import { checkOperands, type ReportResult } from '../../server/src/cli/pipeline';
import { decode } from '../../server/src/io/encoding';
import { REAL_DIR, SEEDS_DIR } from '../support/corpus';

async function viaPipeline(dirs: string[]): Promise<ReportResult[]> {
  const out: ReportResult[] = [];
  for await (const r of checkOperands(dirs, { locale: 'zh-CN', encoding: 'auto', fix: 'off' })) out.push(r);
  return out;
}

describe('checkOperands over the real corpus', () => {
  it('gives every report the diagnostics the core gives it checked alone against the whole run', async () => {
    const results = await viaPipeline([REAL_DIR, SEEDS_DIR]);
    const checked = results.filter((r) => r.status === 'checked');
    // Every report of the corpus is read as one (the README and index files are skipped).
    const reports = [REAL_DIR, SEEDS_DIR].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f)));
    expect(checked.map((r) => r.file).sort()).toEqual(reports.sort());

    const alone = checked.map((r) => {
      const model = parseReport(decode(readFileSync(r.file), 'auto').text);
      return { file: r.file, uri: pathToFileURL(path.resolve(r.file)).href, model };
    });
    const summaries = alone.map((a) => summarize(a.model, a.uri));
    const lastYear = LastYearIndex.of(summaries);
    const cohort = CohortIndex.of(summaries);
    let crossReport = 0;
    for (const [k, a] of alone.entries()) {
      const expected = checkReport(a.model, { locale: 'zh-CN', lastYear, cohort, uri: a.uri });
      expect(checked[k]!.diagnostics, a.file).toEqual(expected);
      crossReport += expected.filter((d) => /^(X|C)-/.test(d.code)).length;
    }
    // The corpus has consecutive years of the same agencies: the cross-report rules are exercised.
    expect(crossReport).toBeGreaterThan(0);
  });
});
