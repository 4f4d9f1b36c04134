import { defineRule } from './rule';
import { format } from '../i18n/messages';

export default defineRule({
  meta: {
    code: 'T2-OLD-FORMAT',
    title: { 'zh-CN': '2021 年起应使用新版表格', en: 'Use the 2021 table format from 2021 on' },
    description: {
      'zh-CN': '2019 年试行版格式（国办公开办函〔2019〕60号）只用于 2019、2020 年度报告。2021 年及以后的报告如果出现试行版的列（本年新制作数量、对外公开总数量等）、行（规范性文件、其他对外管理服务事项）、第二十条第（九）项分表，或表三“（六）其他处理”只有一行，就是沿用了旧表。',
      en: 'The 2019 trial format applies to the 2019 and 2020 reports only. A 2021-or-later report with trial-format columns, rows, the Art. 20(9) sub-table, or a single "(6) Other handling" row in Table III has copied the old table.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['table2', 'table3', 'year'],
  },
  check(ctx) {
    const { year, t2, t3 } = ctx.model;
    if (year === null || year < 2021) return;
    for (const p of t2?.trialPhrases ?? []) ctx.report({ message: format(ctx.locale, 'T2-OLD-FORMAT', { phrase: p.phrase, year }), range: p.range });
    const trialRow = t3?.trialLayout ? t3.rows.find((r) => r.id === 'r3_6') : undefined;
    if (trialRow?.labelRange) ctx.report({ message: format(ctx.locale, 'T2-OLD-FORMAT.t3'), range: trialRow.labelRange });
  },
});
