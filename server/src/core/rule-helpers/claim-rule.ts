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
import { format, type MessageKey } from '../i18n/messages';
import { cellName } from '../i18n/names';
import { claimsOf, type Claim, type ClaimKind } from '../narrative/claims';
import { escapeMarkdown } from '../markdown';
import { analyseEquations, solveFor } from './equations';
import { isGovernmentReport } from '../narrative/agency-scope';
import { cellValue, t3ColumnSum, t3Total, type CellValue } from '../narrative/cells';

export function relatedCell(ctx: RuleContext, v: CellValue): RelatedInformation[] {
  if (!v.range) return [];
  const name = cellName(v.cellId, ctx.locale);
  const message = v.computed ? format(ctx.locale, 'N.related.computed', { cell: name, value: v.value }) : format(ctx.locale, 'N.related', { cell: name, value: v.value });
  return [{ range: v.range, message }];
}

export interface NumberCheck {
  /** The cell (or computed value) the claim is compared with. */
  target: (model: ReportModel, claim: Claim) => CellValue | null;
  /** Other values that also make the claim true (N-RECV-AND-HANDLE accepts r1+r2 and r3_7). */
  alsoAccept?: (model: ReportModel) => (number | null)[];
  message: MessageKey;
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
    const message = format(locale, check.message, {
      stated: claim.value,
      cell: cellName(target.cellId, locale),
      value: target.value,
      hint: hint + (target.computed ? format(locale, 'N.hint.computed') : ''),
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
    ? format(locale, 'N.confirmed', { stated: hit.claim.value ?? '', cell: cellName(hit.target.cellId, locale), value: hit.target.value })
    : hit.agreesCorrected
      ? `${hit.message}${format(locale, 'N.corrected')}`
      : hit.message;
  // Words first, the rule's code last; a disagreeing number's message is the diagnostic the
  // editor already shows above this hover, so only the comparison is said here.
  const en = locale === 'en';
  const head = hit.agrees
    ? en ? '**The text agrees with the table**' : '**正文数字与表格一致**'
    : hit.agreesCorrected
      ? en ? '**The text agrees with the corrected table**' : '**正文数字与更正后的表格一致**'
      : en ? '**The text differs from the table**' : '**正文数字与表格不一致**';
  const cell = cellName(hit.target.cellId, locale);
  const body = hit.agrees || hit.agreesCorrected ? `\n\n${escapeMarkdown(verdict)}` : en ? `\n\nIn the table, ${cell} is ${hit.target.value}.` : `\n\n表格中${cell}为 ${hit.target.value}。`;
  // The verdict and the sentence quote report text: escaped, so a link or <img> in a report stays text.
  return { markdown: `${head}${body}\n\n> ${escapeMarkdown(hit.claim.sentence.trim())}\n\n${en ? 'Rule' : '规则'} ${code}`, range: hit.claim.range };
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
  if (sum !== null && tot !== null && tot !== undefined && sum !== tot && sum === claim.value) return format(ctx.locale, 'N.hint.colsum', { sum });
  if (row === 'r1') {
    const r2 = t3Total(model, 'r2')?.value;
    const r1 = t3Total(model, 'r1')?.value;
    if (r1 !== undefined && r2 !== undefined && r2 > 0 && r1 + r2 === claim.value) return format(ctx.locale, 'N.hint.carry', { sum: r1 + r2 });
  }
  return '';
}

/**
 * The check of a table-二 document row (规章 or 行政规范性文件): claims of issued, repealed and
 * currently valid documents, each against its column.
 */
export function documentCountCheck(row: 'regulation' | 'normative', message: MessageKey): { kinds: ClaimKind[]; check: NumberCheck } {
  const column: Partial<Record<ClaimKind, 'issued' | 'repealed' | 'valid'>> =
    row === 'regulation'
      ? { regulationIssued: 'issued', regulationRepealed: 'repealed', regulationValid: 'valid' }
      : { normativeIssued: 'issued', normativeRepealed: 'repealed', normativeValid: 'valid' };
  return {
    kinds: Object.keys(column) as ClaimKind[],
    check: {
      target: (m, c) => cellValue(m, `t2.${row}.${column[c.kind]}`),
      message,
      params: (c, _t, ctx) => ({ what: format(ctx.locale, `N.what.${column[c.kind]!}`) }),
    },
  };
}
