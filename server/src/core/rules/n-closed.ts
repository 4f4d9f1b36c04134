import { claimRule, t3Hint, t3Total } from '../narrative/cells';

export default claimRule(
  {
    code: 'N-CLOSED',
    title: { 'zh-CN': '正文所述办结申请数与表三一致', en: 'Applications concluded: the text matches Table III' },
    description: {
      'zh-CN':
        '读取“办结 N 件”“答复 N 件”“其中 N 件已……答复”一类表述，与表三“（七）总计·总计”比较（误差为 0）。“公开答复 N 件”“同意公开答复数”等属于办理结果分类，不计。正文可能只说本机关或只说按期办结的部分，所以只给警告。',
      en: 'Reads "concluded/answered N" and "of which N were answered" and compares N with Table III "(7) Total · total" (tolerance 0). Result categories such as "disclosed in reply: N" are skipped. The text may count a narrower set, so this is a warning.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['narrative', 'table3'],
    example: '共收到申请 4 件，受理并办结 3 件。   ← 表三“（七）总计·总计”为 0',
  },
  ['closed'],
  {
    target: (m) => t3Total(m, 'r3_7'),
    message: 'N-CLOSED',
    hint: (m, c, _t, x) => t3Hint(m, 'r3_7', c, x),
  },
);
