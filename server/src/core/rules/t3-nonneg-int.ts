import { defineRule } from './rule';
import { reportNonIntegerCells } from '../rule-helpers/non-integer';

export default defineRule({
  meta: {
    code: 'T3-NONNEG-INT',
    title: { 'zh-CN': '表三数字为非负整数', en: 'Table III numbers are whole numbers ≥ 0' },
    description: {
      'zh-CN': '表三统计的是申请件数，每个数字都必须是不小于 0 的整数，不能有小数或负数。',
      en: 'Table III counts applications: every number must be a whole number ≥ 0.',
    },
    severity: 'error',
    fix: 'none',
    tags: ['table3'],
  },
  check(ctx) {
    reportNonIntegerCells(ctx, 't3');
  },
});
