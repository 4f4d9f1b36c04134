import { claimRule } from '../rule-helpers/claim-rule';
import { cellValue } from '../narrative/cells';
import type { Localized } from './rule';

/** What the rule says when the text and the table disagree (claimRule fills in the numbers). */
const MESSAGE: Localized = {
  'zh-CN': '正文称政府信息公开行政复议 {stated} 件，但表四“{cell}”为 {value}',
  en: 'The text says there were {stated} administrative reviews, but Table IV "{cell}" is {value}',
};

export default claimRule(
  {
    code: 'N-REVIEW',
    title: { 'zh-CN': '正文所述行政复议数与表四一致', en: 'Administrative reviews: the text matches Table IV' },
    description: {
      'zh-CN': '读取“被依法提起行政复议 N 件”“行政复议案件 N 件”“行政复议 N 起”一类表述，与表四“行政复议·总计”比较（误差为 0），不一致时给出警告。',
      en: 'Reads "N administrative reviews" in the text and compares N with Table IV "Administrative review · total" (tolerance 0); a mismatch is a warning.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['narrative', 'table4'],
    example: '本年度被依法提起行政复议 1 件。   ← 表四“行政复议·总计”为 0',
  },
  ['review'],
  { target: (m) => cellValue(m, 't4.rev.total'), message: MESSAGE },
);
