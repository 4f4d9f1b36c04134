import { defineRule } from './rule';
import { cellName } from '../i18n/names';
import { defineMessages } from '../i18n/messages';

const msg = defineMessages({
  message: { 'zh-CN': '{cell} 为 {raw}，应为不小于 0 的{kind}', en: '{cell} is {raw}; it must be a {kind} ≥ 0' },
  int: { 'zh-CN': '整数', en: 'whole number' },
  number: { 'zh-CN': '数字', en: 'number' },
});

export default defineRule({
  meta: {
    code: 'T2-NONNEG',
    title: { 'zh-CN': '表二数字非负', en: 'Table II numbers are ≥ 0' },
    description: {
      'zh-CN': '表二的 9 个件数必须是不小于 0 的整数；收费金额以万元为单位，可以有小数，但不能为负。',
      en: 'The nine counts of Table II must be whole numbers ≥ 0; the fee (in 10,000 yuan) may be decimal but not negative.',
    },
    severity: 'error',
    fix: 'none',
    tags: ['table2'],
  },
  check(ctx) {
    for (const cell of ctx.model.cells.values()) {
      if (!cell.id.startsWith('t2.') || cell.value === null || !cell.range) continue;
      const isFee = cell.id === 't2.fee.amount_wan';
      if (cell.value >= 0 && (isFee || Number.isInteger(cell.value))) continue;
      ctx.report({
        message: msg(ctx.locale, 'message', {
          cell: cellName(cell.id, ctx.locale),
          raw: cell.raw ?? '',
          kind: msg(ctx.locale, isFee ? 'number' : 'int'),
        }),
        range: cell.range,
        cellId: cell.id,
      });
    }
  },
});
