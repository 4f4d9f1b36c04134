import { defineRule } from './rule';
import { analyseEquations } from './equations';
import { reportFailedEquations } from './sum-report';
import { t3ColumnName } from '../i18n/names';
import { format } from '../i18n/messages';

export default defineRule({
  meta: {
    code: 'T3-BALANCE',
    title: { 'zh-CN': '勾稽关系：一＋二＝（七）总计＋四', en: 'Balance: I + II = (7) Total + IV' },
    description: {
      'zh-CN': '表头注明“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”，每一列（含总计列）都要满足：本年新收＋上年结转＝（七）总计＋结转下年度继续办理。若（七）本身与各小项不符，先修正（七）。',
      en: 'The official note requires, for every column including Total: new this year + carried over = (7) Total + carried to next year. If (7) itself does not match its rows, fix that first.',
    },
    severity: 'error',
    fix: 'none',
    tags: ['table3', 'arithmetic'],
  },
  check(ctx) {
    const { t3 } = analyseEquations(ctx.model);
    const resultFailed = new Set(t3.states.filter((s) => s.eq.code === 'T3-RESULTSUM' && s.residual).map((s) => s.eq.key));
    const v = (id: string) => ctx.model.cells.get(id)?.value ?? 0;
    reportFailedEquations(
      ctx,
      'T3-BALANCE',
      t3,
      (s) => {
        const c = s.eq.key;
        const [r1, r2, r37, r4] = [v(`t3.r1.${c}`), v(`t3.r2.${c}`), v(`t3.r3_7.${c}`), v(`t3.r4.${c}`)];
        const message =
          format(ctx.locale, 'T3-BALANCE', { column: t3ColumnName(c, ctx.locale), r1, r2, lhs: r1 + r2, r37, r4, rhs: r37 + r4 }) +
          (resultFailed.has(c) ? format(ctx.locale, 'T3-BALANCE.after-resultsum') : '');
        return { message, related: [`t3.r1.${c}`, `t3.r2.${c}`, `t3.r3_7.${c}`] };
      },
      false,
    );
  },
});
