import { defineRule } from './rule';
import { analyseEquations } from '../rule-helpers/equations';
import { partsOf, reportFailedEquations, shownValue } from '../rule-helpers/sum-report';
import { cellName } from '../i18n/names';
import { defineMessages } from '../i18n/messages';

const msg = defineMessages({
  message: { 'zh-CN': '{total} 为 {actual}，但各办理结果之和为 {expected}', en: '{total} is {actual}, but the handling results add up to {expected}' },
  eq: { 'zh-CN': '{total} 应等于 （一）至（六）各项之和 = {sum}', en: '{total} should equal the results (1) to (6) = {sum}' },
});

export default defineRule({
  meta: {
    code: 'T3-RESULTSUM',
    title: { 'zh-CN': '（七）总计等于各办理结果之和', en: '(7) Total equals the sum of the handling results' },
    description: {
      'zh-CN': '每一列的“（七）总计”必须等于 21 个办理结果小项之和：（一）＋（二）＋（三）1–8＋（四）1–3＋（五）1–5＋（六）1–3。（三）（四）（五）（六）是分组名称，没有自己的数字，不能重复相加。只有表三的加总关系证明恰好是（七）有误时才自动重写（七）；否则列出可能有误的数字供选择（见 T3-ROWSUM）。',
      en: 'In every column, (7) Total must equal the sum of the 21 leaf result rows. The group labels (3)–(6) carry no numbers and are not added again. (7) is rewritten automatically only when the sums of Table III prove it is the wrong cell; otherwise the cells that could be wrong are offered one by one (see T3-ROWSUM).',
    },
    severity: 'error',
    fix: 'safe',
    tags: ['table3', 'arithmetic'],
  },
  check(ctx) {
    const { t3 } = analyseEquations(ctx.model);
    reportFailedEquations(ctx, 'T3-RESULTSUM', t3, (s) => {
      const { sum } = partsOf(ctx.model, s);
      const total = cellName(s.eq.target, ctx.locale);
      return {
        message: msg(ctx.locale, 'message', { total, actual: shownValue(ctx.model, s.eq.target), expected: sum }),
        equation: msg(ctx.locale, 'eq', { total, sum }),
      };
    });
  },
});
