/** T4-REV, T4-LITD, T4-LITA: the three group totals of table 四 (spec §3.2). */
import { defineRule, type Rule } from './rule';
import { analyseEquations } from '../rule-helpers/equations';
import { partsOf, reportFailedEquations, shownValue } from '../rule-helpers/sum-report';
import { cellName, tableName } from '../i18n/names';
import { claimsOf } from '../narrative/claims';
import type { ReportModel } from '../model';
import type { Locale } from '../types';
import { exactPartsSum, exactValue, SCALE } from '../rule-helpers/equations';
import { defineMessages } from '../i18n/messages';

const msg = defineMessages({
  'prose-parts': { 'zh-CN': '；正文所述行政复议 {value} 件与四项之和一致，更可能是总计有误', en: '; the text says {value} reviews, as the outcomes add up: the total is the more likely error' },
  'prose-total': { 'zh-CN': '；正文所述行政复议 {value} 件与总计一致，更可能是某一项结果有误', en: '; the text says {value} reviews, as the total does: an outcome is the more likely error' },
  eq: { 'zh-CN': '{total} 应等于 结果维持、结果纠正、其他结果、尚未审结之和 = {sum}', en: '{total} should equal upheld + corrected + other + pending = {sum}' },
  message: { 'zh-CN': '{group} 的五个数字中有一个有误：{total} 为 {actual}，但结果维持、结果纠正、其他结果、尚未审结之和为 {expected}', en: 'One of the five {group} figures is wrong: {total} is {actual}, but upheld + corrected + other + pending is {expected}' },
});

/**
 * What the prose says about the group's total, when it says one number (only 行政复议 has its
 * own claim; litigation claims add up two groups). Agreeing with the parts points at the total,
 * agreeing with the total points at a part — a hint for the person, never a proof for fix-all.
 */
function proseHint(model: ReportModel, group: string, locale: Locale): string {
  if (group !== 'rev') return '';
  const values = [...new Set(claimsOf(model, 'review').map((c) => c.value).filter((v): v is number => v !== null))];
  if (values.length !== 1) return '';
  const said = BigInt(values[0]!) * SCALE;
  const total = exactValue(model.cells.get('t4.rev.total'));
  const parts = exactPartsSum(model.cells, { code: '', key: '', target: '', terms: [{ cell: 't4.rev.total', coef: 1 }, ...['upheld', 'corrected', 'other', 'pending'].map((p) => ({ cell: `t4.rev.${p}`, coef: -1 as const }))] });
  if (said === parts && said !== total) return msg(locale, 'prose-parts', { value: values[0]! });
  if (said === total && said !== parts) return msg(locale, 'prose-total', { value: values[0]! });
  return '';
}

function sumRule(code: string, group: string, zh: string, en: string): Rule {
  return defineRule({
    meta: {
      code,
      title: { 'zh-CN': `${zh}总计等于四项结果之和`, en: `${en} total equals its four outcomes` },
      description: {
        'zh-CN': `表四“${zh}”的总计必须等于结果维持、结果纠正、其他结果、尚未审结四项之和。表四每个数字只出现在一个加总里，数字本身无法证明是总计错了还是某一分项错了，所以从不自动修复：诊断列出五个可能有误的数字，每个都可作为单独的快速修复（标题写明所作的假设）。`,
        en: `In Table IV the ${en} total must equal upheld + corrected + other + pending. Each figure takes part in this one sum only, so the numbers cannot prove whether the total or an outcome is wrong: nothing is fixed automatically; each of the five figures is offered as a separate quick fix whose title states the assumption.`,
      },
      severity: 'error',
      fix: 'unsafe',
      tags: ['table4', 'arithmetic'],
    },
    check(ctx) {
      reportFailedEquations(ctx, code, analyseEquations(ctx.model).t4, (s) => {
        const { sum } = partsOf(ctx.model, s);
        const total = cellName(`t4.${group}.total`, ctx.locale);
        const groupName = `${tableName('t4', ctx.locale)}${ctx.locale === 'en' ? ' · ' : '·'}${ctx.locale === 'en' ? en : zh}`;
        return {
          message: msg(ctx.locale, 'message', { group: groupName, total, actual: shownValue(ctx.model, s.eq.target), expected: sum }) + proseHint(ctx.model, group, ctx.locale),
          equation: msg(ctx.locale, 'eq', { total, sum }),
          namesSuspects: true,
        };
      });
    },
  });
}

export const t4Rev = sumRule('T4-REV', 'rev', '行政复议', 'administrative review');
export const t4LitDirect = sumRule('T4-LITD', 'lit_direct', '未经复议直接起诉', 'litigation without review');
export const t4LitAfter = sumRule('T4-LITA', 'lit_after', '复议后起诉', 'litigation after review');
