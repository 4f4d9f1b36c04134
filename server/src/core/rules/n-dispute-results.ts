import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { cellName, t4ColumnName, t4ProceedingName } from '../i18n/names';
import { claimsOf, type Claim } from '../narrative/claims';
import { cellValue, type CellValue } from '../narrative/cells';
import { isGovernmentReport } from '../narrative/agency-scope';
import { claimText, correctedValues, relatedCell } from '../rule-helpers/claim-rule';
import { containsPosition } from '../text';
import { escapeMarkdown } from '../markdown';
import type { Locale } from '../types';
import { T4_PROCEEDING_GROUPS } from '../template/table4';
import type { ReportModel } from '../model';

const msg = defineMessages({
  message: {
    'zh-CN': '正文称{proceeding}“{column}”{stated} 件，但表四{table}',
    en: 'The text says {stated} {proceeding} cases were "{column}", but in Table IV {table}',
  },
  one: { 'zh-CN': '“{cell}”为 {value}', en: '"{cell}" is {value}' },
  part: { 'zh-CN': '“{cell}”{value} 件', en: '"{cell}" {value}' },
  sum: { 'zh-CN': '{parts} = {value} 件', en: '{parts} = {value}' },
  hover: { 'zh-CN': '表四{table}。', en: 'In Table IV {table}.' },
});

/** The cells a count is compared with: its column in each group of its proceeding (both litigation groups for 行政诉讼). */
function cellsOf(model: ReportModel, claim: Claim): CellValue[] | null {
  const d = claim.dispute;
  // A count said of two proceedings at once (`行政复议、行政诉讼维持 3 件`) has no one cell to meet.
  if (!d?.column || d.groups.length !== 1) return null;
  const cells = T4_PROCEEDING_GROUPS[d.groups[0]!].map((g) => cellValue(model, `t4.${g}.${d.column}`));
  return cells.every((c): c is CellValue => c !== null) ? cells : null;
}

/**
 * The sums the table would give if its own sums were put right, one cell at a time: a count
 * that meets one of them agrees with the table as corrected, and T4-REV/LITD/LITA report the cell.
 */
function correctedSums(model: ReportModel, cells: CellValue[], total: number): number[] {
  return cells.flatMap((c) => correctedValues(model, c.cellId).map((v) => total - c.value + v));
}

interface Compared {
  claim: Claim;
  cells: CellValue[];
  /** What table 四 says: one cell, or the two litigation groups' cells and their sum. */
  table: string;
  agrees: boolean;
  /** The count meets the value the table's own sums give (the sum rule reports the cell). */
  agreesCorrected: boolean;
  message: string;
}

/** Every outcome count of the prose next to its cells (tolerance 0), with the message a mismatch gets. */
function compare(model: ReportModel, locale: Locale): Compared[] {
  const out: Compared[] = [];
  const government = isGovernmentReport(model);
  for (const claim of claimsOf(model, 'disputeResult')) {
    if (claim.value === null || !claim.dispute?.column) continue;
    // The office's own count in a government's report measures something else than its table.
    if (claim.office && government) continue;
    const cells = cellsOf(model, claim);
    if (!cells) continue;
    const total = cells.reduce((s, c) => s + c.value, 0);
    const agrees = claim.value === total;
    const agreesCorrected = !agrees && correctedSums(model, cells, total).includes(claim.value);
    const table =
      cells.length === 1
        ? msg(locale, 'one', { cell: cellName(cells[0]!.cellId, locale), value: total })
        : msg(locale, 'sum', { parts: cells.map((c) => msg(locale, 'part', { cell: cellName(c.cellId, locale), value: c.value })).join(' + '), value: total });
    const message = msg(locale, 'message', {
      stated: claim.value,
      proceeding: t4ProceedingName(claim.dispute.groups[0]!, locale),
      column: t4ColumnName(claim.dispute.column, locale),
      table,
    });
    out.push({ claim, cells, table, agrees, agreesCorrected, message });
  }
  return out;
}

const CODE = 'N-DISPUTE-RESULTS';

export default defineRule({
  meta: {
    code: CODE,
    title: { 'zh-CN': '正文所述复议、诉讼结果件数与表四一致', en: 'Review and litigation outcomes: the text matches Table IV' },
    description: {
      'zh-CN':
        '读取“行政复议 N 件，其中结果维持 a 件，结果纠正 b 件，其他结果 c 件，尚未审结 d 件”一类表述（也读“维持原行政行为 a 件”“b 件被纠正”“尚在审理 d 件”），按句中最近提到的是行政复议还是行政诉讼，与表四对应的单元格比较（误差为 0）。表四没有诉讼合计栏，“行政诉讼……结果维持 a 件”与“未经复议直接起诉”和“复议后起诉”两栏之和比较；句中写明“复议后起诉”或“直接起诉”的，只与该栏比较。“撤销”“确认违法”只是“结果纠正”的一部分，“驳回”各地计入“维持”或“其他结果”口径不一，都不读。不一致时给出警告：可能是正文写错，也可能是表格填错。',
      en: 'Reads counts of outcomes such as "行政复议 N 件，其中结果维持 a 件，结果纠正 b 件，其他结果 c 件，尚未审结 d 件" (also "维持原行政行为 a 件", "b 件被纠正", "尚在审理 d 件"), takes the proceeding the sentence named last (administrative review or litigation) and compares each count with its Table IV cell (tolerance 0). Table IV has no litigation total, so a litigation count is compared with the sum of the "without review" and "after review" groups, or with one of them when the sentence names it. 撤销 and 确认违法 are only part of "corrected" and 驳回 is counted either way by locality, so they are not read. A mismatch is a warning: the text or the table may be the wrong one.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['narrative', 'table4'],
    example: '本年度被申请行政复议 11 件，其中结果维持 5 件，结果纠正 6 件。   ← 表四“行政复议·结果维持”为 4，“结果纠正”为 7',
  },
  check(ctx) {
    for (const c of compare(ctx.model, ctx.locale)) {
      if (c.agrees || c.agreesCorrected) continue;
      ctx.report({ message: c.message, range: c.claim.range, relatedInformation: c.cells.flatMap((v) => relatedCell(ctx, v)), cellId: c.cells[0]!.cellId });
    }
  },
  explain(model, position, locale) {
    const hit = compare(model, locale).find((c) => containsPosition(c.claim.range, position));
    if (!hit) return null;
    // As the other claim rules' hovers: the verdict, what the table says, the sentence, the rule.
    const head = claimText(locale, hit.agrees ? 'hover.agrees' : hit.agreesCorrected ? 'hover.agrees-corrected' : 'hover.differs');
    const body = msg(locale, 'hover', { table: hit.table });
    return {
      markdown: `**${head}**\n\n${escapeMarkdown(body)}\n\n> ${escapeMarkdown(hit.claim.sentence.trim())}\n\n${claimText(locale, 'hover.rule', { code: CODE })}`,
      range: hit.claim.range,
    };
  },
});
