import { claimRule } from '../rule-helpers/claim-rule';
import { t3Total } from '../narrative/cells';
import type { Localized } from './rule';

/** What the rule says when the text and the table disagree (claimRule fills in the numbers). */
const MESSAGE: Localized = {
  'zh-CN': '正文称收到和处理申请 {stated} 件，但表三本年新收为 {r1}、新收与上年结转之和为 {r12}、办理结果总计为 {r37}，都不相符',
  en: 'The text says {stated} applications were received and handled, but Table III shows {r1} new, {r12} new plus carried over, and {r37} handled; none matches',
};

const sum = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? null : a + b);

export default claimRule(
  {
    code: 'N-RECV-AND-HANDLE',
    title: { 'zh-CN': '正文所述“收到和处理”申请数与表三一致', en: 'Applications "received and handled": the text matches Table III' },
    description: {
      'zh-CN':
        '“共收到和处理政府信息公开申请 N 件”既可指本年新收，也可指新收加上年结转，或本年办理结果总计；N 与这三个数都不相符时给出警告（正文口径可能不同，故为警告）。',
      en: '"Received and handled N applications" may mean new applications, new plus carried-over ones, or all concluded ones; a warning is given when N matches none of the three (the text may use another scope).',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['narrative', 'table3'],
    example: '全区共收到和处理政府信息公开申请 20 件。   ← 表三新收 18、上年结转 0、办理结果总计 18',
  },
  ['recvHandle'],
  {
    target: (m) => t3Total(m, 'r1'),
    alsoAccept: (m) => [sum(t3Total(m, 'r1')?.value, t3Total(m, 'r2')?.value), t3Total(m, 'r3_7')?.value ?? null],
    message: MESSAGE,
    params: (_c, t, ctx) => {
      const r2 = t3Total(ctx.model, 'r2')?.value;
      return { r1: t.value, r12: r2 === undefined ? '—' : t.value + r2, r37: t3Total(ctx.model, 'r3_7')?.value ?? '—' };
    },
  },
);
