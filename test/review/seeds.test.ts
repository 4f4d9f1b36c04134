/**
 * The five seeds are consistent reports (spec §6.1): the reviewer's rules must not raise a
 * single warning on them, except Y-TITLE on seed 002 (its title has no year); seed 002 also gets one
 * N-TYPO hint (its prose uses ASCII commas throughout, reported once). They are also
 * the positive fixtures for claim extraction: every statement §6.1 names is read, and read right.
 */
import { describe, it, expect } from 'vitest';
import { extractClaims } from '../../server/src/core/narrative/claims';
import { asExpected, loadFolder, reviewDiagnostics } from './support';
import { SEEDS_DIR } from '../support/corpus';

const SEEDS = SEEDS_DIR;
const seeds = loadFolder(SEEDS);
const seed = (n: string) => seeds.find((s) => s.file.startsWith(n))!;
const claims = (n: string) =>
  extractClaims(seed(n).model)
    .filter((c) => c.kind !== 'noFee')
    .map((c) => ({ kind: c.kind, value: c.value, line: c.range.start.line + 1 }));

describe('seeds: no false alarms', () => {
  it('finds all five seeds', () => expect(seeds.map((s) => s.file.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']));

  for (const s of seeds) {
    it(`seed ${s.file.slice(0, 3)}`, () => {
      const expected = s.file.startsWith('002') ? [{ code: 'Y-TITLE', line: 3 }, { code: 'N-TYPO', line: 5 }] : [];
      expect(asExpected(reviewDiagnostics(s, seeds))).toEqual(expected);
    });
  }

  it('seed 002: Y-TITLE sits on the title and names the year found in the body', () => {
    const [d] = reviewDiagnostics(seed('002'), seeds);
    expect(d!.severity).toBe('warning');
    expect(d!.range).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: '滠口街道办事处政府信息公开工作年度报告'.length } });
    expect(d!.message).toContain('2024');
  });
});

describe('seeds: what the prose says (spec §6.1)', () => {
  it('seed 000: 受理依法申请公开信息 1 条，办结完成 1 件', () => {
    expect(claims('000')).toEqual([
      { kind: 'recv', value: 1, line: 11 },
      { kind: 'closed', value: 1, line: 11 },
    ]);
  });

  it('seed 001: 未收到政府信息公开申请 (the table has no 总计 column; the six columns add up to 0)', () => {
    expect(claims('001')).toEqual([{ kind: 'zeroApps', value: null, line: 15 }]);
  });

  it('seed 002: 共收到政府信息公开申请数量3件，全部按要求及时回复', () => {
    expect(claims('002')).toEqual([
      { kind: 'recv', value: 3, line: 13 },
      { kind: 'allAnswered', value: null, line: 13 },
    ]);
  });

  it('seed 003: 全区共收到和处理政府信息公开申请 20 件，均已在当年答复', () => {
    expect(claims('003')).toEqual([
      { kind: 'recvHandle', value: 20, line: 11 },
      { kind: 'allAnswered', value: null, line: 11 },
    ]);
  });

  it('seed 004: 收到 2 件，其中 1 件已答复，另 1 件转下年度；行政复议 1 件; 246 条 is not read', () => {
    expect(claims('004')).toEqual([
      { kind: 'recv', value: 2, line: 15 },
      { kind: 'closed', value: 1, line: 15 },
      { kind: 'carryOut', value: 1, line: 15 },
      { kind: 'review', value: 1, line: 15 },
    ]);
    expect(extractClaims(seed('004').model).some((c) => c.value === 246)).toBe(false);
  });

  it('reads the fee statements of section 六 as “no fee collected”', () => {
    for (const n of ['000', '003', '004']) expect(extractClaims(seed(n).model).filter((c) => c.kind === 'noFee').map((c) => c.section)).toEqual(['六']);
  });

  it('puts the range on the number itself', () => {
    const s = seed('004');
    const recv = extractClaims(s.model).find((c) => c.kind === 'recv')!;
    const line = s.model.lines[recv.range.start.line]!;
    expect(line.slice(recv.range.start.character, recv.range.end.character)).toBe('2');
    expect(line.slice(recv.range.end.character, recv.range.end.character + 2)).toBe(' 件');
  });
});
