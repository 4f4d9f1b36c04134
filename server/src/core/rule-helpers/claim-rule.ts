/**
 * The reviewer's rules that compare a prose number with a table cell, built from one spec
 * (`claimRule`): the claims of some kinds (`narrative/claims.ts`), the cell each is compared with
 * (`narrative/cells.ts`), and the shared reporting of a disagreement — a warning on the number,
 * related information on the cell, no fix — and the hover on a number that was compared.
 */
import type { ReportModel } from '../model';
import type { Locale, Position, RelatedInformation } from '../types';
import { containsPosition } from '../text';
import type { Explanation, Rule, RuleContext, RuleMeta } from '../rules/rule';
import { defineMessages, fillMessage, type Localized } from '../i18n/messages';
import { cellName } from '../i18n/names';
import { claimsOf, type Claim, type ClaimKind } from '../narrative/claims';
import { escapeMarkdown } from '../markdown';
import { analyseEquations, solveFor } from './equations';
import { isGovernmentReport } from '../narrative/agency-scope';
import { cellValue, t3ColumnSum, t3Total, type CellValue } from '../narrative/cells';

/** The claim rules' shared words (related information, hints, the hover's verdict). */
export const claimText = defineMessages({
  'hover.agrees': { 'zh-CN': '正文数字与表格一致', en: 'The text agrees with the table' },
  'hover.agrees-corrected': { 'zh-CN': '正文数字与更正后的表格一致', en: 'The text agrees with the corrected table' },
  'hover.differs': { 'zh-CN': '正文数字与表格不一致', en: 'The text differs from the table' },
  'hover.in-table': { 'zh-CN': '表格中{cell}为 {value}。', en: 'In the table, {cell} is {value}.' },
  'hover.rule': { 'zh-CN': '规则 {code}', en: 'Rule {code}' },
  'what.issued': { 'zh-CN': '本年制发', en: 'issued this year' },
  'what.repealed': { 'zh-CN': '本年废止', en: 'repealed this year' },
  'what.valid': { 'zh-CN': '现行有效', en: 'currently valid' },
  confirmed: { 'zh-CN': '正文所述 {stated} 与{cell}（{value}）一致', en: 'The text says {stated}, matching {cell} ({value})' },
  related: { 'zh-CN': '{cell} = {value}', en: '{cell} = {value}' },
  'related.computed': { 'zh-CN': '{cell} = {value}（按六列之和）', en: '{cell} = {value} (sum of the six columns)' },
  corrected: {
    'zh-CN': '。正文数字与表格按勾稽关系更正后的值一致，只报告表格的求和错误',
    en: '. The text matches the value the table\'s own sums give, so only the table\'s sum error is reported',
  },
  'hint.colsum': { 'zh-CN': '；该行六列之和为 {sum}，可能是“总计”填错', en: '; the six columns of that row add up to {sum}, so the total may be wrong' },
  'hint.carry': { 'zh-CN': '；本年新收与上年结转之和为 {sum}，正文可能把上年结转也算在内', en: '; new plus carried-over applications make {sum}, so the text may include the carried-over ones' },
  'hint.computed': { 'zh-CN': '（表三无“总计”列，按六列之和计算）', en: ' (Table III has no total column; the six columns were added up)' },
});

export function relatedCell(ctx: RuleContext, v: CellValue): RelatedInformation[] {
  if (!v.range) return [];
  const name = cellName(v.cellId, ctx.locale);
  const message = v.computed ? claimText(ctx.locale, 'related.computed', { cell: name, value: v.value }) : claimText(ctx.locale, 'related', { cell: name, value: v.value });
  return [{ range: v.range, message }];
}

export interface NumberCheck {
  /** The cell (or computed value) the claim is compared with. */
  target: (model: ReportModel, claim: Claim) => CellValue | null;
  /** Other values that also make the claim true (N-RECV-AND-HANDLE accepts r1+r2 and r3_7). */
  alsoAccept?: (model: ReportModel) => (number | null)[];
  /** The rule's message: `{stated}`, `{cell}`, `{value}`, `{hint}` and the `params` below are filled in. */
  message: Localized;
  /** Extra placeholders, e.g. what kind of 规范性文件 count it is. */
  params?: (claim: Claim, target: CellValue, ctx: RuleContext) => Record<string, string | number>;
  /** An explanation appended when the numbers suggest where the difference comes from. */
  hint?: (model: ReportModel, claim: Claim, target: CellValue, ctx: RuleContext) => string;
}

/**
 * The values a cell would take if the table's own sums were put right: for every failing sum
 * equation of tables 三/四 the cell is in, the value that makes it hold. A prose number equal to
 * one of them agrees with the table as corrected; the sum rule's error is then the one finding
 * (the text says 7, the columns add up to 7, only the 总计 cell says 0).
 */
export function correctedValues(model: ReportModel, cellId: string): number[] {
  const { t3, t4 } = analyseEquations(model);
  const out: number[] = [];
  for (const a of [t3, t4]) {
    if (a.culprit?.cell === cellId) out.push(a.culprit.value);
    for (const s of a.states) {
      if (s.residual === null || s.residual === 0 || !s.eq.terms.some((t) => t.cell === cellId)) continue;
      const v = solveFor(model.cells, s.eq, cellId);
      if (v !== null) out.push(v);
    }
  }
  return out;
}

interface Compared {
  claim: Claim;
  target: CellValue;
  agrees: boolean;
  /** The claim disagrees with the cell but agrees with the value the table's sums give it. */
  agreesCorrected: boolean;
  message: string;
}

