/**
 * Wording variants (spec §1.2, §2.1–§2.4, Appendix A) and PDF-extraction damage (spec §6
 * #8–#12) written into seed 003, one at a time: the report must still parse to the same
 * 200 cells, find its six sections, and give no error or warning. `→` stands for a tab.
 */
import { describe, it, expect } from 'vitest';
import { checkReport } from '../../server/src/core/index';
import { ALL_CELL_IDS, cellValues, parse, readSeed, show } from '../helpers/core';

const SEED = readSeed('003');
const ORIGINAL = cellValues(parse(SEED));
const tabs = (s: string) => s.replace(/→/g, '\t');

/** [what the variant is, text in seed 003, replacement]. */
const VARIANTS: [string, string, string][] = [
  // Section headings (spec §1.2)
  ['bold heading', '### 三、收到和处理政府信息公开申请情况', '**三、收到和处理政府信息公开申请情况**'],
  ['heading with ．', '### 三、收到和处理政府信息公开申请情况', '三．收到和处理政府信息公开申请情况'],
  ['heading with .', '### 三、收到和处理政府信息公开申请情况', '三.收到和处理政府信息公开申请情况'],
  ['heading with a space', '### 三、收到和处理政府信息公开申请情况', '三 收到和处理政府信息公开申请情况'],
  ['三 older wording', '### 三、收到和处理政府信息公开申请情况', '三、行政机关收到和处理政府信息公开申请的情况'],
  ['一 as 概述', '## 一、总体情况', '## 一、概述'],
  ['一 as 总体工作情况', '## 一、总体情况', '一、总体工作情况'],
  ['四 in the 条例 wording', '#### 四、政府信息公开行政复议、行政诉讼情况', '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况'],
  ['四 without 、', '#### 四、政府信息公开行政复议、行政诉讼情况', '四、因政府信息公开工作被申请行政复议提起行政诉讼情况'],
  ['五 longer', '#### 五、存在的主要问题及改进情况', '五、政府信息公开工作存在的主要问题及改进情况'],
  ['五 shorter', '#### 五、存在的主要问题及改进情况', '五、存在问题及改进情况'],
  ['五 改进措施', '#### 五、存在的主要问题及改进情况', '五、存在的主要问题及改进措施'],
  // Table 二 (spec §2.1)
  ['half-width 第二十条第(一)项', '第二十条第（一）项', '第二十条第(一)项'],
  ['第二十条 第（八）项 with a space', '第二十条第（八）项', '第二十条 第（八）项'],
  ['本年收费金额(单位:万元)', '本年收费金额（单位：万元）', '本年收费金额(单位:万元)'],
  // Table 三 header (spec §2.2)
  ['钩稽 and full-width note', '(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)', '（本列数据的钩稽关系为：第一项加第二项之和，等于第三项加第四项之和）'],
  ['合计 for the 总计 column', '→→→→→→总计→', '→→→→→→合计→'],
  ['法人或者其他组织', '→法人或其他组织→', '→法人或者其他组织→'],
  ['其他组织 for the 其他 column', '→其他→→', '→其他组织→→'],
  ['split header cells 商业 企业', '→商业企业→科研机构→', '→商业 企业→科研 机构→'],
  // Table 三 row labels (spec §2.2, A.3)
  ['1、 enumerator', '1. 属于国家秘密', '1、属于国家秘密'],
  ['（1） enumerator', '1. 属于国家秘密', '（1）属于国家秘密'],
  ['1． enumerator', '1. 属于国家秘密', '1．属于国家秘密'],
  ['straight quotes', '3. 危及“三安全一稳定”', '3.危及"三安全一稳定"'],
  ['corner quotes', '3. 危及“三安全一稳定”', '3.危及「三安全一稳定」'],
  ['no quotes', '3. 危及“三安全一稳定”', '3.危及三安全一稳定'],
  ['确认或者重新出具', '5. 要求行政机关确认或重新出具已获取信息', '5.要求行政机关确认或者重新出具已获取信息'],
  ['反覆', '4. 无正当理由大量反复申请', '4.无正当理由大量反覆申请'],
  ['本年新收申请数量 (short)', '一、本年新收政府信息公开申请数量', '一、本年新收申请数量'],
  ['本年新收… without 一、', '一、本年新收政府信息公开申请数量', '本年新收政府信息公开申请数量'],
  ['结转下年度继续办理的申请数量', '四、结转下年度继续办理', '四、结转下年度继续办理的申请数量'],
  ['full-width （七）总计', '(七) 总计', '（七）总计'],
  ['(七)总计 without space', '(七) 总计', '(七)总计'],
  ['（七）合计', '(七) 总计', '（七）合计'],
  ['official 部分公开 label', '(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  ['，instead of 、in （六）1', '1. 申请人无正当理由逾期不补正、行政机关', '1.申请人无正当理由逾期不补正，行政机关'],
  ['3.其他 without space', '→3. 其他→', '→3.其他→'],
  ['ideographic space inside a label', '一、本年新收', '一、本年　新收'],
  ['a unit in a cell (20件)', '→4→20→', '→4→20件→'],
  // Label typos of published reports, matched by the template's key phrases (table3.ts)
  ['typo 执法案件 for 执法案卷', '7. 属于行政执法案卷', '7.属于行政执法案件'],
  ['typo 其他法律行政止公开 (real/001–002)', '2. 其他法律行政法规禁止公开', '2.其他法律行政止公开'],
];

/** PDF/flip-book damage (spec §6): [what, 1-based line of seed 003, how the line is rewritten]. */
const DAMAGE: [string, number, (line: string) => string[]][] = [
  ['page footer `- 4 -` inside table 三', 50, (l) => [l, '- 4 -']],
  ['page footer `第 3 页` inside table 三', 50, (l) => [l, '第 3 页']],
  ['部分公开 label broken after 这一情', 44, (l) => [l.slice(0, l.indexOf('这一情') + 3), l.slice(l.indexOf('这一情') + 3)]],
  ['group label glued to the row, spaces for cells', 53, (l) => [l.replace('\t(四) 无法提供\t1. 本机关', '（四）无 1.本机关').replace(/\t/g, ' ')]],
  ['table 二 label broken over two lines (行政事业性 / 收费)', 34, (l) => ['行政事业性', l.replace(/^行政事业性(?=收费)/, '')]],
  ['table 三 label broken inside its key phrase (行政执法 / 案卷)', 51, (l) => [l.slice(0, l.indexOf('执法案卷') + 2), l.slice(l.indexOf('执法案卷') + 2)]],
  ['vertical group label, one character per line', 43, (l) => ['三、', '本', '年', '度', '办', '理', '结', '果', l.replace('三、本年度办理结果', '')]],
];

function expectSame(text: string): void {
  const model = parse(text);
  const got = cellValues(model);
  expect(ALL_CELL_IDS.filter((id) => got[id] !== ORIGINAL[id]).map((id) => `${id}: ${ORIGINAL[id]} → ${got[id]}`)).toEqual([]);
  expect(model.sections.map((s) => s.id)).toEqual(['一', '二', '三', '四', '五', '六']);
  const bad = checkReport(model).filter((d) => d.severity === 'error' || d.severity === 'warning');
  expect(bad.map(show)).toEqual([]);
}

describe('label variants in seed 003', () => {
  it.each(VARIANTS)('%s', (_name, from, to) => {
    const f = tabs(from);
    expect(SEED.includes(f), `seed 003 has ${from}`).toBe(true);
    expectSame(SEED.replace(f, tabs(to)));
  });
});

describe('PDF extraction damage in seed 003', () => {
  it.each(DAMAGE)('%s', (_name, lineNo, rewrite) => {
    const lines = SEED.split('\n');
    lines.splice(lineNo - 1, 1, ...rewrite(lines[lineNo - 1]!));
    expectSame(lines.join('\n'));
  });

  it('table 三 rows with single spaces between all cells', () => {
    const text = SEED.split('\n')
      .map((l, i) => (i >= 40 && i <= 64 ? l.split('\t').filter(Boolean).join(' ') : l))
      .join('\n');
    expectSame(text);
  });
});

describe('rows are matched by their words, never by where they stand', () => {
  it('a label with a typo is its row through the template key phrases', async () => {
    const { T3_ROWS } = await import('../../server/src/core/template/table3');
    const phrases = (id: string) => T3_ROWS.find((r) => r.id === id)!.keyPhrases;
    expect(phrases('r3_3_7')).toContain('执法案件');
    expect(phrases('r3_3_2')).toContain('行政止公开');
    const model = parse(SEED.replace(tabs('7. 属于行政执法案卷'), tabs('7.属于行政执法案件')));
    expect(model.t3!.rows.find((r) => r.label === '7.属于行政执法案件')?.id).toBe('r3_3_7');
  });

  it('an unrelated label in a row’s place is not that row', () => {
    const model = parse(SEED.replace(tabs('7. 属于行政执法案卷'), tabs('7. 属于行政裁决事项')));
    expect(model.t3!.rows.find((r) => r.label.includes('行政裁决'))?.id ?? null).toBeNull();
    expect(['np', 'biz', 'tot'].map((c) => model.cells.get(`t3.r3_3_7.${c}`)?.value)).toEqual([null, null, null]);
    expect(checkReport(model).some((d) => d.code === 'T3-ROWS-PRESENT' && d.message.includes('执法案卷'))).toBe(true);
    // The rows around it still read their own values.
    const got = cellValues(model);
    expect(ALL_CELL_IDS.filter((id) => !id.startsWith('t3.r3_3_7.') && got[id] !== ORIGINAL[id])).toEqual([]);
  });
});

describe('the 2019 trial layout of table 三 (spec §2.5)', () => {
  // （六）其他处理 as one data row instead of the three rows （六）1–3.
  const lines = SEED.split('\n');
  lines.splice(60, 3, '(六) 其他处理\t\t0\t0\t0\t0\t0\t0\t0\t');
  const trial = lines.join('\n');

  it('is accepted with its own row, and a 2024 report is warned to use the 2021 format', () => {
    const model = parse(trial);
    expect(model.t3!.trialLayout).toBe(true);
    expect(model.cells.get('t3.r3_6.tot')?.value).toBe(0);
    const diags = checkReport(model);
    expect(diags.filter((d) => d.severity === 'error').map(show)).toEqual([]);
    expect(diags.filter((d) => d.code === 'T2-OLD-FORMAT').map((d) => d.range.start.line + 1)).toEqual([61]);
  });

  it('in a 2020 report gives no warning', () => {
    const diags = checkReport(parse(trial.replace(/2024/g, '2020')));
    expect(diags.filter((d) => d.severity === 'error' || d.severity === 'warning').map(show)).toEqual([]);
  });

  it('counts the single （六） row into （七）总计', () => {
    const l = trial.split('\n');
    l[60] = '(六) 其他处理\t\t1\t0\t0\t0\t0\t0\t1\t';
    const diags = checkReport(parse(l.join('\n')));
    expect(diags.some((d) => d.code === 'T3-RESULTSUM')).toBe(true);
  });
});
