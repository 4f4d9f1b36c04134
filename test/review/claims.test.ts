/**
 * Claim extraction in detail (what is read, what is skipped, where the range goes) and the
 * shape of a narrative diagnostic: a warning on the prose number, related information on the
 * cell, `cellId`, no fix, shown by the hover.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReport, checkReport, hoverAt, type Diagnostic } from '../../server/src/core/index';
import { extractClaims, type ClaimKind } from '../../server/src/core/narrative/claims';
import { parseChineseNumeral, parseNumberToken } from '../../server/src/core/narrative/numerals';
import { diceSimilarity, normalizeForSimilarity } from '../../server/src/core/narrative/similarity';
import { allBlocks } from '../../server/src/core/narrative/prose';
import { statedPeriod } from '../../server/src/core/narrative/years';
import { REVIEW_CODE } from './support';
import { SEEDS_DIR } from '../support/corpus';

const SEED_004 = readFileSync(path.join(SEEDS_DIR, '004_400582c34393c453.txt'), 'utf8');
const APP = '截至 2024 年 12 月 31 日，我办共收到政府信息公开申请 2 件，其中 1 件已严格按照相关规定进行答复，另 1 件转下年度继续办理。本年度被依法提起行政复议 1 件。';

/** Seed 004 (r1=2, r3_7=1, r4=1, 行政复议 1) with its 依申请公开 paragraph replaced. */
function withParagraph(text: string) {
  expect(SEED_004).toContain(APP);
  return parseReport(SEED_004.replace(APP, text));
}

function read(text: string, kind?: ClaimKind) {
  return extractClaims(withParagraph(text))
    .filter((c) => c.kind !== 'noFee' && (!kind || c.kind === kind))
    .map((c) => [c.kind, c.value] as const);
}

function review(text: string): Diagnostic[] {
  return checkReport(withParagraph(text)).filter((d) => REVIEW_CODE.test(d.code));
}

describe('numbers', () => {
  it('parses Chinese numerals', () => {
    expect([
      parseChineseNumeral('一'),
      parseChineseNumeral('两'),
      parseChineseNumeral('十'),
      parseChineseNumeral('十二'),
      parseChineseNumeral('二十'),
      parseChineseNumeral('一百零三'),
      parseChineseNumeral('两千'),
    ]).toEqual([1, 2, 10, 12, 20, 103, 2000]);
    expect(parseChineseNumeral('二〇二四')).toBeNull();
    expect(parseChineseNumeral('一二')).toBeNull();
    expect(parseChineseNumeral('百')).toBeNull();
  });

  it('parses digits with thousands separators', () => {
    expect(parseNumberToken('14,069')).toBe(14069);
    expect(parseNumberToken('14，069')).toBe(14069);
    expect(parseNumberToken('17')).toBe(17);
  });
});

