import { claimRule } from '../rule-helpers/claim-rule';
import { cellValue } from '../narrative/cells';
import type { Localized } from './rule';

/** What the rule says when the text and the table disagree (claimRule fills in the numbers). */
const MESSAGE: Localized = {
  'zh-CN': '正文称作出行政许可决定 {stated} 件，但表二“{cell}”为 {value}',
  en: 'The text says {stated} licensing decisions were made, but Table II "{cell}" is {value}',
};

export default claimRule(
  {
    code: 'N-LICENSE',
    title: { 'zh-CN': '正文所述行政许可决定数与表二一致', en: 'Licensing decisions: the text matches Table II' },
    description: {
      'zh-CN': '读取“作出行政许可决定 N 件”一类表述，与表二“行政许可·本年处理决定数量”比较（误差为 0）。“公示行政许可信息 N 条”“行政许可类信息 N 条”不计。不一致时给出警告。',
      en: 'Reads "N licensing decisions" and compares N with Table II "Administrative licensing · decisions this year" (tolerance 0). Counts of published licensing records are skipped. A mismatch is a warning.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['narrative', 'table2'],
    example: '全年作出行政许可决定 6935 件。   ← 表二“行政许可·本年处理决定数量”为 6953',
  },
  ['license'],
  { target: (m) => cellValue(m, 't2.license.decisions'), message: MESSAGE },
);
