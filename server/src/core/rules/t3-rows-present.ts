import { defineRule } from './rule';
import { T3_ROWS, T3_TRIAL_OTHER_ROW } from '../template/table3';
import { t3RowName } from '../i18n/names';
import { defineMessages } from '../i18n/messages';
import { table3RowLine } from '../skeleton';
import type { Range } from '../types';

const msg = defineMessages({
  missing: { 'zh-CN': '表三缺少“{row}”行', en: 'Table III is missing the row "{row}"' },
  duplicate: { 'zh-CN': '表三“{row}”行重复出现', en: 'Table III has the row "{row}" more than once' },
  order: { 'zh-CN': '“{row}”行的位置与模板顺序不一致', en: 'The row "{row}" is out of template order' },
  unknown: { 'zh-CN': '无法识别的表三行“{label}”', en: 'Unrecognised Table III row "{label}"' },
  'fix-insert-row': { 'zh-CN': '插入“{row}”行（填 0）', en: 'Insert the row "{row}" (zeros)' },
});

export default defineRule({
  meta: {
    code: 'T3-ROWS-PRESENT',
    title: { 'zh-CN': '表三各行齐全、不重复、按模板顺序', en: 'Table III has every row once, in order' },
    description: {
      'zh-CN': '表三的 25 个数据行（按关键词识别）都应出现且只出现一次；缺行报错并可插入填 0 的空行，顺序不一致给出警告。2019 年试行版的“（六）其他处理”单行按旧格式处理（另见 T2-OLD-FORMAT）。',
      en: 'All 25 Table III data rows (matched by key phrase) must appear exactly once. A missing row is an error with a fix that inserts it with zeros; rows out of order are a warning.',
    },
    severity: 'error',
    fix: 'unsafe',
    tags: ['table3', 'structure'],
  },
  check(ctx) {
    const { t3, eol } = ctx.model;
    if (!t3) return;
    const expected = t3.trialLayout
      ? T3_ROWS.flatMap((r) => (r.id === 'r3_6_1' ? [T3_TRIAL_OTHER_ROW.id] : r.id.startsWith('r3_6_') ? [] : [r.id]))
      : T3_ROWS.map((r) => r.id);
    const seen = new Map<string, number>();
    const found = t3.rows.filter((r) => r.id);
    for (const row of found) {
      const count = (seen.get(row.id!) ?? 0) + 1;
      seen.set(row.id!, count);
      if (count === 2) ctx.report({ message: msg(ctx.locale, 'duplicate', { row: t3RowName(row.id!, ctx.locale) }), range: row.labelRange! });
    }
    const anchor: Range = t3.headers[0]?.range ?? found[0]?.labelRange ?? { start: { line: t3.startLine, character: 0 }, end: { line: t3.startLine, character: 0 } };
    expected.forEach((id, k) => {
      if (seen.has(id)) return;
      // Insert before the next template row that is present, else after the last row.
      const next = expected.slice(k + 1).map((x) => found.find((r) => r.id === x)).find((r) => r);
      const at = next ? { line: next.line, character: 0 } : { line: t3.endLine, character: ctx.model.lines[t3.endLine]!.length };
      const line = id === T3_TRIAL_OTHER_ROW.id ? `${T3_TRIAL_OTHER_ROW.label}\t0\t0\t0\t0\t0\t0\t0` : table3RowLine(id);
      ctx.report({
        message: msg(ctx.locale, 'missing', { row: t3RowName(id, ctx.locale) }),
        range: anchor,
        fixes: [
          {
            title: msg(ctx.locale, 'fix-insert-row', { row: t3RowName(id, ctx.locale) }),
            edits: [{ range: { start: at, end: at }, newText: next ? line + eol : eol + line }],
            isPreferred: true,
            kind: 'unsafe',
          },
        ],
      });
    });
    // Order: each found row's template index should not go backwards.
    let maxIndex = -1;
    for (const row of found) {
      const idx = expected.indexOf(row.id!);
      if (idx < 0) continue;
      if (idx < maxIndex) ctx.report({ severity: 'warning', message: msg(ctx.locale, 'order', { row: t3RowName(row.id!, ctx.locale) }), range: row.labelRange! });
      maxIndex = Math.max(maxIndex, idx);
    }
  },
});
