import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { cellName } from '../i18n/names';
import { fileLabel } from '../last-year';

const msg = defineMessages({
  message: {
    'zh-CN': '“{cell}”为 {valid}，按上年报告（{file}）现行有效 {prevValid} + 本年制发 {issued} − 本年废止 {repealed} 应为 {expected}，相差 {diff}；如有失效、清理等情况请在报告中说明',
    en: '"{cell}" is {valid}, but last year\'s report ({file}) had {prevValid}: {prevValid} + {issued} issued − {repealed} repealed = {expected}, a difference of {diff}; explain expiries or clean-ups in the report',
  },
  related: { 'zh-CN': '上年报告：{cell} = {value}', en: 'Last year\'s report: {cell} = {value}' },
});

export default defineRule({
  meta: {
    code: 'X-VALID',
    title: { 'zh-CN': '现行有效件数与上年报告衔接', en: 'Currently valid documents follow on from last year' },
    description: {
      'zh-CN':
        '对“规章”和“行政规范性文件”两行，本年现行有效件数一般应等于上年报告的现行有效件数加本年制发件数减本年废止件数。失效、清理、修订的统计口径各地不同，所以只给警告并报告差额，请在报告中说明原因。上一年度报告需在编辑器中打开、放在同一文件夹中，或在命令行一并检查；按标题中的机关名称和年份配对。',
      en: 'For rules and normative documents, currently valid this year should usually equal last year\'s currently valid plus issued minus repealed this year. Expiry, clean-ups and revisions are counted differently from place to place, so this is a warning that reports the difference. Last year\'s report is found when it is open in the editor, lies in the same folder, or is given on the command line (paired by agency name and year).',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['cross-year', 'table2'],
    example: '2024 年：行政规范性文件\t62\t33\t440   ← 2023 年现行有效 470：470 + 62 − 33 = 499',
  },
  check(ctx) {
    const { model, locale } = ctx;
    const prev = ctx.lastYear;
    if (!prev) return;
    const file = fileLabel(prev.uri);
    for (const row of ['regulation', 'normative'] as const) {
      const valid = model.cells.get(`t2.${row}.valid`);
      const issued = model.cells.get(`t2.${row}.issued`)?.value;
      const repealed = model.cells.get(`t2.${row}.repealed`)?.value;
      const prevValid = prev.cells.get(`t2.${row}.valid`);
      if (!valid?.range || valid.value === null || issued == null || repealed == null || !prevValid || prevValid.value === null) continue;
      const expected = prevValid.value + issued - repealed;
      if (valid.value === expected) continue;
      const diff = valid.value - expected;
      ctx.report({
        message: msg(locale, 'message', {
          cell: cellName(valid.id, locale),
          valid: valid.value,
          file,
          prevValid: prevValid.value,
          issued,
          repealed,
          expected,
          diff: diff > 0 ? `+${diff}` : `−${-diff}`,
        }),
        range: valid.range,
        relatedInformation: prevValid.range
          ? [{ uri: prev.uri, range: prevValid.range, message: msg(locale, 'related', { cell: cellName(`t2.${row}.valid`, locale), value: prevValid.value }) }]
          : [],
        cellId: valid.id,
        expected,
      });
    }
  },
});
