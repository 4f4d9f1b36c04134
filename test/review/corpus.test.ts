/**
 * The real reports in test/fixtures/corpus/real, each checked with all the others as
 * `previous`: nothing throws, last year's report is found for every agency that has one,
 * the text/table mismatches and wrong years INDEX.tsv records are found, the consistent
 * statements it records are not flagged, every warning and error of the prose and structure
 * rules is one judged true in docs/review-rules.md, and the counts per rule stay as recorded
 * there (update both together when a rule changes on purpose).
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../server/src/core/index';
import { checkReport } from '../../server/src/core/index';
import { lastYearIndex, loadFolder, reviewDiagnostics } from './support';
import { REAL_DIR } from '../support/corpus';

const REAL = REAL_DIR;
const present = existsSync(REAL);
const reports = present ? loadFolder(REAL) : [];
const lastYear = lastYearIndex(reports);
const results = new Map<string, Diagnostic[]>(reports.map((r) => [r.file.slice(0, 3), reviewDiagnostics(r, reports, lastYear)]));
const codesOf = (id: string) => (results.get(id) ?? []).map((d) => d.code);
/** The prose and structure rules (N-, Y-, S-) and the cross-year ones (X-), all severities. */
const PROSE_OR_STRUCTURE = /^(?:N|Y|X|S)-/;
const all = new Map<string, Diagnostic[]>(
  reports.map((r) => [
    r.file.slice(0, 3),
    checkReport(r.model, { uri: r.uri, lastYear }),
  ]),
);

/** INDEX.tsv rows: file → notes. */
function index(): Map<string, string> {
  const rows = readFileSync(path.join(REAL, 'INDEX.tsv'), 'utf8').split(/\r?\n/).slice(1).filter(Boolean);
  return new Map(rows.map((r) => r.split('\t')).map((c) => [c[0]!.slice(0, 3), c[6] ?? '']));
}

