import { claimRule, documentCountCheck } from '../rule-helpers/claim-rule';
import type { Localized } from './rule';

/** What the rule says when the text and the table disagree (claimRule fills in the numbers). */
const MESSAGE: Localized = {
  'zh-CN': '正文称行政规范性文件{what} {stated} 件，但表二“{cell}”为 {value}',
  en: 'The text says {stated} normative documents were {what}, but Table II "{cell}" is {value}',
};

const { kinds, check } = documentCountCheck('normative', MESSAGE);

export default claimRule(
  {
    code: 'N-NORMATIVE',
    title: { 'zh-CN': '正文所述行政规范性文件数与表二一致', en: 'Normative documents: the text matches Table II' },
    description: {
      'zh-CN': '读取“制发（出台、印发）行政规范性文件 N 件”“废止规范性文件 N 件”“现行有效行政规范性文件 N 件”“本年度未制发”一类表述，分别与表二“行政规范性文件”的本年制发、本年废止、现行有效件数比较（误差为 0）。正文可能按文件库或发布数统计，所以只给警告。',
      en: 'Reads "issued N normative documents", "repealed N", "N currently valid" and "none issued this year" and compares them with the Table II normative-document row (issued, repealed, valid; tolerance 0). The text may count a document library or web postings, so this is a warning.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['narrative', 'table2'],
    example: '集中发布现行有效行政规范性文件 393 件。   ← 表二“行政规范性文件·现行有效件数”为 470',
  },
  kinds,
  check,
);
