import { claimRule, t3Hint, t3Total } from '../narrative/cells';

export default claimRule(
  {
    code: 'N-RECV',
    title: { 'zh-CN': '正文所述收到申请数与表三一致', en: 'Applications received: the text matches Table III' },
    description: {
      'zh-CN':
        '读取“一、总体情况”等正文中“共收到/受理政府信息公开申请 N 件”一类表述，与表三“一、本年新收政府信息公开申请数量·总计”比较（误差为 0）。优先采用含“政府信息公开申请”的句子；同比、较上年、百分比、日期及咨询、留言、热线数量不计。正文口径可能与表格不同（如“全区”与“本机关”），所以只给警告。',
      en: 'Reads statements such as "received N applications" in the text of sections 1–4 and compares N with Table III "I. New applications · total" (tolerance 0). Sentences naming 政府信息公开申请 are preferred; comparisons, percentages, dates and enquiry/hotline counts are skipped. The text may use another scope (the whole district rather than the agency), so this is a warning.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['narrative', 'table3'],
    example: '2024年共收到政府信息公开申请 3 件。   ← 表三“一、本年新收…·总计”为 2',
  },
  ['recv'],
  {
    target: (m) => t3Total(m, 'r1'),
    message: 'N-RECV',
    hint: (m, c, _t, x) => t3Hint(m, 'r1', c, x),
  },
);
