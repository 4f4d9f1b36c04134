import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { agencyLevel, agencyName } from '../rule-helpers/agency';

const msg = defineMessages({
  yuan: { 'zh-CN': '收费金额写成了“元”，本栏单位是万元：{raw} 应为 {wan}', en: 'The fee is written in yuan, but the column is in 10,000 yuan: {raw} should be {wan}' },
  large: { 'zh-CN': '收费金额 {raw} 万元对{agency}而言偏大，可能误以“元”为单位填写', en: 'A fee of {raw} (10,000 yuan) is large for {agency}; it may have been entered in yuan' },
  decimals: { 'zh-CN': '收费金额 {raw} 万元的小数超过 6 位（不足一分钱），可能换算有误', en: 'The fee {raw} has more than 6 decimals (below one fen); it may have been converted wrongly' },
  fix: { 'zh-CN': '按“元”换算为万元：{wan}', en: 'Convert from yuan to 10,000 yuan: {wan}' },
});

/** The amount's digits as written: integer part and decimals (full-width and 1,234 forms read). */
function digitsOf(raw: string): { int: string; frac: string } | null {
  const m = /([0-9]+(?:,[0-9]{3})*)(?:\.([0-9]+))?/.exec(raw.normalize('NFKC').replace(/，/g, ','));
  return m ? { int: m[1]!.replace(/,/g, ''), frac: m[2] ?? '' } : null;
}

/**
 * Yuan to 万元 by moving the decimal point four places: exact for any size and any number of
 * decimals (no float rounding, never `1e+21`, and 96171.6 元 is 9.61716 万元, not 9.6172).
 */
export function yuanToWan(raw: string, value: number): string {
  const d = digitsOf(raw) ?? digitsOf(String(value));
  if (!d) return String(value / 10000);
  const int = d.int.padStart(5, '0');
  const whole = int.slice(0, int.length - 4).replace(/^0+(?=\d)/, '');
  const frac = (int.slice(int.length - 4) + d.frac).replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : whole;
}

/** A fee in 万元 is money to the fen at most: 6 decimals. More than that cannot be a sum of money. */
const MAX_DECIMALS = 6;

export default defineRule({
  meta: {
    code: 'T2-FEE-UNIT',
    title: { 'zh-CN': '收费金额单位应为万元', en: 'The fee is in 10,000 yuan' },
    description: {
      'zh-CN': '表二“本年收费金额”的单位是万元，常见错误是按“元”填写。单元格写了“元”，或对街道乡镇或区县一级而言金额 ≥ 10000 时给出警告，快速修复除以 10000（移动小数点，精确到原有的每一位，不四舍五入）；金额是否按元填写要由撰写人确认，所以只作为快速修复。小数超过 6 位（不足一分钱）时也给出警告，但无法判断正确值，不提供修复。精确到分的万元金额（如 24252.311082）是正常写法。这是经验判断（口径说明），所以只是警告。',
      en: 'The Table II fee is in 10,000 yuan; a figure in yuan is a common slip. Warns when the cell says 元, or when the amount is ≥ 10000 for a township or county agency; the quick fix divides by 10,000 (by moving the decimal point: exact, never rounded). Whether the figure was in yuan is for the writer to confirm, so it is a quick fix only. More than 6 decimals (below one fen) is also a warning, with no fix since the right value is unknown. A figure in 万元 to the fen (24252.311082) is normal.',
    },
    severity: 'warning',
    fix: 'unsafe',
    tags: ['table2'],
    example: '行政事业性收费\t251000元',
  },
  check(ctx) {
    const cell = ctx.model.cells.get('t2.fee.amount_wan');
    if (!cell?.range || cell.value === null) return;
    const decimals = digitsOf(cell.raw ?? '')?.frac.length ?? 0;
    const level = agencyLevel(ctx.model, ctx.settings.agencyLevels);
    const wan = yuanToWan(cell.raw ?? '', cell.value);
    // Dividing by 10,000 is offered only where the figure reads as yuan; too many decimals alone is not that.
    const convert = [{ title: msg(ctx.locale, 'fix', { wan }), edits: [{ range: cell.range, newText: wan }], kind: 'unsafe' as const }];
    if (cell.flags.includes('yuan')) {
      ctx.report({ message: msg(ctx.locale, 'yuan', { raw: cell.raw ?? '', wan }), range: cell.range, cellId: cell.id, fixes: convert });
    } else if (cell.value >= 10000 && decimals <= 2 && (level === 'township' || level === 'county')) {
      // More than 2 decimals cannot be yuan (a fen is 0.01 元): such a figure was worked out in 万元.
      ctx.report({ message: msg(ctx.locale, 'large', { raw: cell.raw ?? '', agency: agencyName(ctx.model) }), range: cell.range, cellId: cell.id, fixes: convert });
    } else if (decimals > MAX_DECIMALS) {
      ctx.report({ message: msg(ctx.locale, 'decimals', { raw: cell.raw ?? '' }), range: cell.range, cellId: cell.id });
    }
  },
});
