import { defineRule } from './rule';
import { format } from '../i18n/messages';
import { agencyLevel, agencyName } from './agency';

/** Yuan to 万元, kept to the yuan (4 decimals) so the result does not trip the decimals check. */
function toWan(value: number): string {
  return String(Number((value / 10000).toFixed(4)));
}

export default defineRule({
  meta: {
    code: 'T2-FEE-UNIT',
    title: { 'zh-CN': '收费金额单位应为万元', en: 'The fee is in 10,000 yuan' },
    description: {
      'zh-CN': '表二“本年收费金额”的单位是万元，常见错误是按“元”填写。单元格写了“元”、对街道乡镇或区县一级而言金额 ≥ 10000，或小数超过 4 位时给出警告；快速修复除以 10000。这是经验判断（口径说明），所以只是警告。',
      en: 'The Table II fee is in 10,000 yuan; a figure in yuan is a common slip. Warns when the cell says 元, when the amount is ≥ 10000 for a township or county agency, or when it has more than 4 decimals. The fix divides by 10,000.',
    },
    severity: 'warning',
    fix: 'unsafe',
    tags: ['table2'],
    example: '行政事业性收费\t251000元',
  },
  check(ctx) {
    const cell = ctx.model.cells.get('t2.fee.amount_wan');
    if (!cell?.range || cell.value === null) return;
    const decimals = /[.．]([0-9０-９]+)/.exec(cell.raw ?? '')?.[1]?.length ?? 0;
    const level = agencyLevel(ctx.model);
    const wan = toWan(cell.value);
    // Dividing by 10,000 is offered only where the figure reads as yuan; too many decimals alone is not that.
    const convert = [{ title: format(ctx.locale, 'T2-FEE-UNIT.fix', { wan }), edits: [{ range: cell.range, newText: wan }], kind: 'unsafe' as const }];
    if (cell.flags.includes('yuan')) {
      ctx.report({ message: format(ctx.locale, 'T2-FEE-UNIT.yuan', { raw: cell.raw ?? '', wan }), range: cell.range, cellId: cell.id, fixes: convert });
    } else if (cell.value >= 10000 && (level === 'township' || level === 'county')) {
      ctx.report({ message: format(ctx.locale, 'T2-FEE-UNIT.large', { raw: cell.raw ?? '', agency: agencyName(ctx.model) }), range: cell.range, cellId: cell.id, fixes: convert });
    } else if (decimals > 4) {
      ctx.report({ message: format(ctx.locale, 'T2-FEE-UNIT.decimals', { raw: cell.raw ?? '' }), range: cell.range, cellId: cell.id });
    }
  },
});