describe('claims', () => {
  it('reads Chinese numerals (一件/两件/三件 … 十)', () => {
    expect(read('共收到政府信息公开申请两件，其中一件已答复，另一件转下年度继续办理。')).toEqual([
      ['recv', 2],
      ['closed', 1],
      ['carryOut', 1],
    ]);
    expect(read('共受理政府信息公开申请十件。', 'recv')).toEqual([['recv', 10]]);
  });

  it('reads full-width digits and thousands separators', () => {
    expect(read('共收到政府信息公开申请２件。', 'recv')).toEqual([['recv', 2]]);
    expect(read('共收到政府信息公开申请 1,024 件。', 'recv')).toEqual([['recv', 1024]]);
  });

  it('skips comparisons, percentages, dates, approximations and enquiry counts', () => {
    expect(read('共收到政府信息公开申请同比增长 5 件。')).toEqual([]);
    expect(read('受理政府信息公开申请较上年减少 3 件。')).toEqual([]);
    expect(read('政府信息公开申请办结率 98%。')).toEqual([]);
    expect(read('2024 年 3 月 5 日收到政府信息公开申请。')).toEqual([]);
    expect(read('收到政府信息公开申请约 30 件。')).toEqual([]);
    expect(read('受理政府信息公开咨询、热线申请 300 件，办结群众留言 50 条。')).toEqual([]);
    expect(read('收到申请后于 15 个工作日内答复。')).toEqual([]);
  });

  it('does not read result categories as concluded applications', () => {
    expect(read('共收到政府信息公开申请 2 件，同意公开答复数 1 件，公开答复 1 件。')).toEqual([['recv', 2]]);
  });

  it('does not read “三个一” or other counts as claims', () => {
    expect(read('坚持第一时间回复申请的“三个一”工作机制，上报文字政务类信息 246 条，公示行政许可信息 782 条。')).toEqual([]);
  });

  it('reads carry-over and all-answered forms', () => {
    expect(read('共收到政府信息公开申请 2 件，办结 1 件，结转至下一年度 1 件。')).toEqual([
      ['recv', 2],
      ['closed', 1],
      ['carryOut', 1],
    ]);
    expect(read('共收到政府信息公开申请 2 件，均已按期答复办结。')).toEqual([
      ['recv', 2],
      ['allAnswered', null],
    ]);
    // A sentence that mentions a carry-over does not claim that everything was answered.
    expect(read('共收到政府信息公开申请 2 件，另 1 件转下年度继续办理，其余均已答复。', 'allAnswered')).toEqual([]);
  });

  it('reads review, litigation and no-dispute statements', () => {
    expect(read('因政府信息公开引起的行政复议案件 1 件、行政诉讼案件 0 件。')).toEqual([
      ['review', 1],
      ['litigation', 0],
    ]);
    expect(read('全年未发生因政府信息公开工作被申请行政复议或提起行政诉讼的情况。')).toEqual([['noDispute', null]]);
    expect(read('有效降低行政复议、行政诉讼风险。')).toEqual([]);
  });

  it('prefers sentences that name 政府信息公开申请', () => {
    expect(read('全街道收到各类申请 9 件。其中本办收到政府信息公开申请 2 件。', 'recv')).toEqual([['recv', 2]]);
  });

  it('joins a sentence that a PDF extractor wrapped, and puts the range on the number', () => {
    const m = withParagraph('区政府办代表区政府受理政府\n信息公开申请 2 件，均已在法定期限内予以答复。');
    const recv = extractClaims(m).find((c) => c.kind === 'recv')!;
    expect(recv.value).toBe(2);
    const line = m.lines[recv.range.start.line]!;
    expect(line.startsWith('信息公开申请')).toBe(true);
    expect(line.slice(recv.range.start.character, recv.range.end.character)).toBe('2');
  });

  it('reads nothing from table rows', () => {
    const m = parseReport(SEED_004);
    const tableLines = [m.t2, m.t3, m.t4].flatMap((t) => (t ? [t.startLine, t.endLine] : []));
    for (const c of extractClaims(m)) {
      expect(m.lines[c.range.start.line]!.includes('\t')).toBe(false);
      expect(tableLines.includes(c.range.start.line)).toBe(false);
    }
  });
});

