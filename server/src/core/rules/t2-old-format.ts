import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { isMergedOldLabel, officialRowLabel, renameRowEdit } from '../rule-helpers/table2-rows';
import type { Fix, Locale } from '../types';
import type { ReportModel, RowNode } from '../model';
import { T3_GROUPS, T3_ROWS } from '../template/table3';

/**
 * The 2019 single row （六）其他处理 as the 2021 group label and its three sub-rows. Offered only
 * when the row is all 0: then each sub-row can only be 0, the numbers prove the split, and it
 * joins fix-all. A row with counts in it cannot be divided without the clerk, so it gets no fix.
 */
function splitTrialRowFix(model: ReportModel, row: RowNode, locale: Locale): Fix | null {
  if (!row.labelRange || row.values.length < 7 || row.values.some((v) => v.value !== 0 || v.range.start.line !== row.line)) return null;
  const line = model.lines[row.line]!;
  const indent = line.slice(0, row.labelRange.start.character);
  if (indent.trim()) return null;
  const cells = line.slice(row.labelRange.end.character);
  const group = T3_GROUPS.find((g) => g.id === 'g3_6')!.label;
  const subRows = ['r3_6_1', 'r3_6_2', 'r3_6_3'].map((id) => `${indent}${T3_ROWS.find((r) => r.id === id)!.label}${cells}`);
  const newText = [`${indent}${group}`, ...subRows].join(model.eol);
  return { title: msg(locale, 'split'), edits: [{ range: { start: { line: row.line, character: 0 }, end: { line: row.line, character: line.length } }, newText }], isPreferred: true, kind: 'safe' };
}

const msg = defineMessages({
  message: { 'zh-CN': '使用了2019年试行版表格（“{phrase}”），{year}年报告应使用国办公开办函〔2021〕30号格式', en: 'The 2019 trial-format table is used ("{phrase}"); a {year} report must use the 2021 format' },
  t3: { 'zh-CN': '表三“（六）其他处理”为单行（2019年试行版），2021年起应分为 1–3 三行', en: 'Table III has "(6) Other handling" as one row (2019 trial format); since 2021 it has three sub-rows' },
  rename: { 'zh-CN': '改为“{official}”', en: 'Rename to "{official}"' },
  split: { 'zh-CN': '分为 2021 年版的 1–3 三行（均为 0）', en: 'Split into the three 2021 sub-rows (all 0)' },
  row: { 'zh-CN': '“{phrase}”是2019年试行版的行名，{year}年报告应为“{official}”', en: '"{phrase}" is the 2019 trial-format row name; a {year} report calls it "{official}"' },
});

export default defineRule({
  meta: {
    code: 'T2-OLD-FORMAT',
    title: { 'zh-CN': '2021 年起应使用新版表格', en: 'Use the 2021 table format from 2021 on' },
    description: {
      'zh-CN': '2019 年试行版格式（国办公开办函〔2019〕60号）只用于 2019、2020 年度报告。2021 年及以后的报告如果出现试行版的列（本年新制作数量、对外公开总数量等）、行（规范性文件、其他对外管理服务事项）、第二十条第（九）项分表，或表三“（六）其他处理”只有一行，就是沿用了旧表。行名“规范性文件”可一键改为“行政规范性文件”：若表头已是 2021 年版的列，改名不改动任何数字、只有这一种改法，所以随“全部修复”应用；若表头仍是试行版的列，数字的含义也不同，改名只作为快速修复。第（一）项同时缺少“规章”行时，由 T2-SHAPE 合并报告。表三“（六）其他处理”只有一行且全为 0 时，可一键分为 1–3 三行（各行只能是 0，随“全部修复”应用）；有数字时无法替撰写人分配，不提供修复。',
      en: 'The 2019 trial format applies to the 2019 and 2020 reports only. A 2021-or-later report with trial-format columns, rows, the Art. 20(9) sub-table, or a single "(6) Other handling" row in Table III has copied the old table. The row name 规范性文件 can be renamed to 行政规范性文件: under 2021 column headers the rename changes no number and has one possible result, so it joins fix-all; under trial-format headers the numbers mean something else too, so it is a quick fix only. When item (1) also lacks the 规章 row, T2-SHAPE reports both as one finding. A single all-0 Table III row (6) is split into its three sub-rows (each can only be 0, so it joins fix-all); a row with counts cannot be divided for the writer and gets no fix.',
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
      const message = official ? msg(ctx.locale, 'row', { phrase: p.phrase, year, official }) : msg(ctx.locale, 'message', { phrase: p.phrase, year });
      ctx.report({ message, range: p.range, fixes });
    }
    const trialRow = t3?.trialLayout ? t3.rows.find((r) => r.id === 'r3_6') : undefined;
    if (trialRow?.labelRange) {
      const split = splitTrialRowFix(ctx.model, trialRow, ctx.locale);
      ctx.report({ message: msg(ctx.locale, 't3'), range: trialRow.labelRange, fixes: split ? [split] : [] });
    }
  },
});
