import { defineRule } from './rule';
import { cellName } from '../i18n/names';
import { format } from '../i18n/messages';

export default defineRule({
  meta: {
    code: 'T3-NONNEG-INT',
    title: { 'zh-CN': '表三数字为非负整数', en: 'Table III numbers are whole numbers ≥ 0' },
    description: {
      'zh-CN': '表三统计的是申请件数，每个数字都必须是不小于 0 的整数，不能有小数或负数。',
      en: 'Table III counts applications: every number must be a whole number ≥ 0.',
    },
    severity: 'error',
    fixable: false,
    tags: ['table3'],
  },
  check(ctx) {
    for (const cell of ctx.model.cells.values()) {
      if (!cell.id.startsWith('t3.') || cell.value === null || !cell.range) continue;
      if (cell.value >= 0 && Number.isInteger(cell.value)) continue;
      ctx.report({ message: format(ctx.locale, 'T3-NONNEG-INT', { cell: cellName(cell.id, ctx.locale), raw: cell.raw ?? '' }), range: cell.range, cellId: cell.id });
    }
  },
});
