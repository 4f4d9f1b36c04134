import { claimRule, t3Hint } from '../rule-helpers/claim-rule';
import { t3Total } from '../narrative/cells';
import type { Localized } from './rule';

/** What the rule says when the text and the table disagree (claimRule fills in the numbers). */
const MESSAGE: Localized = {
  'zh-CN': '正文称收到政府信息公开申请 {stated} 件，但表三“{cell}”为 {value}{hint}',
  en: 'The text says {stated} applications were received, but Table III "{cell}" is {value}{hint}',
};

export default claimRule(
  {
    code: 'N-RECV',
    title: { 'zh-CN': '正文所述收到申请数与表三一致', en: 'Applications received: the text matches Table III' },
    description: {
      'zh-CN':
        '读取“一、总体情况”等正文中“共收到/受理政府信息公开申请 N 件”一类表述，与表三“一、本年新收政府信息公开申请数量·总计”比较（误差为 0）。优先采用含“政府信息公开申请”的句子；同比、较上年、百分比、日期及咨询、留言、热线数量不计。正文口径可能与表格不同（如“全区”与“本机关”），所以只给警告。数字前最后提到的主体若是热线、信访、投诉、提案建议、行政复议等其他事项，不计；人民政府年报中政府办公室自身的数字（“区政府办代表区政府受理…”）不与表格比较；正文数字与表格按勾稽关系更正后的值一致（如只有“总计”格填错）时，只报告表格的求和错误。',
      en: 'Reads statements such as "received N applications" in the text of sections 1–4 and compares N with Table III "I. New applications · total" (tolerance 0). Sentences naming 政府信息公开申请 are preferred; comparisons, percentages, dates and enquiry/hotline counts are skipped. The text may use another scope (the whole district rather than the agency), so this is a warning. A number after another subject (hotline, petition, complaint, proposal, review) is not read; an office\'s own count in a people\'s government\'s report is not compared; a number equal to the value the table\'s own sums give the cell (only the total cell is wrong) leaves the sum error as the one finding.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['narrative', 'table3'],
    example: '2024年共收到政府信息公开申请 3 件。   ← 表三“一、本年新收…·总计”为 2',
  },
  ['recv'],
  {
    target: (m) => t3Total(m, 'r1'),
    message: MESSAGE,
    hint: (m, c, _t, x) => t3Hint(m, 'r1', c, x),
  },
);
