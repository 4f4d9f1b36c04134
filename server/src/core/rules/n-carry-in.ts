import { claimRule, t3Hint } from '../rule-helpers/claim-rule';
import { t3Total } from '../narrative/cells';
import type { Localized } from './rule';

/** What the rule says when the text and the table disagree (claimRule fills in the numbers). */
const MESSAGE: Localized = {
  'zh-CN': '正文称上年结转申请 {stated} 件，但表三“{cell}”为 {value}{hint}',
  en: 'The text says {stated} applications were carried over from last year, but Table III "{cell}" is {value}{hint}',
};

export default claimRule(
  {
    code: 'N-CARRY-IN',
    title: { 'zh-CN': '正文所述上年结转申请数与表三一致', en: 'Applications carried over from last year: the text matches Table III' },
    description: {
      'zh-CN': '读取“上年结转 N 件”“含上年度结转申请 N 件”一类表述，与表三“二、上年结转政府信息公开申请数量·总计”比较（误差为 0），不一致时给出警告。',
      en: 'Reads "N carried over from last year" and compares N with Table III "II. Carried over from last year · total" (tolerance 0); a mismatch is a warning.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['narrative', 'table3'],
    example: '答复 3050 件（含上年度结转申请 34 件）。   ← 表三“二、上年结转…·总计”为 0',
  },
  ['carryIn'],
  {
    target: (m) => t3Total(m, 'r2'),
    message: MESSAGE,
    hint: (m, c, _t, x) => t3Hint(m, 'r2', c, x),
  },
);
