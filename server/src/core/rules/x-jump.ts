import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { cellName } from '../i18n/names';
import { fileLabel } from '../last-year';
import { T2_CELL_IDS } from '../template/table2';
import { T4_GROUPS } from '../template/table4';

/** A change by more than this factor wants a sentence of explanation. */
export const JUMP_FACTOR = 5;
/** Below this (the larger of the two years) a jump is small numbers moving (2 → 11), not news. */
const MIN_MAGNITUDE = 20;

/** The figures compared: table 二 counts (not 现行有效, which X-VALID follows), new applications, table 四 totals. */
const JUMP_CELL_IDS: readonly string[] = [...T2_CELL_IDS.filter((id) => !id.endsWith('.valid')), 't3.r1.tot', ...T4_GROUPS.map((g) => `t4.${g.id}.total`)];

const msg = defineMessages({
  up: {
    'zh-CN': '{cell} 本年为 {now}，上年（{file}）为 {prev}，增长到 {ratio} 倍：请在报告中说明原因',
    en: '{cell} is {now} this year and was {prev} last year ({file}): {ratio} times as much; explain the change in the report',
  },
  down: {
    'zh-CN': '{cell} 本年为 {now}，上年（{file}）为 {prev}，降到上年的 {ratio} 分之一：请在报告中说明原因',
    en: '{cell} is {now} this year and was {prev} last year ({file}): down to 1/{ratio}; explain the change in the report',
  },
  related: { 'zh-CN': '上年{cell}：{value}', en: 'Last year\'s {cell}: {value}' },
});

const round = (x: number) => (x >= 10 ? String(Math.round(x)) : x.toFixed(1));

export default defineRule({
  meta: {
    code: 'X-JUMP',
    title: { 'zh-CN': '与上年相比变化超过五倍的数字', en: 'Figures that changed more than fivefold from last year' },
    description: {
      'zh-CN':
        '把表二的制发、废止、处理决定数量和收费金额，表三“本年新收”总计，表四各组总计，与同一机关上一年度报告比较：增长或下降超过五倍（且较大的一年不小于 20）时给出提示并列出两年的数字。这类变化常常是填错了栏目或单位，真实的变化也应在报告中说明原因。现行有效件数的衔接由 X-VALID 检查。',
      en: 'Table II issued, repealed, decisions and fees, Table III new applications and the Table IV totals are compared with the agency\'s previous report: a change of more than fivefold (the larger year at least 20) gives an info with both years\' values. Such jumps are often a wrong column or unit; real ones deserve a sentence of explanation. Currently valid counts are X-VALID\'s.',
    },
    severity: 'info',
    fix: 'none',
    tags: ['cross-year'],
    example: '2024 年：行政许可 本年处理决定数量 4500   ← 2023 年为 600',
  },
  check(ctx) {
    const { model, locale } = ctx;
    const prev = ctx.lastYear;
    if (!prev) return;
    const file = fileLabel(prev.uri);
    for (const id of JUMP_CELL_IDS) {
      const here = model.cells.get(id);
      const there = prev.cells.get(id);
      if (!here?.range || here.value === null || !there || there.value === null) continue;
      const [now, before] = [here.value, there.value];
      if (now <= 0 || before <= 0 || Math.max(now, before) < MIN_MAGNITUDE) continue;
      const ratio = now > before ? now / before : before / now;
      if (ratio <= JUMP_FACTOR) continue;
      const cell = cellName(id, locale);
      ctx.report({
        message: msg(locale, now > before ? 'up' : 'down', { cell, now, prev: before, file, ratio: round(ratio) }),
        range: here.range,
        cellId: id,
        relatedInformation: there.range ? [{ uri: prev.uri, range: there.range, message: msg(locale, 'related', { cell, value: before }) }] : [],
      });
    }
  },
});
