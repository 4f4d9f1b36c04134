import { claimRule, documentCountCheck } from '../rule-helpers/claim-rule';
import type { Localized } from './rule';

/** What the rule says when the text and the table disagree (claimRule fills in the numbers). */
const MESSAGE: Localized = {
  'zh-CN': '正文称规章{what} {stated} 件，但表二“{cell}”为 {value}',
  en: 'The text says {stated} rules were {what}, but Table II "{cell}" is {value}',
};

const { kinds, check } = documentCountCheck('regulation', MESSAGE);

export default claimRule(
  {
    code: 'N-REGULATION',
    title: { 'zh-CN': '正文所述规章数与表二一致', en: 'Rules: the text matches Table II' },
    description: {
      'zh-CN': '读取“制定（出台）规章 N 件”“废止规章 N 件”“现行有效规章 N 件”一类表述，与表二“规章”一行的本年制发、本年废止、现行有效件数比较（误差为 0），不一致时给出警告。',
      en: 'Reads "made N rules", "repealed N rules" and "N rules currently valid" and compares them with the Table II rules row (tolerance 0); a mismatch is a warning.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['narrative', 'table2'],
    example: '全年新增公开市政府规章 2 件。   ← 表二“规章·本年制发件数”为 1',
  },
  kinds,
  check,
);
