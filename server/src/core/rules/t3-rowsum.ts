import { defineRule } from './rule';
import { analyseEquations } from '../rule-helpers/equations';
import { partsOf, reportFailedEquations, shownValue } from '../rule-helpers/sum-report';
import type { RuleContext } from './rule';
import type { EquationAnalysis } from '../rule-helpers/equations';
import type { Fix } from '../types';
import { cellName } from '../i18n/names';
import { defineMessages } from '../i18n/messages';

const msg = defineMessages({
  message: { 'zh-CN': '{total} 为 {actual}，但{partsName}之和为 {expected}', en: '{total} is {actual}, but the sum of {partsName} is {expected}' },
  parts: { 'zh-CN': '自然人至其他六列', en: 'the six applicant columns' },
  eq: { 'zh-CN': '{total} 应等于 自然人至其他六列之和 = {sum}', en: '{total} should equal the six applicant columns = {sum}' },
  'blank-total': { 'zh-CN': '总计列未填写，全部为 0（{rows} 行的各列并不为 0）', en: 'The Total column is not filled in: all 0 ({rows} rows have non-zero columns)' },
  'blank-total.eq': { 'zh-CN': '每行的总计应等于 自然人至其他六列之和', en: 'Each row total should equal its six applicant columns' },
  'fix-fill-total': { 'zh-CN': '填写总计列（按各列之和计算）', en: 'Fill in the Total column (computed)' },
});

export default defineRule({
  meta: {
    code: 'T3-ROWSUM',
    title: { 'zh-CN': '表三行总计等于各申请人类型之和', en: 'Table III row total equals the applicant columns' },
    description: {
      'zh-CN': '表三每一行的“总计”必须等于自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他六列之和。表三的各项加总关系（行总计、（七）总计、勾稽关系）作为一个整体核对：只有当其他数字证明恰好是某一个数字有误时（改动这一个数字能使所有不平的加总都成立、且不破坏任何已成立的加总，并且没有第二个数字能做到），才给出可一键修复（含“全部修复”）的更正；否则只列出可能有误的数字，每个都可作为单独的快速修复选择，但不会自动应用。总计列全部为 0 而其他列有数字时，报告为一处问题，并可一键填写总计列。',
      en: 'In Table III every row total must equal the sum of its six applicant columns. All sums of Table III (row totals, (7) Total, the balance) are checked as one system: a fix is safe (joins fix-all) only when the numbers prove that exactly one cell is wrong (changing it makes every failed sum hold, breaks none that holds, and no other cell does the same); otherwise the cells that could be wrong are listed, each as a separate quick fix that is never applied automatically. A Total column left all 0 is one finding, with a fix that fills it in.',
    },
    severity: 'error',
    fix: 'safe',
    tags: ['table3', 'arithmetic'],
    example: '一、本年新收…\t2\t0\t0\t0\t0\t1\t2   ← 总计与各列之和 3 不符',
  },
  check(ctx) {
    const { t3 } = analyseEquations(ctx.model);
    reportBlankTotal(ctx, t3);
    reportFailedEquations(ctx, 'T3-ROWSUM', t3, (s) => {
      const { sum } = partsOf(ctx.model, s);
      const total = cellName(s.eq.target, ctx.locale);
      return {
        message: msg(ctx.locale, 'message', { total, actual: shownValue(ctx.model, s.eq.target), partsName: msg(ctx.locale, 'parts'), expected: sum }),
        equation: msg(ctx.locale, 'eq', { total, sum }),
      };
    });
  },
});

/** A 总计 column left all 0: one finding on the column's header (or first total), one fix filling every row. */
function reportBlankTotal(ctx: RuleContext, t3: EquationAnalysis): void {
  const blank = t3.blankTotal;
  if (!blank) return;
  const { model, locale } = ctx;
  const header = model.t3?.headers.find((h) => h.key === 't3.col.tot');
  const firstTotal = [...blank.fills.values()].map((c) => model.cells.get(c.cell)?.range).find((r) => r);
  const range = header?.range ?? firstTotal;
  if (!range) return;
  const failing = t3.states.filter((s) => s.eq.code === 'T3-ROWSUM' && s.exact !== null && s.exact !== 0n).length;
  const edits = [...blank.fills.values()]
    .filter((c) => model.cells.get(c.cell)?.raw !== c.text)
    .flatMap((c) => {
      const r = model.cells.get(c.cell)?.range;
      return r ? [{ range: r, newText: c.text }] : [];
    });
  const fix: Fix = { title: msg(locale, 'fix-fill-total'), edits, isPreferred: blank.proven, kind: blank.proven ? 'safe' : 'unsafe' };
  ctx.report({
    message: msg(locale, 'blank-total', { rows: failing }),
    range,
    relatedInformation: firstTotal ? [{ range: firstTotal, message: msg(locale, 'blank-total.eq') }] : [],
    fixes: edits.length ? [fix] : [],
  });
}
