import { defineRule } from './rule';
import { reportMissingTable } from '../rule-helpers/table-missing';
import { defineMessages } from '../i18n/messages';
import { spanRange } from '../text';

const msg = defineMessages({
  count: { 'zh-CN': '表四数据行有 {count} 个数字，应为 15 个', en: 'The Table IV data row has {count} numbers; it should have 15' },
  'no-row': { 'zh-CN': '表四没有数据行（应为 15 个数字）', en: 'Table IV has no data row (15 numbers expected)' },
  'no-table': { 'zh-CN': '未找到表四（政府信息公开行政复议、行政诉讼情况）', en: 'Table IV (administrative review and litigation) was not found' },
});

export default defineRule({
  meta: {
    code: 'T4-SHAPE',
    title: { 'zh-CN': '表四有 15 个数字', en: 'Table IV has 15 numbers' },
    description: {
      'zh-CN': '表四只有一行数据，按固定顺序共 15 个数字：行政复议 5 个，未经复议直接起诉 5 个，复议后起诉 5 个。数字个数不对时无法逐项核对。',
      en: 'Table IV has one data row of 15 numbers in a fixed order: review ×5, litigation without review ×5, litigation after review ×5.',
    },
    severity: 'error',
    fix: 'none',
    tags: ['table4', 'structure'],
  },
  check(ctx) {
    const { t4 } = ctx.model;
    if (!t4) {
      reportMissingTable(ctx, '四', msg(ctx.locale, 'no-table'));
      return;
    }
    const row = t4.dataRow;
    if (!row) {
      const h = t4.headers[0];
      if (h) ctx.report({ message: msg(ctx.locale, 'no-row'), range: h.range });
      return;
    }
    if (row.values.length === 15 || !row.values.length) return;
    const range = spanRange(row.values[0]!.range, row.values[row.values.length - 1]!.range);
    ctx.report({ message: msg(ctx.locale, 'count', { count: row.values.length }), range });
  },
});
