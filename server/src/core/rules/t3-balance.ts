import { defineRule } from './rule';
import { analyseEquations } from '../rule-helpers/equations';
import { reportFailedEquations, shownValue } from '../rule-helpers/sum-report';
import { exactValue, formatExact } from '../rule-helpers/equations';
import { t3ColumnName } from '../i18n/names';
import { defineMessages } from '../i18n/messages';

const msg = defineMessages({
  message: {
    'zh-CN': '“{column}”列不平衡：一+二 = {r1}+{r2} = {lhs}，但（七）总计+四 = {r37}+{r4} = {rhs}',
    en: 'Column "{column}" does not balance: I + II = {r1}+{r2} = {lhs}, but (7) Total + IV = {r37}+{r4} = {rhs}',
  },
  'after-resultsum': { 'zh-CN': '；（七）总计本身与各项之和不符，请先核对（七）', en: '; (7) Total itself does not match its rows, check it first' },
  eq: { 'zh-CN': '“{column}”列：一＋二 = {lhs} 应等于 （七）总计＋四 = {rhs}', en: 'Column "{column}": I + II = {lhs} should equal (7) Total + IV = {rhs}' },
});

export default defineRule({
  meta: {
    code: 'T3-BALANCE',
    title: { 'zh-CN': '勾稽关系：一＋二＝（七）总计＋四', en: 'Balance: I + II = (7) Total + IV' },
    description: {
      'zh-CN': '表头注明“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”，每一列（含总计列）都要满足：本年新收＋上年结转＝（七）总计＋结转下年度继续办理。若（七）本身与各小项不符，先修正（七）。只有表三的加总关系证明恰好是某一个数字有误时才给出可自动应用的修复（见 T3-ROWSUM）。',
      en: 'The official note requires, for every column including Total: new this year + carried over = (7) Total + carried to next year. If (7) itself does not match its rows, fix that first. A fix is applied automatically only when the sums of Table III prove which one cell is wrong (see T3-ROWSUM).',
    },
    severity: 'error',
    fix: 'safe',
    tags: ['table3', 'arithmetic'],
  },
  check(ctx) {
    const { t3 } = analyseEquations(ctx.model);
    const resultFailed = new Set(t3.states.filter((s) => s.eq.code === 'T3-RESULTSUM' && s.residual).map((s) => s.eq.key));
    const v = (id: string) => exactValue(ctx.model.cells.get(id)) ?? 0n;
    reportFailedEquations(ctx, 'T3-BALANCE', t3, (s) => {
      const c = s.eq.key;
      const column = t3ColumnName(c, ctx.locale);
      const show = (id: string) => shownValue(ctx.model, id) || '0';
      const lhs = formatExact(v(`t3.r1.${c}`) + v(`t3.r2.${c}`));
      const rhs = formatExact(v(`t3.r3_7.${c}`) + v(`t3.r4.${c}`));
      const message =
        msg(ctx.locale, 'message', { column, r1: show(`t3.r1.${c}`), r2: show(`t3.r2.${c}`), lhs, r37: show(`t3.r3_7.${c}`), r4: show(`t3.r4.${c}`), rhs }) +
        (resultFailed.has(c) ? msg(ctx.locale, 'after-resultsum') : '');
      return { message, equation: msg(ctx.locale, 'eq', { column, lhs, rhs }) };
    });
  },
});
