import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { cellName } from '../i18n/names';
import { T4_CELL_IDS } from '../template/table4';
import { claimsOf } from '../narrative/claims';
import { relatedCell } from '../rule-helpers/claim-rule';
import { cellValue, type CellValue } from '../narrative/cells';

const msg = defineMessages({
  message: {
    'zh-CN': '正文称未发生政府信息公开行政复议、行政诉讼，但表四{cells}',
    en: 'The text says there was no administrative review or litigation, but in Table IV {cells}',
  },
  cell: { 'zh-CN': '“{cell}”为 {value}', en: '"{cell}" is {value}' },
});

const TOTALS = ['t4.rev.total', 't4.lit_direct.total', 't4.lit_after.total'];

export default defineRule({
  meta: {
    code: 'N-NO-DISPUTE',
    title: { 'zh-CN': '正文称无复议诉讼时表四应为 0', en: '"No review or litigation" matches Table IV' },
    description: {
      'zh-CN': '正文写“未发生因政府信息公开引起的行政复议、行政诉讼”时，表四的 15 个数字（至少三个总计）应全为 0。不为 0 时给出警告，并列出非零的单元格。',
      en: 'When the text says there was no administrative review or litigation, all 15 numbers of Table IV (at least the three totals) should be 0. Otherwise a warning listing the non-zero cells.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['narrative', 'table4'],
    example: '全年未发生因政府信息公开工作被申请行政复议或提起行政诉讼的情况。   ← 表四“行政复议·总计”为 1',
  },
  check(ctx) {
    const { model, locale } = ctx;
    const claims = claimsOf(model, 'noDispute');
    if (!claims.length) return;
    const values = T4_CELL_IDS.map((id) => cellValue(model, id)).filter((v): v is CellValue => v !== null);
    const nonZeroTotals = values.filter((v) => TOTALS.includes(v.cellId) && v.value !== 0);
    // Totals first; a non-zero part under a zero total (a broken sum) counts too.
    const nonZero = nonZeroTotals.length ? nonZeroTotals : values.filter((v) => v.value !== 0);
    if (!nonZero.length) return;
    const cells = nonZero.map((v) => msg(locale, 'cell', { cell: cellName(v.cellId, locale), value: v.value })).join(locale === 'en' ? ', ' : '、');
    for (const claim of claims) {
      ctx.report({
        message: msg(locale, 'message', { cells }),
        range: claim.range,
        relatedInformation: nonZero.flatMap((v) => relatedCell(ctx, v)),
        cellId: nonZero[0]!.cellId,
      });
    }
  },
});
