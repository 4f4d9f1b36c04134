import { defineRule } from './rule';
import { reportMissingTable } from './table-missing';
import { T2_GROUPS, T2_ROWS } from '../template/table2';
import { format } from '../i18n/messages';
import { spanRange } from '../text';

export default defineRule({
  meta: {
    code: 'T2-SHAPE',
    title: { 'zh-CN': '表二四个分表、10 个数据格齐全', en: 'Table II has its four sub-tables and 10 cells' },
    description: {
      'zh-CN': '表二由第二十条第（一）（五）（六）（八）项四个分表组成，共 10 个数据格：规章、行政规范性文件各 3 个，行政许可、行政处罚、行政强制各 1 个，行政事业性收费 1 个。',
      en: 'Table II has four sub-tables (Art. 20 items 1, 5, 6, 8) and 10 data cells.',
    },
    severity: 'error',
    fix: 'none',
    tags: ['table2', 'structure'],
  },
  check(ctx) {
    const { t2 } = ctx.model;
    if (!t2) {
      reportMissingTable(ctx, '二', 'T2-SHAPE.no-table');
      return;
    }
    const anchor = t2.headers[0]?.range ?? t2.rows[0]!.labelRange!;
    for (const g of T2_GROUPS) {
      if (!t2.groups.has(g.id) && !g.rows.some((r) => t2.rows.some((x) => x.id === r))) {
        ctx.report({ message: format(ctx.locale, 'T2-SHAPE.group', { group: g.label }), range: anchor });
        continue;
      }
      for (const rowId of g.rows) {
        const row = t2.rows.find((r) => r.id === rowId);
        const label = T2_ROWS.find((r) => r.id === rowId)!.label;
        if (!row) {
          ctx.report({ message: format(ctx.locale, 'T2-SHAPE.row', { row: label }), range: t2.groups.get(g.id) ?? anchor });
          continue;
        }
        const n = row.values.length;
        if (n === g.columns.length) continue;
        const range = n ? spanRange(row.values[0]!.range, row.values[n - 1]!.range) : row.labelRange!;
        ctx.report({
          message: format(ctx.locale, 'T2-SHAPE.count', { row: label, count: n, expected: g.columns.length }),
          range,
          cellId: `t2.${rowId}.${g.columns[0]}`,
        });
      }
    }
  },
});
