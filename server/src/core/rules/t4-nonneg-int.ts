import { defineRule } from './rule';
import { cellName } from '../i18n/names';
import { format } from '../i18n/messages';

export default defineRule({
  meta: {
    code: 'T4-NONNEG-INT',
    title: { 'zh-CN': '表四数字为非负整数', en: 'Table IV numbers are whole numbers ≥ 0' },
    description: { 'zh-CN': '表四统计案件数，15 个数字都必须是不小于 0 的整数。', en: 'Table IV counts cases: all 15 numbers must be whole numbers ≥ 0.' },
    severity: 'error',
    fixable: false,
    tags: ['table4'],
  },
  check(ctx) {
    for (const cell of ctx.model.cells.values()) {
      if (!cell.id.startsWith('t4.') || cell.value === null || !cell.range) continue;
      if (cell.value >= 0 && Number.isInteger(cell.value)) continue;
      ctx.report({ message: format(ctx.locale, 'T4-NONNEG-INT', { cell: cellName(cell.id, ctx.locale), raw: cell.raw ?? '' }), range: cell.range, cellId: cell.id });
    }
  },
});
