import { defineRule } from './rule';
import { format, defineMessages } from '../i18n/messages';
import { isMergedOldLabel, officialRowLabel, renameRowEdit } from './table2-rows';
import type { Fix } from '../types';

const msg = defineMessages({
  rename: { 'zh-CN': '改为“{official}”', en: 'Rename to "{official}"' },
  row: { 'zh-CN': '“{phrase}”是2019年试行版的行名，{year}年报告应为“{official}”', en: '"{phrase}" is the 2019 trial-format row name; a {year} report calls it "{official}"' },
});

export default defineRule({
  meta: {
    code: 'T2-OLD-FORMAT',
    title: { 'zh-CN': '2021 年起应使用新版表格', en: 'Use the 2021 table format from 2021 on' },
    description: {
      'zh-CN': '2019 年试行版格式（国办公开办函〔2019〕60号）只用于 2019、2020 年度报告。2021 年及以后的报告如果出现试行版的列（本年新制作数量、对外公开总数量等）、行（规范性文件、其他对外管理服务事项）、第二十条第（九）项分表，或表三“（六）其他处理”只有一行，就是沿用了旧表。行名“规范性文件”可一键改为“行政规范性文件”：若表头已是 2021 年版的列，改名不改动任何数字、只有这一种改法，所以随“全部修复”应用；若表头仍是试行版的列，数字的含义也不同，改名只作为快速修复。第（一）项同时缺少“规章”行时，由 T2-SHAPE 合并报告。',
      en: 'The 2019 trial format applies to the 2019 and 2020 reports only. A 2021-or-later report with trial-format columns, rows, the Art. 20(9) sub-table, or a single "(6) Other handling" row in Table III has copied the old table. The row name 规范性文件 can be renamed to 行政规范性文件: under 2021 column headers the rename changes no number and has one possible result, so it joins fix-all; under trial-format headers the numbers mean something else too, so it is a quick fix only. When item (1) also lacks the 规章 row, T2-SHAPE reports both as one finding.',
    },
    severity: 'warning',
    fix: 'safe',
    tags: ['table2', 'table3', 'year'],
    example: '规范性文件\t6\t8\t56   ← 2021 年起为“行政规范性文件”',
  },
  check(ctx) {
    const { year, t2, t3 } = ctx.model;
    if (year === null || year < 2021) return;
    const phrases = t2?.trialPhrases ?? [];
    // A label rename is proven only when the columns are the 2021 ones: then no number changes meaning.
    const trialColumns = phrases.some((p) => officialRowLabel(p.phrase) === null);
    for (const p of phrases) {
      const official = officialRowLabel(p.phrase);
      if (official && isMergedOldLabel(ctx.model, p.range)) continue;
      const fixes: Fix[] = official
        ? [{ title: msg(ctx.locale, 'rename', { official }), edits: [renameRowEdit(ctx.model, p.range, p.phrase, official)], isPreferred: true, kind: trialColumns ? 'unsafe' : 'safe' }]
        : [];
      const message = official ? msg(ctx.locale, 'row', { phrase: p.phrase, year, official }) : format(ctx.locale, 'T2-OLD-FORMAT', { phrase: p.phrase, year });
      ctx.report({ message, range: p.range, fixes });
    }
    const trialRow = t3?.trialLayout ? t3.rows.find((r) => r.id === 'r3_6') : undefined;
    if (trialRow?.labelRange) ctx.report({ message: format(ctx.locale, 'T2-OLD-FORMAT.t3'), range: trialRow.labelRange });
  },
});
