/**
 * The five seeds as negative (and, for 001, positive) fixtures: the exact non-info
 * diagnostics each one gives (spec §6.1).
 */
import { describe, it, expect } from 'vitest';
import { checkReport } from '../../server/src/core/index';
import { CLEAN_SEEDS, SEED_IDS, bySeverity, parse, readSeed, show, type SeedId } from '../helpers/core';

/** `severity CODE@line` (1-based) of every error and warning, in document order. */
const EXPECTED_NON_INFO: Record<SeedId, string[]> = {
  '000': [],
  '001': [
    // The 总计 column is missing: one warning on the header cell 自然人 (line 49) …
    'warning T3-SHAPE@49',
    // … and each of the 19 rows （三）1 … （六）3 (lines 55–73) has only 5 values.
    ...Array.from({ length: 19 }, (_, k) => `error T3-SHAPE@${55 + k}`),
    // 六 says only 无: whether 信息处理费 was charged is not stated (国办函〔2020〕109号).
    'warning S-FEE-STATEMENT@94',
  ],
  // The title has no year (spec §3.6 Y-TITLE, a warning); 总体情况 covers the five sub-items under
  // its own headings; 六 says only 无, not whether 信息处理费 was charged.
  '002': ['warning Y-TITLE@3', 'warning S-FEE-STATEMENT@77'],
  '003': [],
  '004': [],
};

/** Info diagnostics that must be there (others may be added by future info rules). */
const EXPECTED_INFO: Record<SeedId, string[]> = {
  // Markdown headings at ## / ### / #### for sibling sections.
  '000': ['info S-HEADING-LEVELS@36'],
  '001': [],
  '002': [],
  '003': ['info S-HEADING-LEVELS@36'],
  '004': [],
};

const key = (d: { severity: string; code: string; range: { start: { line: number } } }) => `${d.severity} ${d.code}@${d.range.start.line + 1}`;

describe.each(SEED_IDS)('seed %s diagnostics', (id) => {
  const model = parse(readSeed(id));
  const diags = checkReport(model);

  it('gives exactly the expected errors and warnings', () => {
    expect(bySeverity(diags, 'error', 'warning').map(key), diags.map(show).join('\n')).toEqual(EXPECTED_NON_INFO[id]);
  });

  it('gives the expected info diagnostics', () => {
    const info = bySeverity(diags, 'info').map(key);
    for (const k of EXPECTED_INFO[id]) expect(info).toContain(k);
  });

  it('gives the same codes in English', () => {
    const en = checkReport(model, { locale: 'en' });
    expect(en.map(key)).toEqual(diags.map(key));
  });

  it('never reports an INTERNAL diagnostic', () => {
    expect(diags.filter((d) => d.code === 'INTERNAL').map(show)).toEqual([]);
  });
});

describe('clean seeds', () => {
  it.each(CLEAN_SEEDS)('seed %s has no error', (id) => {
    expect(bySeverity(checkReport(parse(readSeed(id))), 'error').map(show)).toEqual([]);
  });
});

describe('seed 001 (no 总计 column)', () => {
  const model = parse(readSeed('001'));
  const diags = checkReport(model);

  it('gives only T3-SHAPE as error', () => {
    const codes = new Set(bySeverity(diags, 'error').map((d) => d.code));
    expect([...codes]).toEqual(['T3-SHAPE']);
  });

  it('says the 总计 column is missing and offers a fix-all fix that inserts it', () => {
    const w = diags.find((d) => d.code === 'T3-SHAPE' && d.severity === 'warning')!;
    expect(w.message).toContain('总计');
    const fix = w.fixes?.find((f) => f.kind === 'safe');
    expect(fix).toBeDefined();
    // Header + the 6 rows that have all six applicant values (r1, r2, r3_1, r3_2, r3_7, r4).
    expect(fix!.edits).toHaveLength(7);
    expect(fix!.edits.map((e) => e.newText)).toEqual(['\t总计', '\t0', '\t0', '\t0', '\t0', '\t0', '\t0']);
  });

  it('says how many numbers the short rows have', () => {
    const errs = bySeverity(diags, 'error');
    for (const e of errs) expect(e.message).toContain('5');
  });

  it('reports no sum rule: nothing can be checked without the values', () => {
    expect(diags.filter((d) => /SUM|BALANCE/.test(d.code)).map(show)).toEqual([]);
  });
});