describe('narrative diagnostics', () => {
  it('is a warning on the prose number with related information on the cell, a cellId and no fix', () => {
    const m = withParagraph('我办共收到政府信息公开申请 5 件，其中 1 件已答复，另 1 件转下年度继续办理。');
    const [d, ...rest] = checkReport(m).filter((x) => REVIEW_CODE.test(x.code));
    expect(rest).toEqual([]);
    expect(d!.code).toBe('N-RECV');
    expect(d!.severity).toBe('warning');
    expect(d!.cellId).toBe('t3.r1.tot');
    expect(d!.fixes ?? []).toEqual([]);
    expect(m.lines[d!.range.start.line]!.slice(d!.range.start.character, d!.range.end.character)).toBe('5');
    const cell = m.cells.get('t3.r1.tot')!;
    expect(d!.relatedInformation).toEqual([{ range: cell.range, message: '一、本年新收·总计 = 2' }]);
    expect(d!.message).toBe('正文称收到政府信息公开申请 5 件，但表三“一、本年新收·总计”为 2');
  });

  it('speaks English', () => {
    const m = withParagraph('我办共收到政府信息公开申请 5 件，其中 1 件已答复，另 1 件转下年度继续办理。');
    const d = checkReport(m, { locale: 'en' }).find((x) => x.code === 'N-RECV')!;
    expect(d.message).toBe('The text says 5 applications were received, but Table III "I. New applications this year · total" is 2');
  });

  it('shows on hover over the prose number', () => {
    const m = withParagraph('我办共收到政府信息公开申请 5 件，其中 1 件已答复，另 1 件转下年度继续办理。');
    const diagnostics = checkReport(m);
    const d = diagnostics.find((x) => x.code === 'N-RECV')!;
    const h = hoverAt(m, diagnostics, d.range.start);
    expect(h?.markdown).toContain('N-RECV');
    expect(h?.markdown).toContain('5 件');
  });

  it('N-ZERO-APPS also sees a 总计 of 0 whose columns are not 0', () => {
    const text = SEED_004.replace(APP, '2024 年我办未收到政府信息公开申请。本年度被依法提起行政复议 1 件。').replace(
      '一、本年新收政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t2',
      '一、本年新收政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t0',
    );
    const d = checkReport(parseReport(text)).filter((x) => x.code === 'N-ZERO-APPS');
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toContain('六列之和为 2');
  });

  it('severity overrides and `only` apply to the reviewer rules like any other', () => {
    const m = withParagraph('我办共收到政府信息公开申请 5 件。');
    expect(checkReport(m, { severity: { 'N-RECV': 'off' } }).some((x) => x.code === 'N-RECV')).toBe(false);
    expect(checkReport(m, { severity: { 'N-RECV': 'error' } }).find((x) => x.code === 'N-RECV')!.severity).toBe('error');
    expect(checkReport(m, { only: ['N-RECV'] }).map((x) => x.code)).toEqual(['N-RECV']);
  });

  it('keeps quiet on the unchanged paragraph', () => {
    expect(review(APP)).toEqual([]);
  });
});

describe('years', () => {
  const period = (preamble: string) => statedPeriod(allBlocks(parseReport(`某某局2024年政府信息公开工作年度报告\n${preamble}\n一、总体情况\n正文。\n`)));

  it('reads a statistics period wrapped over two lines (PDF extracts)', () => {
    const p = period('要求编制此报告。报告中所列数据统计期限自 2024 年 1 月 1 日\n起至 2024 年 12 月 31 日止。如对本报告有疑问');
    expect(p?.start).toEqual({ year: 2024, month: 1, day: 1 });
    expect(p?.end).toEqual({ year: 2024, month: 12, day: 31 });
    expect(p?.startYearRange.start.line).toBe(1);
  });

  it('reads other wordings and a period without the end year', () => {
    expect(period('本报告的统计数据时间段为2024年1月1日至2024年12月31日。')?.end?.year).toBe(2024);
    expect(period('本报告所列数据统计期限为2024年1月1日至12月31日。')?.end).toEqual({ year: null, month: 12, day: 31 });
  });

  it('Y-PERIOD flags an end date that is not 31 December of the report year', () => {
    const text = `某某局2024年政府信息公开工作年度报告\n本报告所列数据统计期限为2024年1月1日至2025年1月31日。\n一、总体情况\n正文。\n`;
    const d = checkReport(parseReport(text), { only: ['Y-PERIOD'] });
    expect(d).toHaveLength(1);
    expect(d[0]!.range.start).toEqual({ line: 1, character: text.split('\n')[1]!.indexOf('至') });
  });
});

describe('similarity', () => {
  it('ignores spaces, punctuation and changed figures', () => {
    const a = normalizeForSimilarity('2023 年，我局主动公开政府信息 107 条。');
    const b = normalizeForSimilarity('2024年,我局主动公开政府信息61条!');
    expect(a).toBe(b);
    expect(diceSimilarity(a, b)).toBe(1);
    expect(diceSimilarity('政务公开工作', '依申请公开办理')).toBeLessThan(0.5);
  });
});
