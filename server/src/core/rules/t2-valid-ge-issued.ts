import { defineRule } from './rule';
import { T2_ROWS } from '../template/table2';
import { defineMessages } from '../i18n/messages';

const msg = defineMessages({
  message: { 'zh-CN': '{row}：现行有效件数 {valid} 小于本年制发件数 {issued}，可能填反了列', en: '{row}: currently valid ({valid}) is less than issued this year ({issued}); the columns may be swapped' },
});

export default defineRule({
  meta: {
    code: 'T2-VALID-GE-ISSUED',
    title: { 'zh-CN': '现行有效件数不小于本年制发件数', en: 'Currently valid ≥ issued this year' },
    description: {
      'zh-CN': '规章、行政规范性文件的“现行有效件数”是累计存量，一般不会小于“本年制发件数”；只有本年制发又在本年废止时才可能小于，更可能是填反了列。',
      en: 'Currently valid is a running stock and is rarely below issued this year; that happens only when documents issued this year were also repealed this year, so it is more likely a column swap.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['table2'],
  },
  check(ctx) {
    for (const row of ['regulation', 'normative']) {
      const issued = ctx.model.cells.get(`t2.${row}.issued`);
      const valid = ctx.model.cells.get(`t2.${row}.valid`);
      if (!valid?.range || valid.value === null || issued?.value == null) continue;
      if (valid.value >= issued.value) continue;
      const label = T2_ROWS.find((r) => r.id === row)!.label;
      ctx.report({
        message: msg(ctx.locale, 'message', { row: label, valid: valid.value, issued: issued.value }),
        range: valid.range,
        cellId: valid.id,
        relatedInformation: issued.range ? [{ range: issued.range, message: `${issued.value}` }] : [],
      });
    }
  },
});