/** Each claim of the given kinds next to its cell (tolerance 0), with the message a mismatch gets. */
function compareClaims(ctx: RuleContext, kinds: ClaimKind[], check: NumberCheck): Compared[] {
  const { model, locale } = ctx;
  const out: Compared[] = [];
  const government = isGovernmentReport(model);
  for (const claim of claimsOf(model, ...kinds)) {
    if (claim.value === null) continue;
    // The office's own count in a government's report measures something else than its table.
    if (claim.office && government) continue;
    const target = check.target(model, claim);
    if (!target) continue;
    const agrees = target.value === claim.value || !!check.alsoAccept?.(model).some((v) => v === claim.value);
    const agreesCorrected = !agrees && !target.computed && correctedValues(model, target.cellId).includes(claim.value);
    const hint = agrees ? '' : (check.hint?.(model, claim, target, ctx) ?? '');
    const message = fillMessage(check.message, locale, {
      stated: claim.value,
      cell: cellName(target.cellId, locale),
      value: target.value,
      hint: hint + (target.computed ? claimText(locale, 'hint.computed') : ''),
      ...(check.params?.(claim, target, ctx) ?? {}),
    });
    out.push({ claim, target, agrees, agreesCorrected, message });
  }
  return out;
}

/** Compare each claim of the given kinds with its cell (tolerance 0) and warn on the prose number. */
export function checkNumberClaims(ctx: RuleContext, kinds: ClaimKind[], check: NumberCheck): void {
  for (const c of compareClaims(ctx, kinds, check)) {
    if (c.agrees || c.agreesCorrected) continue;
    ctx.report({ message: c.message, range: c.claim.range, relatedInformation: relatedCell(ctx, c.target), cellId: c.target.cellId });
  }
}

/** The hover on a prose number a claim rule compared: what it was compared with, and the result. */
export function explainNumberClaims(code: string, model: ReportModel, position: Position, locale: Locale, kinds: ClaimKind[], check: NumberCheck): Explanation | null {
  const ctx: RuleContext = { model, locale, lastYear: null, cohort: null, settings: {}, report: () => undefined };
  const hit = compareClaims(ctx, kinds, check).find((c) => containsPosition(c.claim.range, position));
  if (!hit) return null;
  const verdict = hit.agrees
    ? claimText(locale, 'confirmed', { stated: hit.claim.value ?? '', cell: cellName(hit.target.cellId, locale), value: hit.target.value })
    : hit.agreesCorrected
      ? `${hit.message}${claimText(locale, 'corrected')}`
      : hit.message;
  // Words first, the rule's code last; a disagreeing number's message is the diagnostic the
  // editor already shows above this hover, so only the comparison is said here.
  const head = `**${claimText(locale, hit.agrees ? 'hover.agrees' : hit.agreesCorrected ? 'hover.agrees-corrected' : 'hover.differs')}**`;
  const cell = cellName(hit.target.cellId, locale);
  const body = escapeMarkdown(hit.agrees || hit.agreesCorrected ? verdict : claimText(locale, 'hover.in-table', { cell, value: hit.target.value }));
  // The verdict and the sentence quote report text: escaped, so a link or <img> in a report stays text.
  return { markdown: `${head}\n\n${body}\n\n> ${escapeMarkdown(hit.claim.sentence.trim())}\n\n${claimText(locale, 'hover.rule', { code })}`, range: hit.claim.range };
}

/** A rule that compares prose numbers of some kinds with one cell each: check and hover from one spec. */
export function claimRule(meta: RuleMeta, kinds: ClaimKind[], check: NumberCheck): Rule {
  return {
    meta,
    check: (ctx) => checkNumberClaims(ctx, kinds, check),
    explain: (model, position, locale) => explainNumberClaims(meta.code, model, position, locale, kinds, check),
  };
}

/** Hints for a Table 三 count: the 总计 cell disagrees with its own columns, or the prose adds 上年结转. */
export function t3Hint(model: ReportModel, row: string, claim: Claim, ctx: RuleContext): string {
  const sum = t3ColumnSum(model, row);
  const tot = model.cells.get(`t3.${row}.tot`)?.value;
  if (sum !== null && tot !== null && tot !== undefined && sum !== tot && sum === claim.value) return claimText(ctx.locale, 'hint.colsum', { sum });
  if (row === 'r1') {
    const r2 = t3Total(model, 'r2')?.value;
    const r1 = t3Total(model, 'r1')?.value;
    if (r1 !== undefined && r2 !== undefined && r2 > 0 && r1 + r2 === claim.value) return claimText(ctx.locale, 'hint.carry', { sum: r1 + r2 });
  }
  return '';
}

/**
 * The check of a table-二 document row (规章 or 行政规范性文件): claims of issued, repealed and
 * currently valid documents, each against its column.
 */
export function documentCountCheck(row: 'regulation' | 'normative', message: Localized): { kinds: ClaimKind[]; check: NumberCheck } {
  const column: Partial<Record<ClaimKind, 'issued' | 'repealed' | 'valid'>> =
    row === 'regulation'
      ? { regulationIssued: 'issued', regulationRepealed: 'repealed', regulationValid: 'valid' }
      : { normativeIssued: 'issued', normativeRepealed: 'repealed', normativeValid: 'valid' };
  return {
    kinds: Object.keys(column) as ClaimKind[],
    check: {
      target: (m, c) => cellValue(m, `t2.${row}.${column[c.kind]}`),
      message,
      params: (c, _t, ctx) => ({ what: claimText(ctx.locale, `what.${column[c.kind]!}`) }),
    },
  };
}
