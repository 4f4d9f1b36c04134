import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { cellName, t4ProceedingName } from '../i18n/names';
import { claimsOf } from '../narrative/claims';
import { cellValue, type CellValue } from '../narrative/cells';
import { correctedValues, relatedCell } from '../rule-helpers/claim-rule';
import { T4_PROCEEDING_GROUPS, type T4ColumnId } from '../template/table4';

const msg = defineMessages({
  allUpheld: {
    'zh-CN': '正文称{proceeding}结果均为维持，但表四{cells}',
    en: 'The text says every case ({proceeding}) was upheld, but in Table IV {cells}',
  },
  noneCorrected: {
    'zh-CN': '正文称{proceeding}没有被纠正（败诉）的案件，但表四{cells}',
    en: 'The text says no case ({proceeding}) went against the agency, but in Table IV {cells}',
  },
  cell: { 'zh-CN': '“{cell}”为 {value}', en: '"{cell}" is {value}' },
});

/**
 * The columns a claim rules out: 未被纠正/均胜诉 only 结果纠正 (a withdrawn case is no defeat);
 * 均维持 also 其他结果. 尚未审结 is never counted against either: pending cases have no outcome yet.
 */
const RULED_OUT: Record<'allUpheld' | 'noneCorrected', readonly T4ColumnId[]> = {
  allUpheld: ['corrected', 'other'],
  noneCorrected: ['corrected'],
};

export default defineRule({
  meta: {
    code: 'N-DISPUTE-UPHELD',
    title: { 'zh-CN': '正文称均获维持、未被纠正时表四应无纠正', en: '"All upheld" or "none corrected" matches Table IV' },
    description: {
      'zh-CN':
        '正文写“均获维持”“结果为维持”时，句中最近提到的行政复议或行政诉讼在表四的“结果纠正”“其他结果”应为 0；写“未被纠正”“未出现被纠错的情况”“无败诉”“均胜诉”时，“结果纠正”应为 0（撤诉、驳回起诉不算败诉）。“胜诉”“败诉”只用于行政诉讼。说的只是部分案件（“其中 2 件均维持”“除……外”“其余”）、写“均维持”的句中另有撤销、驳回、撤诉等其他结果，或写的是“力争”“确保”一类目标的，不检查。表格的求和有误、按勾稽关系更正后该格为 0 的，只报告求和错误。不为 0 时给出警告，列出这些单元格：可能是正文写错，也可能是表格填错。',
      en: 'When the text says every case was upheld ("均获维持", "结果为维持"), Table IV "corrected" and "other outcome" of the proceeding the sentence named last (administrative review or litigation) should be 0; when it says no case was corrected or lost ("未被纠正", "未出现被纠错的情况", "无败诉", "均胜诉"), "corrected" should be 0 (a withdrawn or dismissed suit is no defeat). 胜诉/败诉 apply to litigation only. Claims about some of the cases only ("其中 2 件均维持", "除……外", "其余"), an "all upheld" whose sentence names other outcomes (撤销, 驳回, 撤诉…), and aims ("力争", "确保") are skipped, and so is a cell that the table\'s own sums put right to 0 (the sum rule reports it). Otherwise a warning listing the cells: the text or the table may be the wrong one.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['narrative', 'table4'],
    example: '本年度被申请行政复议 11 件，均获维持。   ← 表四“行政复议·结果纠正”为 7',
  },
  check(ctx) {
    const { model, locale } = ctx;
    for (const claim of claimsOf(model, 'allUpheld', 'noneCorrected')) {
      const kind = claim.kind === 'allUpheld' ? 'allUpheld' : 'noneCorrected';
      const groups = claim.dispute?.groups ?? [];
      const against: CellValue[] = [];
      for (const g of groups.flatMap((p) => T4_PROCEEDING_GROUPS[p])) {
        for (const column of RULED_OUT[kind]) {
          const id = `t4.${g}.${column}`;
          const v = cellValue(model, id);
          // A cell the table's own sums make 0 is the sum rule's finding, not the text's.
          if (v && v.value > 0 && !correctedValues(model, id).includes(0)) against.push(v);
        }
      }
      if (!against.length) continue;
      const sep = locale === 'en' ? ', ' : '、';
      ctx.report({
        message: msg(locale, kind, {
          proceeding: groups.map((g) => t4ProceedingName(g, locale)).join(locale === 'en' ? ' and ' : '、'),
          cells: against.map((v) => msg(locale, 'cell', { cell: cellName(v.cellId, locale), value: v.value })).join(sep),
        }),
        range: claim.range,
        relatedInformation: against.flatMap((v) => relatedCell(ctx, v)),
        cellId: against[0]!.cellId,
      });
    }
  },
});
