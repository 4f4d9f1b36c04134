import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { cellName } from '../i18n/names';
import { claimsOf } from '../narrative/claims';
import { relatedCell, claimText } from '../rule-helpers/claim-rule';
import { t3ColumnSum, t3Total } from '../narrative/cells';

const msg = defineMessages({
  message: {
    'zh-CN': '正文称未收到政府信息公开申请，但表三“{cell}”为 {value}{hint}',
    en: 'The text says no applications were received, but Table III "{cell}" is {value}{hint}',
  },
});

export default defineRule({
  meta: {
    code: 'N-ZERO-APPS',
    title: { 'zh-CN': '正文称未收到申请时表三应为 0', en: '"No applications received" matches Table III' },
    description: {
      'zh-CN': '正文写“未收到政府信息公开申请”“无依申请公开事项”“申请数量为零”时，表三“一、本年新收·总计”应为 0。不为 0 时给出警告：要么正文是沿用的旧文字，要么表格填错。',
      en: 'When the text says no applications were received, Table III "I. New applications · total" should be 0. Otherwise a warning: either the text was copied from an older report or the table is wrong.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['narrative', 'table3'],
    example: '2024年我街道未收到政府信息公开申请。   ← 表三“一、本年新收…·总计”为 2',
  },
  check(ctx) {
    const { model, locale } = ctx;
    for (const claim of claimsOf(model, 'zeroApps')) {
      const r1 = t3Total(model, 'r1');
      if (!r1) continue;
      // A zero 总计 whose own columns are not zero contradicts the text as well.
      const sum = t3ColumnSum(model, 'r1');
      const value = r1.value !== 0 ? r1.value : sum !== null && sum !== 0 ? sum : 0;
      if (value === 0) continue;
      const hint = r1.value === 0 ? claimText(locale, 'hint.colsum', { sum: value }) : r1.computed ? claimText(locale, 'hint.computed') : '';
      ctx.report({
        message: msg(locale, 'message', { cell: cellName(r1.cellId, locale), value: r1.value, hint }),
        range: claim.range,
        relatedInformation: relatedCell(ctx, r1),
        cellId: r1.cellId,
      });
    }
  },
});
