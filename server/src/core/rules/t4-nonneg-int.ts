import { defineRule } from './rule';
import { reportNonIntegerCells } from '../rule-helpers/non-integer';

export default defineRule({
  meta: {
    code: 'T4-NONNEG-INT',
    title: { 'zh-CN': '表四数字为非负整数', en: 'Table IV numbers are whole numbers ≥ 0' },
    description: { 'zh-CN': '表四统计案件数，15 个数字都必须是不小于 0 的整数。', en: 'Table IV counts cases: all 15 numbers must be whole numbers ≥ 0.' },
    severity: 'error',
    fix: 'none',
    tags: ['table4'],
  },
  check(ctx) {
    reportNonIntegerCells(ctx, 't4');
  },
});
