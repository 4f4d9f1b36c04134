import { defineRule } from './rule';
import { cellName, t3RowName } from '../i18n/names';
import { defineMessages } from '../i18n/messages';
import { analyseEquations, exactValue, formatExact } from '../rule-helpers/equations';
import { setCellFixTitle } from '../rule-helpers/sum-report';

const msg = defineMessages({
  message: { 'zh-CN': '{total} 为 {actual}，但其组成之和为 {expected}', en: '{total} is {actual}, but its parts add up to {expected}' },
});

const ORG_COLUMNS = ['biz', 'sci', 'ngo', 'law', 'oth'] as const;

export default defineRule({
  meta: {
    code: 'T3-SUBTOTAL',
    title: { 'zh-CN': '“小计”等于其组成之和', en: 'Subtotals equal their parts' },
    description: {
      'zh-CN': '部分报告在“法人或其他组织”下加了“小计”列（8 列变体）。小计必须等于商业企业、科研机构、社会公益组织、法律服务机构、其他五列之和。只有这五个数字都被表三的其他加总（行总计、列合计）证实无误时，才可一键（含“全部修复”）重写小计；否则重写小计只作为单独的快速修复。',
      en: 'Some reports add a subtotal column for organisations (8-column variant); it must equal the five organisation columns. The subtotal is rewritten by fix-all only when the other sums of Table III confirm those five figures; otherwise rewriting it is a separate quick fix.',
    },
    severity: 'error',
    fix: 'safe',
    tags: ['table3', 'arithmetic'],
  },
  check(ctx) {
    const t3 = ctx.model.t3;
    if (!t3?.hasSubtotalColumn) return;
    const { states } = analyseEquations(ctx.model).t3;
    for (const [row, token] of t3.subtotals) {
      const actual = exactValue(token);
      if (token.value === null || actual === null) continue;
      const ids = ORG_COLUMNS.map((c) => `t3.${row}.${c}`);
      const parts = ids.map((id) => exactValue(ctx.model.cells.get(id)));
      if (parts.some((p) => p === null)) continue;
      const expected = parts.reduce<bigint>((a, p) => a + p!, 0n);
      if (expected === actual) continue;
      // The parts are confirmed when every sum they take part in (their row, their column) is checked and holds.
      const confirmed = ids.every((id) => {
        const mine = states.filter((s) => s.eq.terms.some((t) => t.cell === id));
        return mine.length >= 2 && mine.every((s) => s.exact === 0n);
      });
      const text = formatExact(expected);
      const cell = `${cellName(`t3.${row}.oth`, ctx.locale).split(ctx.locale === 'en' ? ' · ' : '·')[0]}${ctx.locale === 'en' ? ' · ' : '·'}${ctx.locale === 'en' ? 'subtotal' : '小计'}`;
      const kind = confirmed ? 'safe' : 'unsafe';
      ctx.report({
        message: msg(ctx.locale, 'message', { total: `${t3RowName(row, ctx.locale)}·小计`, actual: formatExact(actual), expected: text }),
        range: token.range,
        fixes: [{ title: setCellFixTitle(ctx.locale, kind, cell, text), edits: [{ range: token.range, newText: text }], isPreferred: confirmed, kind }],
      });
    }
  },
});
