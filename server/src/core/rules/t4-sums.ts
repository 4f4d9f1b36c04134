/** T4-REV, T4-LITD, T4-LITA: the three group totals of table 四 (spec §3.2). */
import { defineRule, type Rule } from './rule';
import { analyseEquations } from './equations';
import { partsOf, reportFailedEquations } from './sum-report';
import { cellName } from '../i18n/names';
import { format } from '../i18n/messages';

function sumRule(code: string, group: string, zh: string, en: string): Rule {
  return defineRule({
    meta: {
      code,
      title: { 'zh-CN': `${zh}总计等于四项结果之和`, en: `${en} total equals its four outcomes` },
      description: {
        'zh-CN': `表四“${zh}”的总计必须等于结果维持、结果纠正、其他结果、尚未审结四项之和。快速修复按四项之和重写总计。`,
        en: `In Table IV the ${en} total must equal upheld + corrected + other + pending. The quick fix rewrites the total.`,
      },
      severity: 'error',
      fix: 'safe',
      tags: ['table4', 'arithmetic'],
    },
    check(ctx) {
      reportFailedEquations(ctx, code, analyseEquations(ctx.model).t4, (s) => {
        const { cells: parts, sum } = partsOf(ctx.model, s);
        return {
          message: format(ctx.locale, 'T4-SUM', {
            total: cellName(`t4.${group}.total`, ctx.locale),
            actual: ctx.model.cells.get(s.eq.target)?.value ?? '',
            expected: sum,
          }),
          related: parts,
        };
      });
    },
  });
}

export const t4Rev = sumRule('T4-REV', 'rev', '行政复议', 'administrative review');
export const t4LitDirect = sumRule('T4-LITD', 'lit_direct', '未经复议直接起诉', 'litigation without review');
export const t4LitAfter = sumRule('T4-LITA', 'lit_after', '复议后起诉', 'litigation after review');
