import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { claimsOf } from '../narrative/claims';

const msg = defineMessages({
  contradiction: {
    'zh-CN': '正文称收取信息处理费 {stated} 元，但第 {line} 行又称未收取费用',
    en: 'The text says {stated} yuan of information processing fees were collected, but line {line} says no fee was collected',
  },
  placement: {
    'zh-CN': '信息处理费收取情况建议在“六、其他需要报告的事项”中报告',
    en: 'Information processing fees are usually reported in section 6 (other matters)',
  },
});

export default defineRule({
  meta: {
    code: 'N-FEE-INFOPROC',
    title: { 'zh-CN': '信息处理费的表述前后一致并写在第六部分', en: 'Information processing fees: consistent, and reported in section 6' },
    description: {
      'zh-CN':
        '依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），信息处理费通常在“六、其他需要报告的事项”中报告。正文一处写收取了信息处理费若干元、另一处又写未收取任何费用，给出警告；收费金额写在第六部分以外，给出提示。表三“申请人逾期未按收费通知要求缴纳费用”大于 0 不与“未收取”矛盾（申请人未缴费）。',
      en: 'Under the 2020 fee measures, information processing fees are reported in section 6. A warning when one place states a fee amount greater than 0 and another says no fee was collected; an info when the amount is reported outside section 6. Applications dropped for non-payment in Table III do not contradict "no fee collected".',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['narrative'],
    example: '（二）依申请公开：……收取信息处理费 200 元。\n六、其他需要报告的事项\n本年度未收取任何费用。',
  },
  check(ctx) {
    const { model, locale } = ctx;
    const noFee = claimsOf(model, 'noFee');
    for (const fee of claimsOf(model, 'feeAmount')) {
      if (fee.value === null) continue;
      const denial = noFee[0];
      if (fee.value > 0 && denial) {
        ctx.report({
          message: msg(locale, 'contradiction', { stated: fee.value, line: denial.range.start.line + 1 }),
          range: fee.range,
          relatedInformation: [{ range: denial.range, message: denial.phrase }],
        });
      }
      // Text after Table 四 inside section 四 belongs to unrecognised later headings (`五、信息处理费收取情况`).
      const afterTables = fee.section === '四' && !!model.t4 && fee.range.start.line > model.t4.endLine;
      if (fee.section !== null && fee.section !== '六' && !afterTables) {
        ctx.report({ message: msg(locale, 'placement'), range: fee.range, severity: 'info' });
      }
    }
  },
});
