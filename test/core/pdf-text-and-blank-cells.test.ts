/**
 * Two forms met in real reports we had never seen (docs/blind-corpus.md): table 四 as PDF text
 * gives it (a copy from a PDF viewer, a flipbook page), and rows whose first cells are left
 * empty (a web page's empty `<td>`, a markdown row). The fixtures are seed 003 rewritten.
 */
import { describe, it, expect } from 'vitest';
import { cellValues, parse, readSeed } from '../helpers/core';

const seed = readSeed('003');
const seedCells = cellValues(parse(seed));
const t4Of = (cells: Record<string, unknown>) => Object.fromEntries(Object.entries(cells).filter(([k]) => k.startsWith('t4.')));

/** Seed 003 with its table 四 replaced by `lines`. */
function withTable4(lines: string[]): string {
  const start = seed.indexOf('行政复议\t');
  const end = seed.indexOf('#### 五、');
  return seed.slice(0, start) + lines.join('\n') + '\n\n' + seed.slice(end);
}

const NUMBERS = '4 7 0 0 11 1 0 0 1 2 1 0 0 2 3';

describe('table 四 as PDF text', () => {
  it('group headers run together by single spaces', () => {
    const text = withTable4([
      '行政复议 行政诉讼',
      '未经复议直接起诉 复议后起诉',
      '结果 结果 其他 尚未 总',
      '维持 纠正 结果 审结 计 结果 结果 其他 尚未 总 结果 结果 其他 尚未 总',
      '维持 纠正 结果 审结 计 维持 纠正 结果 审结 计',
      NUMBERS,
    ]);
    const model = parse(text);
    expect(t4Of(cellValues(model))).toEqual(t4Of(seedCells));
    // Each group header keeps its own hover, cut out of the run.
    const keys = model.t4!.headers.map((h) => `${h.key}=${h.text}`);
    expect(keys).toEqual(expect.arrayContaining(['t4.group.rev=行政复议', 't4.group.lit=行政诉讼', 't4.group.lit_direct=未经复议直接起诉', 't4.group.lit_after=复议后起诉']));
  });

  it('column words one character a line (a vertical header)', () => {
    const text = withTable4([
      '行政复议 行政诉讼',
      '未经复议直接起诉 复议后起诉',
      '结 结 其 尚',
      '结 结 其 尚 结 结 其 尚',
      '果 果 他 未',
      '总计 果 果 他 未 总 果 果 他 未 总',
      '维 纠 结 审',
      '维 纠 结 审 计 维 纠 结 审 计',
      '持 正 果 结',
      '持 正 果 结 持 正 果 结',
      NUMBERS,
    ]);
    expect(t4Of(cellValues(parse(text)))).toEqual(t4Of(seedCells));
  });

  it('a prose line naming both does not start the table', () => {
    const text = withTable4(['本年度未发生行政复议 行政诉讼案件。', NUMBERS]);
    expect(parse(text).cells.get('t4.rev.total')!.value).toBeNull();
  });
});

describe('rows whose first cells are left empty', () => {
  it('table 三: the empty cells nearest the numbers are the blank ones', () => {
    const text = seed.replace('二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t', '二、上年结转政府信息公开申请数量\t\t\t\t\t0\t0\t0\t0\t');
    const cells = cellValues(parse(text));
    expect([cells['t3.r2.np'], cells['t3.r2.biz'], cells['t3.r2.sci'], cells['t3.r2.ngo'], cells['t3.r2.tot']]).toEqual([null, null, null, 0, 0]);
    // Every other cell reads as before.
    const others = Object.keys(seedCells).filter((id) => !id.startsWith('t3.r2.') && cells[id] !== seedCells[id]);
    expect(others).toEqual([]);
  });

  it('table 二: a markdown row with 本年制发件数 and 本年废止件数 left empty', () => {
    const row = seed.split('\n').find((l) => l.startsWith('行政规范性文件\t'))!;
    const valid = row.split('\t').filter((c) => /^\d+$/.test(c)).pop()!;
    const cells = cellValues(parse(seed.replace(row, `| 行政规范性文件 | | | ${valid} |`)));
    expect([cells['t2.normative.issued'], cells['t2.normative.repealed'], cells['t2.normative.valid']]).toEqual([null, null, Number(valid)]);
  });

  it('a row with all its numbers keeps an empty cell before them as layout', () => {
    const text = seed.replace('一、本年新收政府信息公开申请数量\t\t16', '一、本年新收政府信息公开申请数量\t\t\t\t16');
    expect(cellValues(parse(text))).toEqual(seedCells);
  });

  it('a row of empty cells only stays a row left blank (T3-SHAPE says so)', () => {
    const text = seed.replace('\t3. 其他\t0\t0\t0\t0\t0\t0\t0\t', '\t3. 其他\t\t\t\t\t\t\t\t');
    const row = parse(text).t3!.rows.find((r) => r.id === 'r3_6_3')!;
    expect(row.values).toEqual([]);
  });
});

describe('a label wrapped around its numbers (PDF layout text)', () => {
  const table3 = (rows: string[]) =>
    ['三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量 9 0 0 0 0 0 9', ...rows, '（七）总计 9 0 0 0 0 0 9'].join('\n');

  it('the tail after the numbers completes the label above when it finishes a phrase the line break cut', () => {
    const model = parse(
      table3([
        '     （五）不予处理   4.无正当理由大量反复申请     2  0  0  0  0  0  2',
        '               5.要求行政机关确认或重新出',
        '                                        1         0        0         0        0         0    1',
        '               具已获取信息',
        '               1、申请人无正当理由逾期不补',
        '               正、行政机关不再处理其政府信           6         3        0         0        1         0    10',
        '               息公开申请',
      ]),
    );
    const row = (id: string) => model.t3!.rows.filter((r) => r.id === id).map((r) => r.values.map((v) => v.value).join(' '));
    expect(row('r3_5_4')).toEqual(['2 0 0 0 0 0 2']);
    expect(row('r3_5_5')).toEqual(['1 0 0 0 0 0 1']);
    expect(row('r3_6_1')).toEqual(['6 3 0 0 1 0 10']);
  });

  it("a row's own label standing whole on the next line is that row, not the tail of the row above", () => {
    const model = parse(table3(['其中：上级转办 | 3 | 0 | 0 | 0 | 0 | 0 | 3', '2.重复申请', '4 | 0 | 0 | 0 | 0 | 0 | 4']));
    expect(model.t3!.rows.map((r) => `${r.id}:${r.values.map((v) => v.value).join(' ')}`)).toEqual(
      expect.arrayContaining(['null:3 0 0 0 0 0 3', 'r3_5_2:4 0 0 0 0 0 4']),
    );
  });
});
