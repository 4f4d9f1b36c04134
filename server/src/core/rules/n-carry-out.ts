import { claimRule, t3Hint } from '../rule-helpers/claim-rule';
import { t3Total } from '../narrative/cells';
import type { Localized } from './rule';

/** What the rule says when the text and the table disagree (claimRule fills in the numbers). */
const MESSAGE: Localized = {
  'zh-CN': '正文称 {stated} 件申请转下年度办理，但表三“{cell}”为 {value}{hint}',
  en: 'The text says {stated} applications carry over to next year, but Table III "{cell}" is {value}{hint}',
};

export default claimRule(
  {
    code: 'N-CARRY-OUT',
    title: { 'zh-CN': '正文所述转下年度申请数与表三一致', en: 'Applications carried to next year: the text matches Table III' },
    description: {
      'zh-CN': '读取“另 N 件转下年度办理”“N 件顺延到下年度”“结转至下一年 N 件”一类表述，与表三“四、结转下年度继续办理·总计”比较（误差为 0），不一致时给出警告。',
      en: 'Reads "N carried over to next year" and compares N with Table III "IV. Carried over to next year · total" (tolerance 0); a mismatch is a warning.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['narrative', 'table3'],
    example: '其中 1 件已答复，另 1 件转下年度继续办理。   ← 表三“四、结转下年度继续办理·总计”为 0',
  },
  ['carryOut'],
  {
    target: (m) => t3Total(m, 'r4'),
    message: MESSAGE,
    hint: (m, c, _t, x) => t3Hint(m, 'r4', c, x),
  },
);
