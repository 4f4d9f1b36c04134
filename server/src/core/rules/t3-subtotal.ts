import { defineRule } from './rule';
import { cellName, t3RowName } from '../i18n/names';
import { format } from '../i18n/messages';

export default defineRule({
  meta: {
    code: 'T3-SUBTOTAL',
    title: { 'zh-CN': '“小计”等于其组成之和', en: 'Subtotals equal their parts' },
    description: {
      'zh-CN': '部分报告在“法人或其他组织”下加了“小计”列（8 列变体）。小计必须等于商业企业、科研机构、社会公益组织、法律服务机构、其他五列之和。',
      en: 'Some reports add a subtotal column for organisations (8-column variant); it must equal the five organisation columns.',
    },
    severity: 'error',
    fix: 'safe',
    tags: ['table3', 'arithmetic'],
  },
  check(ctx) {
    const t3 = ctx.model.t3;
    if (!t3?.hasSubtotalColumn) return;
    for (const [row, token] of t3.subtotals) {
      if (token.value === null) continue;
      const parts = ['biz', 'sci', 'ngo', 'law', 'oth'].map((c) => ctx.model.cells.get(`t3.${row}.${c}`)?.value);
      if (parts.some((p) => p === null || p === undefined)) continue;
      const expected = parts.reduce<number>((a, p) => a + (p ?? 0), 0);
      if (expected === token.value) continue;
      ctx.report({
        message: format(ctx.locale, 'T3-SUBTOTAL', { total: `${t3RowName(row, ctx.locale)}·小计`, actual: token.value, expected }),
        range: token.range,
        fixes: [{ title: format(ctx.locale, 'fix.recompute', { cell: `${cellName(`t3.${row}.oth`, ctx.locale).split('·')[0]}·小计`, value: expected }), edits: [{ range: token.range, newText: String(expected) }], isPreferred: true, kind: 'safe' }],
      });
    }
  },
});
