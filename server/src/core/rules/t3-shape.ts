import { defineRule } from './rule';
import { reportMissingTable } from '../rule-helpers/table-missing';
import type { Fix } from '../types';
import type { RowNode } from '../model';
import { defineMessages } from '../i18n/messages';
import { spanRange } from '../text';
import { fillBlankRowFix } from '../rule-helpers/blank-row';
import { missingColumn } from '../rule-helpers/missing-column';
import { t3ColumnName } from '../i18n/names';

const msg = defineMessages({
  row: { 'zh-CN': '该行只有 {count} 个数字，应为 {expected} 个', en: 'This row has {count} numbers; it should have {expected}' },
  'missing-column': { 'zh-CN': '；按其他行、列的加总，最可能缺少的是“{column}”列（应为 {value}）', en: '; from the other rows\' and columns\' sums, the missing one is most likely "{column}" ({value})' },
  'missing-any': { 'zh-CN': '；按加总，补一个 {value} 即可使各项加总成立（缺哪一列结果相同）', en: '; by the sums, adding a {value} makes every sum hold (whichever column it is)' },
  'missing-zeros': { 'zh-CN': '；该行全为 0，按加总补上 {count} 个 0 即可使各项加总成立', en: '; the row is all 0: adding {count} zeros makes every sum hold' },
  'fix-missing-zeros': { 'zh-CN': '补上 {count} 个 0', en: 'Add {count} zeros' },
  'fix-missing-column': { 'zh-CN': '假设缺少“{column}”列：在该处插入 {value}', en: 'Assuming "{column}" is missing: insert {value} there' },
  'fix-missing-any': { 'zh-CN': '补一个 {value}', en: 'Add a {value}' },
  'row-long': { 'zh-CN': '该行有 {count} 个数字，应为 {expected} 个', en: 'This row has {count} numbers; it should have {expected}' },
  'no-total': { 'zh-CN': '表三缺少“总计”列', en: 'Table III has no "Total" column' },
  'no-table': { 'zh-CN': '未找到表三（收到和处理政府信息公开申请情况）', en: 'Table III (applications received and handled) was not found' },
  'fix-insert-total': { 'zh-CN': '插入“总计”列（按各列之和计算）', en: 'Insert the "Total" column (computed)' },
});

/** The fix for seed 001: append a computed 总计 to every row that has all six applicant values. */
function insertTotalColumnFix(rows: RowNode[], headerLineEnd: { line: number; character: number } | null, sep: string, title: string): Fix {
  const edits = rows
    .filter((r) => r.id && r.values.length === 6 && r.values.every((v) => v.value !== null))
    .map((r) => ({ range: r.insertAt, newText: `${r.separator}${r.values.reduce((a, v) => a + (v.value ?? 0), 0)}` }));
  if (headerLineEnd) edits.unshift({ range: { start: headerLineEnd, end: headerLineEnd }, newText: `${sep}总计` });
  return { title, edits, isPreferred: true, kind: 'safe' };
}

export default defineRule({
  meta: {
    code: 'T3-SHAPE',
    title: { 'zh-CN': '表三每行 7 个数字', en: 'Table III rows have 7 numbers' },
    description: {
      'zh-CN': '表三每一行应有 7 个数字（自然人、五类法人或其他组织、总计），带“小计”列的变体为 8 个。缺少“总计”列时给出警告，并可一键插入按各列计算的总计列；数字个数不对的行无法核对，报错。少一个数字的行，按其他行、列的加总推断最可能缺少哪一列，并提供在该处插入该数字的快速修复（不会自动应用）。',
      en: 'Every Table III row has 7 numbers (8 with a subtotal column). A missing Total column is a warning with a fix that inserts it computed; a row with the wrong count is an error. For a row one number short, the sums of the other rows and columns tell which column is most likely missing; a quick fix (never applied automatically) inserts it there.',
    },
    severity: 'error',
    fix: 'safe',
    tags: ['table3', 'structure'],
  },
  check(ctx) {
    const { t3, lines } = ctx.model;
    if (!t3) {
      reportMissingTable(ctx, '三', msg(ctx.locale, 'no-table'));
      return;
    }
    const expected = t3.hasSubtotalColumn ? 8 : 7;
    if (!t3.hasTotalColumn) {
      const np = t3.headers.find((h) => h.key === 't3.col.np');
      const anchor = np?.range ?? t3.rows[0]?.labelRange ?? { start: { line: t3.startLine, character: 0 }, end: { line: t3.startLine, character: 0 } };
      const headerEnd = np ? { line: np.range.start.line, character: lines[np.range.start.line]!.replace(/[\s|]+$/, '').length } : null;
      const sep = t3.rows[0]?.separator ?? '\t';
      ctx.report({
        severity: 'warning',
        message: msg(ctx.locale, 'no-total'),
        range: anchor,
        fixes: [insertTotalColumnFix(t3.rows, headerEnd, sep, msg(ctx.locale, 'fix-insert-total'))],
      });
    }
    for (const row of t3.rows) {
      if (!row.id) continue;
      const n = row.values.length;
      if (n === expected || (!t3.hasTotalColumn && n === expected - 1)) continue;
      const range = n ? spanRange(row.values[0]!.range, row.values[n - 1]!.range) : row.labelRange!;
      const key = n < expected ? 'row' : 'row-long';
      const fill = n === 0 ? fillBlankRowFix(ctx.model, row, expected, ctx.locale) : null;
      const missing = fill ? null : missingColumn(ctx.model, row);
      if (!missing) {
        ctx.report({ message: msg(ctx.locale, key, { count: n, expected }), range, fixes: fill ? [fill] : undefined });
        continue;
      }
      const params = { column: t3ColumnName(missing.column, ctx.locale), value: missing.value, count: missing.count };
      const [hint, title] =
        missing.count > 1
          ? (['missing-zeros', 'fix-missing-zeros'] as const)
          : missing.anyPlace
            ? (['missing-any', 'fix-missing-any'] as const)
            : (['missing-column', 'fix-missing-column'] as const);
      // A guess from the sums, however consistent: a quick fix a person chooses, never fix-all.
      ctx.report({
        message: msg(ctx.locale, key, { count: n, expected }) + msg(ctx.locale, hint, params),
        range,
        fixes: [{ title: msg(ctx.locale, title, params), edits: [{ range: missing.at, newText: missing.newText }], isPreferred: false, kind: 'unsafe' }],
      });
    }
  },
});
