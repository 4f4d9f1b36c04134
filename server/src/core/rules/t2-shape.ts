import { defineRule } from './rule';
import { reportMissingTable } from '../rule-helpers/table-missing';
import { T2_GROUPS, T2_ROWS } from '../template/table2';
import { defineMessages } from '../i18n/messages';
import { spanRange } from '../text';
import type { Fix, TextEdit } from '../types';
import { insertRowEdit, joinedDigitSplits, oldFirstSubTable, renameRowEdit } from '../rule-helpers/table2-rows';

const msg = defineMessages({
  group: { 'zh-CN': '表二缺少“{group}”分表', en: 'Table II is missing the sub-table "{group}"' },
  row: { 'zh-CN': '表二缺少“{row}”行', en: 'Table II is missing the row "{row}"' },
  count: { 'zh-CN': '“{row}”行有 {count} 个数字，应为 {expected} 个', en: 'Row "{row}" has {count} numbers; it should have {expected}' },
  'no-table': { 'zh-CN': '未找到表二（主动公开政府信息情况）', en: 'Table II (proactive disclosure) was not found' },
  'insert-row': { 'zh-CN': '插入“{row}”行，数字先填 0（请核对）', en: 'Insert the row "{row}" with 0s (check them)' },
  'old-sub-table': {
    'zh-CN': '表二第（一）项沿用了2019年试行版：缺少“规章”行，且“{written}”应为“{official}”',
    en: 'Table II item (1) follows the 2019 trial format: the row "规章" is missing and "{written}" should be "{official}"',
  },
  'insert-and-rename': { 'zh-CN': '插入“规章”行（数字先填 0，请核对）并改为“{official}”', en: 'Insert the row "规章" (0s, check them) and rename to "{official}"' },
  rename: { 'zh-CN': '只把“{written}”改为“{official}”', en: 'Only rename "{written}" to "{official}"' },
  joined: { 'zh-CN': '；“{raw}”可能是三个数字连在一起了', en: '; "{raw}" may be three numbers run together' },
  split: { 'zh-CN': '假定数字连在一起了，分为 {parts}（请核对原表）', en: 'Assume the numbers ran together: split into {parts} (check the original table)' },
});

/**
 * One edit for the new 规章 line and the rename of the row below it: both start at that row's
 * first character, and two insertions at one position have no defined order.
 */
function mergeEdits(lines: string[], insert: TextEdit, rename: TextEdit): TextEdit[] {
  const line = rename.range.start.line;
  if (insert.range.start.line !== line || insert.range.start.character > rename.range.start.character) return [insert, rename];
  return [{ range: { start: insert.range.start, end: rename.range.end }, newText: insert.newText + lines[line]!.slice(insert.range.start.character, rename.range.start.character) + rename.newText }];
}

export default defineRule({
  meta: {
    code: 'T2-SHAPE',
    title: { 'zh-CN': '表二四个分表、10 个数据格齐全', en: 'Table II has its four sub-tables and 10 cells' },
    description: {
      'zh-CN': '表二由第二十条第（一）（五）（六）（八）项四个分表组成，共 10 个数据格：规章、行政规范性文件各 3 个，行政许可、行政处罚、行政强制各 1 个，行政事业性收费 1 个。缺少的行可用快速修复插入，数字先填 0，由撰写人核对（不会自动应用）。2021 年起的报告若第（一）项既缺“规章”行又把“行政规范性文件”写成试行版的“规范性文件”，两者合为一条；只改名的修复不改动任何数字，可随“全部修复”应用。一行只有一个长数字而应有三个时（如“4920”），多半是复制时数字连在了一起：每种合理的分法（无前导 0、现行有效件数不小于本年制发件数，最多三种）各是一个快速修复，标题写明假定，由撰写人对照原表选择。',
      en: 'Table II has four sub-tables (Art. 20 items 1, 5, 6, 8) and 10 data cells. A missing row can be inserted by a quick fix with 0s for the writer to check (never applied automatically). In a 2021-or-later report whose item (1) both lacks the 规章 row and calls 行政规范性文件 by its 2019 name 规范性文件, the two are one finding; the rename alone changes no number and joins fix-all. A row with one long number where three belong (4920) most likely had its numbers run together: each plausible cut (no leading zero, valid ≥ issued, at most three) is a quick fix stating its assumption, for the writer to choose against the original table.',
    },
    severity: 'error',
    fix: 'unsafe',
    tags: ['table2', 'structure'],
    example: '第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规范性文件\t6\t8\t56   ← 缺少“规章”行，且应为“行政规范性文件”',
  },
  check(ctx) {
    const { t2 } = ctx.model;
    if (!t2) {
      reportMissingTable(ctx, '二', msg(ctx.locale, 'no-table'));
      return;
    }
    const anchor = t2.headers[0]?.range ?? t2.rows[0]!.labelRange!;
    const oldSubTable = oldFirstSubTable(ctx.model);
    for (const g of T2_GROUPS) {
      if (!t2.groups.has(g.id) && !g.rows.some((r) => t2.rows.some((x) => x.id === r))) {
        ctx.report({ message: msg(ctx.locale, 'group', { group: g.label }), range: anchor });
        continue;
      }
      for (const rowId of g.rows) {
        const row = t2.rows.find((r) => r.id === rowId);
        const label = T2_ROWS.find((r) => r.id === rowId)!.label;
        if (!row) {
          const insert = insertRowEdit(ctx.model, rowId);
          const range = t2.groups.get(g.id) ?? anchor;
          if (rowId === 'regulation' && oldSubTable) {
            const { written, official } = oldSubTable;
            const rename = renameRowEdit(ctx.model, oldSubTable.row.labelRange!, written, official);
            const fixes: Fix[] = [{ title: msg(ctx.locale, 'rename', { written, official }), edits: [rename], isPreferred: true, kind: 'unsafe' }];
            if (insert) fixes.unshift({ title: msg(ctx.locale, 'insert-and-rename', { official }), edits: mergeEdits(ctx.model.lines, insert, rename), kind: 'unsafe' });
            ctx.report({ message: msg(ctx.locale, 'old-sub-table', { written, official }), range, fixes });
            continue;
          }
          const fixes: Fix[] = insert ? [{ title: msg(ctx.locale, 'insert-row', { row: label }), edits: [insert], kind: 'unsafe' }] : [];
          ctx.report({ message: msg(ctx.locale, 'row', { row: label }), range, fixes });
          continue;
        }
        const n = row.values.length;
        if (n === g.columns.length) continue;
        const range = n ? spanRange(row.values[0]!.range, row.values[n - 1]!.range) : row.labelRange!;
        // One long number where three belong: the digits were run together; each plausible cut is a
        // quick fix that states its assumption (never preferred, never in fix-all).
        const splits = n === 1 && g.columns.length === 3 ? joinedDigitSplits(row.values[0]!.raw) : [];
        const sep = row.separator === '\n' ? '\t' : row.separator;
        ctx.report({
          message:
            msg(ctx.locale, 'count', { row: label, count: n, expected: g.columns.length }) +
            (splits.length ? msg(ctx.locale, 'joined', { raw: row.values[0]!.raw }) : ''),
          range,
          cellId: `t2.${rowId}.${g.columns[0]}`,
          fixes: splits.map((parts) => ({
            title: msg(ctx.locale, 'split', { parts: parts.join(' | ') }),
            edits: [{ range: row.values[0]!.range, newText: parts.join(sep) }],
            kind: 'unsafe' as const,
          })),
        });
      }
    }
  },
});
