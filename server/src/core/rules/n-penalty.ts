import { claimRule } from '../rule-helpers/claim-rule';
import { cellValue } from '../narrative/cells';
import type { Localized } from './rule';

/** What the rule says when the text and the table disagree (claimRule fills in the numbers). */
const MESSAGE: Localized = {
  'zh-CN': '正文称作出行政处罚决定 {stated} 件，但表二“{cell}”为 {value}',
  en: 'The text says {stated} administrative penalty decisions were made, but Table II "{cell}" is {value}',
};

export default claimRule(
  {
    code: 'N-PENALTY',
    title: { 'zh-CN': '正文所述行政处罚决定数与表二一致', en: 'Penalty decisions: the text matches Table II' },
    description: {
      'zh-CN': '读取“作出行政处罚决定 N 件（起）”一类表述，与表二“行政处罚·本年处理决定数量”比较（误差为 0）。“公示行政处罚信息 N 条”是信用公示的条数，不计。不一致时给出警告。',
      en: 'Reads "N administrative penalty decisions" and compares N with Table II "Administrative penalties · decisions this year" (tolerance 0). Counts of published penalty records are skipped. A mismatch is a warning.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['narrative', 'table2'],
    example: '立案查处各类违法行为并作出行政处罚决定 640 起。   ← 表二“行政处罚·本年处理决定数量”为 604',
  },
  ['penalty'],
  { target: (m) => cellValue(m, 't2.penalty.decisions'), message: MESSAGE },
);
