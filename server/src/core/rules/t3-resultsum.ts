import { defineRule } from './rule';
import { analyseEquations } from './equations';
import { partsOf, reportFailedEquations } from './sum-report';
import { cellName } from '../i18n/names';
import { format } from '../i18n/messages';

export default defineRule({
  meta: {
    code: 'T3-RESULTSUM',
    title: { 'zh-CN': '（七）总计等于各办理结果之和', en: '(7) Total equals the sum of the handling results' },
    description: {
      'zh-CN': '每一列的“（七）总计”必须等于 21 个办理结果小项之和：（一）＋（二）＋（三）1–8＋（四）1–3＋（五）1–5＋（六）1–3。（三）（四）（五）（六）是分组名称，没有自己的数字，不能重复相加。快速修复按各小项之和重写（七）。',
      en: 'In every column, (7) Total must equal the sum of the 21 leaf result rows. The group labels (3)–(6) carry no numbers and are not added again. The quick fix rewrites (7).',
    },
    severity: 'error',
    fix: 'safe',
    tags: ['table3', 'arithmetic'],
  },
  check(ctx) {
    const { t3 } = analyseEquations(ctx.model);
    reportFailedEquations(ctx, 'T3-RESULTSUM', t3, (s) => {
      const { cells, sum: expected } = partsOf(ctx.model, s);
      return {
        message: format(ctx.locale, 'T3-RESULTSUM', {
          total: cellName(s.eq.target, ctx.locale),
          actual: ctx.model.cells.get(s.eq.target)?.value ?? '',
          expected,
        }),
        related: cells.filter((c) => (ctx.model.cells.get(c)?.value ?? 0) !== 0),
      };
    });
  },
});
