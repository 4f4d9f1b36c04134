import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { cellName, t3ColumnName } from '../i18n/names';
import { fileLabel } from '../last-year';
import { T3_COLUMN_IDS } from '../template/table3';

const msg = defineMessages({
  message: {
    'zh-CN': '表三“上年结转·{column}”为 {value}，但上年报告（{file}）“结转下年度继续办理·{column}”为 {prev}；如对上年数字作了更正，请在报告中说明',
    en: 'Table III "carried over from last year · {column}" is {value}, but last year\'s report ({file}) carried {prev} over to this year; explain any correction in the report',
  },
  related: { 'zh-CN': '上年报告：{cell} = {value}', en: 'Last year\'s report: {cell} = {value}' },
});

const COLUMNS = T3_COLUMN_IDS;

export default defineRule({
  meta: {
    code: 'X-CARRY',
    title: { 'zh-CN': '上年结转等于上年报告的结转下年度', en: 'Carried over from last year matches last year\'s report' },
    description: {
      'zh-CN':
        '表三“二、上年结转政府信息公开申请数量”每一列应等于同一机关上一年度报告表三“四、结转下年度继续办理”的同一列。上一年度报告需在编辑器中打开、放在同一文件夹中，或在命令行一并检查；按标题中的机关名称和年份配对。机关有时会更正上年数字，所以只给警告，并请在报告中说明。',
      en: 'Each column of Table III "II. Carried over from last year" should equal the same column of "IV. Carried over to next year" in the same agency\'s report for the previous year (last year\'s report is found when it is open in the editor, lies in the same folder, or is given on the command line; reports are paired by agency name and year). Agencies sometimes correct last year\'s figure, so this is a warning asking for an explanation.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['cross-year', 'table3'],
    example: '2024 年报告：二、上年结转…\t0\t…\t0   ← 2023 年报告：四、结转下年度继续办理…总计 3',
  },
  check(ctx) {
    const { model, locale } = ctx;
    const prev = ctx.lastYear;
    if (!prev) return;
    const file = fileLabel(prev.uri);
    for (const col of COLUMNS) {
      const here = model.cells.get(`t3.r2.${col}`);
      const there = prev.cells.get(`t3.r4.${col}`);
      if (!here?.range || here.value === null || !there || there.value === null || here.value === there.value) continue;
      ctx.report({
        message: msg(locale, 'message', { column: t3ColumnName(col, locale), value: here.value, prev: there.value, file }),
        range: here.range,
        relatedInformation: there.range
          ? [{ uri: prev.uri, range: there.range, message: msg(locale, 'related', { cell: cellName(`t3.r4.${col}`, locale), value: there.value }) }]
          : [],
        cellId: here.id,
      });
    }
  },
});
