import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { cellName, t4ProceedingName } from '../i18n/names';
import { claimsOf } from '../narrative/claims';
import { cellValue, type CellValue } from '../narrative/cells';
import { isGovernmentReport } from '../narrative/agency-scope';
import { correctedValues, relatedCell } from '../rule-helpers/claim-rule';
import { T4_PROCEEDING_GROUPS, type T4ColumnId } from '../template/table4';

const msg = defineMessages({
  message: { 'zh-CN': '正文称{proceeding}“{phrase}”，但表四{table}', en: 'The text says "{phrase}" ({proceeding}), but in Table IV {table}' },
  one: { 'zh-CN': '“{cell}”为 {value}', en: '"{cell}" is {value}' },
});

/**
 * The columns a blanket claim rules out: 未被纠正/均胜诉 only 结果纠正 (a withdrawn case is no
 * defeat); 均维持 also 其他结果. 尚未审结 never: pending cases have no outcome yet.
 */
const RULED_OUT: Record<string, readonly T4ColumnId[]> = { allUpheld: ['corrected', 'other'], noneCorrected: ['corrected'] };

export default defineRule({
  meta: {
    code: 'N-DISPUTE-RESULTS',
    title: { 'zh-CN': '正文所述复议、诉讼结果与表四一致', en: 'Outcomes of reviews and lawsuits match Table IV' },
    description: {
      'zh-CN': '正文所述复议、诉讼结果（“其中结果维持 a 件……”“均获维持”“未被纠正”“均胜诉”）与表四不符时警告（诉讼为两组之和）：正文或表格可能填错。',
      en: 'Warns when what the text says of review and litigation outcomes (counts, "all upheld", "none corrected") contradicts Table IV (litigation: both groups added): the text or the table may be wrong.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['narrative', 'table4'],
    example: '行政复议 11 件，其中结果维持 5 件。   ← 表四“行政复议·结果维持”为 4',
  },
  check(ctx) {
    const { model, locale } = ctx;
    const government = isGovernmentReport(model);
    const sep = locale === 'en' ? ', ' : '、';
    const one = (c: CellValue) => msg(locale, 'one', { cell: cellName(c.cellId, locale), value: c.value });
    // A cell the table's own sums put right to `value` is the sum rule's finding (T4-REV/LITD/LITA).
    const corrects = (c: CellValue, value: number) => correctedValues(model, c.cellId).includes(value);
    for (const claim of claimsOf(model, 'disputeResult', 'allUpheld', 'noneCorrected')) {
      const d = claim.dispute!;
      let cells: CellValue[];
      let table: string;
      if (d.column) {
        // A count said of two proceedings at once has no one cell to meet; in a government's
        // report the office's own count measures something else than its table.
        if (claim.value === null || d.groups.length !== 1 || (claim.office && government)) continue;
        // Its column in each group of its proceeding: both litigation groups for 行政诉讼.
        const found = T4_PROCEEDING_GROUPS[d.groups[0]!].map((g) => cellValue(model, `t4.${g}.${d.column}`));
        if (!found.every((c): c is CellValue => c !== null)) continue;
        cells = found;
        const total = cells.reduce((s, c) => s + c.value, 0);
        if (claim.value === total || cells.some((c) => corrects(c, claim.value! - total + c.value))) continue;
        table = cells.length === 1 ? one(cells[0]!) : `${cells.map(one).join(' + ')} = ${total}`;
      } else {
        cells = d.groups
          .flatMap((p) => T4_PROCEEDING_GROUPS[p])
          .flatMap((g) => RULED_OUT[claim.kind]!.map((column) => cellValue(model, `t4.${g}.${column}`)))
          .filter((v): v is CellValue => !!v && v.value > 0 && !corrects(v, 0));
        if (!cells.length) continue;
        table = cells.map(one).join(sep);
      }
      ctx.report({
        message: msg(locale, 'message', { proceeding: d.groups.map((g) => t4ProceedingName(g, locale)).join(sep), phrase: claim.phrase.replace(/\s+/g, ' '), table }),
        range: claim.range,
        relatedInformation: cells.flatMap((c) => relatedCell(ctx, c)),
        cellId: cells[0]!.cellId,
      });
    }
  },
});