describe.skipIf(!present)('real corpus', () => {
  it('checks every report without an internal error', () => {
    expect(reports.length).toBeGreaterThanOrEqual(40);
    for (const [id, d] of results) expect(d.filter((x) => x.code === 'INTERNAL'), id).toEqual([]);
  });

  it('pairs each report with last year’s report of the same agency', () => {
    const pairs = reports
      .map((r) => {
        const p = lastYear.lastYearOf(r.model, r.uri);
        return p ? `${r.file.slice(0, 3)}←${reports.find((o) => o.uri === p.uri)!.file.slice(0, 3)}` : null;
      })
      .filter((p): p is string => p !== null);
    expect(pairs).toEqual([
      '002←001', // 淮安市洪泽区人民政府 / 洪泽区人民政府: the agency is on the line above the title
      '102←101', '103←102', '104←103', '105←104',
      '107←106', '108←107', '109←108', '110←109',
      '112←111', '113←112',
      '115←114',
      '117←116', '118←117',
      '120←119', '121←120',
      '123←122', '124←123',
      '126←125', '127←126',
      '131←130',
      '132←129',
      '133←131',
      '134←115',
      '135←132',
      '136←128',
    ]);
  });

  it('finds X-CARRY where INDEX.tsv records a carry-over mismatch (it records none)', () => {
    const flagged = [...index()].filter(([, notes]) => /X-CARRY|上年结转[^|]*(?:不一致|≠|!=|mismatch)|carr(?:y|ied)[- ]over[^|]*mismatch/i.test(notes)).map(([id]) => id);
    for (const id of flagged) expect(codesOf(id), id).toContain('X-CARRY');
    expect([...results.values()].flat().filter((d) => d.code === 'X-CARRY')).toHaveLength(flagged.length);
  });

  it('finds the text/table mismatches and wrong years INDEX.tsv records', () => {
    const notes = index();
    expect(notes.get('131')).toMatch(/TEXT\/TABLE MISMATCH/);
    expect(codesOf('131')).toEqual(expect.arrayContaining(['N-RECV', 'N-CLOSED'])); // 4 received, 3 办结; T3 all zeros
    expect(notes.get('103')).toMatch(/现行有效393件/);
    expect(codesOf('103')).toContain('N-NORMATIVE');
    expect(notes.get('109')).toMatch(/2023年' \(wrong year\)/);
    expect(codesOf('109')).toContain('Y-BODY');
    expect(notes.get('110')).toMatch(/2024年制作.*wrong year/);
    expect(codesOf('110')).toContain('Y-BODY');
    // 总计 column left 0 while the applicant columns say otherwise: the text agrees with the columns,
    // so the table's sum error is the one finding (issue 11).
    for (const id of ['117', '118', '129', '132', '135']) {
      const codes = (all.get(id) ?? []).map((d) => d.code);
      expect(codes, id).toContain('T3-ROWSUM');
      expect(codes, id).not.toContain('N-RECV');
    }
  });

  it('raises only the prose and structure warnings judged true in docs/review-rules.md', () => {
    // X-REPEAT (more than half of last year's text) and N-ZERO-TABLES are judged in test/review-desk/cohort.test.ts.
    const raised = [...all]
      .flatMap(([id, ds]) => ds.filter((d) => PROSE_OR_STRUCTURE.test(d.code) && d.code !== 'X-REPEAT' && d.code !== 'N-ZERO-TABLES' && (d.severity === 'error' || d.severity === 'warning')).map((d) => `${id} ${d.code} L${d.range.start.line + 1}`))
      .sort();
    expect(raised).toEqual(
      [
        '102 N-RECV L6', // 收到 75 = 新收 74 + 上年结转 1: the text counts the carried-over one as received
        '103 N-NORMATIVE L5', // 现行有效 393 vs 表二 470 (INDEX.tsv)
        '103 X-VALID L14',
        '104 X-VALID L14',
        '105 X-VALID L14',
        '106 S-SECTION-MISSING L1', // no 六 at all
        '106 S-SUBITEMS L3', // 总体情况 is all 预决算公开
        '106 S-FEE-STATEMENT L58',
        '107 S-SUBITEMS L3',
        '107 X-VALID L13',
        '108 S-SUBITEMS L3',
        '109 X-VALID L13',
        '109 Y-BODY L24', // 主要类别2023年 in the 2024 report (INDEX.tsv)
        '110 Y-BODY L9', // 2024年制作 in the 2025 report (INDEX.tsv)
        '120 X-VALID L13',
        '121 S-NUMBERING L57', // 五、信息处理费收取情况 inserted, 六 missing
        '124 X-VALID L11',
        '124 S-NUMBERING L58', // 五/六 split into problems and improvements, 七、其他需说明事项
        '125 S-NUMBERING L59',
        '126 S-NUMBERING L59',
        '127 S-NUMBERING L59',
        '128 S-SUBITEMS L3', // one paragraph: no platform, no supervision
        '131 N-RECV L6', // TEXT/TABLE MISMATCH (INDEX.tsv): 表三 all zeros
        '131 N-CLOSED L6',
        '132 S-SECTION-MISSING L1', // no 六 at all
        '132 S-FEE-STATEMENT L58',
        '134 X-VALID L11',
        '135 X-VALID L13',
        '135 S-FEE-STATEMENT L60', // 六 says only 无
        '136 S-SUBITEMS L3', // three sub-items only
      ].sort(),
    );
  });

  it('stays quiet where INDEX.tsv says the text matches the tables', () => {
    for (const id of ['102', '105', '133']) {
      expect(codesOf(id).filter((c) => c === 'N-REVIEW' || c === 'N-LITIGATION'), id).toEqual([]);
    }
    expect(codesOf('136').filter((c) => c.startsWith('N-'))).toEqual([]);
  });

  it('keeps the recorded counts per rule (docs/review-rules.md)', () => {
    const counts: Record<string, number> = {};
    for (const d of [...all.values()].flat()) if (PROSE_OR_STRUCTURE.test(d.code)) counts[`${d.code} ${d.severity}`] = (counts[`${d.code} ${d.severity}`] ?? 0) + 1;
    expect(counts).toEqual({
      'N-RECV warning': 2,
      'N-CLOSED warning': 1,
      'N-NORMATIVE warning': 1,
      'N-TYPO hint': 33,
      'S-FEE-STATEMENT warning': 3,
      'S-NUMBERING warning': 5,
      'S-SECTION-MISSING error': 2,
      'S-SECTION-TITLE info': 15,
      'S-SUBITEMS warning': 5,
      'X-SAME-TEXT info': 10,
      'X-VALID warning': 9,
      'Y-BODY warning': 2,
      'X-REPEAT warning': 6,
      'X-JUMP info': 4,
      'N-ZERO-TABLES warning': 1,
    });
  });
});
