import { defineRule } from './rule';
import { analyseEquations } from './equations';
import { partsOf, reportFailedEquations } from './sum-report';
import { cellName } from '../i18n/names';
import { format } from '../i18n/messages';

export default defineRule({
  meta: {
    code: 'T3-ROWSUM',
    title: { 'zh-CN': '表三行总计等于各申请人类型之和', en: 'Table III row total equals the applicant columns' },
    description: {
      'zh-CN': '表三每一行的“总计”必须等于自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他六列之和。快速修复按六列之和重写总计；若某一个数字能同时解释多处不平，诊断落在这个数字上。',
      en: 'In Table III every row total must equal the sum of its six applicant columns. The quick fix rewrites the total; when one number explains several failed sums, the diagnostic points at that number.',
    },
    severity: 'error',
    fix: 'safe',
    tags: ['table3', 'arithmetic'],
    example: '一、本年新收…\t2\t0\t0\t0\t0\t1\t2   ← 总计应为 3',
  },
  check(ctx) {
    const { t3 } = analyseEquations(ctx.model);
    reportFailedEquations(ctx, 'T3-ROWSUM', t3, (s) => {
      const { cells, sum: expected } = partsOf(ctx.model, s);
      return {
        message: format(ctx.locale, 'T3-ROWSUM', {
          total: cellName(s.eq.target, ctx.locale),
          actual: ctx.model.cells.get(s.eq.target)?.value ?? '',
          partsName: format(ctx.locale, 'T3-ROWSUM.parts'),
          expected,
        }),
        related: cells,
      };
    });
  },
});
