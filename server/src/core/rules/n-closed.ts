import { claimRule, t3Hint } from '../rule-helpers/claim-rule';
import { t3Total } from '../narrative/cells';
import type { Localized } from './rule';

/** What the rule says when the text and the table disagree (claimRule fills in the numbers). */
const MESSAGE: Localized = {
  'zh-CN': '正文称办结（答复）申请 {stated} 件，但表三“{cell}”为 {value}{hint}',
  en: 'The text says {stated} applications were concluded (answered), but Table III "{cell}" is {value}{hint}',
};

export default claimRule(
  {
    code: 'N-CLOSED',
    title: { 'zh-CN': '正文所述办结申请数与表三一致', en: 'Applications concluded: the text matches Table III' },
    description: {
      'zh-CN':
        '读取“办结 N 件”“答复 N 件”“其中 N 件已……答复”一类表述，与表三“（七）总计·总计”比较（误差为 0）。“公开答复 N 件”“同意公开答复数”等属于办理结果分类，不计。正文可能只说本机关或只说按期办结的部分，所以只给警告。数字前最后提到的主体若是热线、信访、投诉、提案建议、行政复议等其他事项，不计；人民政府年报中政府办公室自身的数字（“区政府办代表区政府受理…”）不与表格比较；正文数字与表格按勾稽关系更正后的值一致（如只有“总计”格填错）时，只报告表格的求和错误。',
      en: 'Reads "concluded/answered N" and "of which N were answered" and compares N with Table III "(7) Total · total" (tolerance 0). Result categories such as "disclosed in reply: N" are skipped. The text may count a narrower set, so this is a warning. A number after another subject (hotline, petition, complaint, proposal, review) is not read; an office\'s own count in a people\'s government\'s report is not compared; a number equal to the value the table\'s own sums give the cell (only the total cell is wrong) leaves the sum error as the one finding.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['narrative', 'table3'],
    example: '共收到申请 4 件，受理并办结 3 件。   ← 表三“（七）总计·总计”为 0',
  },
  ['closed'],
  {
    target: (m) => t3Total(m, 'r3_7'),
    message: MESSAGE,
    hint: (m, c, _t, x) => t3Hint(m, 'r3_7', c, x),
  },
);
