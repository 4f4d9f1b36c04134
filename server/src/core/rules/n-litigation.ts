import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { claimsOf } from '../narrative/claims';
import { relatedCell } from '../rule-helpers/claim-rule';
import { cellValue } from '../narrative/cells';

const msg = defineMessages({
  message: {
    'zh-CN': '正文称政府信息公开行政诉讼 {stated} 件，但表四未经复议直接起诉 {direct} 件 + 复议后起诉 {after} 件 = {value} 件',
    en: 'The text says there were {stated} lawsuits, but Table IV has {direct} without review + {after} after review = {value}',
  },
});

export default defineRule({
  meta: {
    code: 'N-LITIGATION',
    title: { 'zh-CN': '正文所述行政诉讼数与表四一致', en: 'Lawsuits: the text matches Table IV' },
    description: {
      'zh-CN': '读取“行政诉讼 N 件”“被起诉 N 件”一类表述，与表四“未经复议直接起诉·总计”加“复议后起诉·总计”比较（表四没有诉讼合计栏；误差为 0），不一致时给出警告。',
      en: 'Reads "N lawsuits" in the text and compares N with Table IV "litigation without review · total" plus "litigation after review · total" (Table IV has no overall litigation total; tolerance 0); a mismatch is a warning.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['narrative', 'table4'],
    example: '因政府信息公开引起的行政诉讼案件 7 件。   ← 表四直接起诉总计 5 + 复议后起诉总计 1 = 6',
  },
  check(ctx) {
    const { model, locale } = ctx;
    const direct = cellValue(model, 't4.lit_direct.total');
    const after = cellValue(model, 't4.lit_after.total');
    if (!direct || !after) return;
    const total = direct.value + after.value;
    for (const claim of claimsOf(model, 'litigation')) {
      if (claim.value === null || claim.value === total) continue;
      ctx.report({
        message: msg(locale, 'message', { stated: claim.value, direct: direct.value, after: after.value, value: total }),
        range: claim.range,
        relatedInformation: [...relatedCell(ctx, direct), ...relatedCell(ctx, after)],
        cellId: direct.cellId,
      });
    }
  },
});
