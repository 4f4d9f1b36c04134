/**
 * Reporting a failed sum equation. When the numbers prove one cell wrong (see `equations.ts`),
 * the diagnostic sits on that cell and carries the one safe fix. Otherwise it sits on the
 * equation's total, names the cells that could be wrong, and offers each as an unsafe quick fix
 * whose title states the assumption — never preferred, never in fix-all.
 */
import type { ReportModel } from '../model';
import type { Fix, Locale, RelatedInformation } from '../types';
import { cellName } from '../i18n/names';
import { defineMessages } from '../i18n/messages';
import { ui } from '../i18n/ui';
import type { RuleContext } from '../rules/rule';
import { exactPartsSum, exactValue, formatExact, type Culprit, type EquationAnalysis, type EquationState } from './equations';

const msg = defineMessages({
  culprit: { 'zh-CN': '；其他数字都指向 {cell} 有误（应为 {value}）', en: '; the other figures all point at {cell} (it should be {value})' },
  'suspect.one': { 'zh-CN': '；若其他数字无误，{cell} 应为 {value}', en: '; if the other figures are right, {cell} should be {value}' },
  'suspect.many': { 'zh-CN': '；无法由其他数字确定哪一个有误，可能是：{cells}', en: '; the other figures cannot tell which one is wrong; it may be: {cells}' },
  'fix.recompute': { 'zh-CN': '将 {cell} 改为 {value}', en: 'Change {cell} to {value}' },
  'fix.assume': { 'zh-CN': '假设其他数字无误：将 {cell} 改为 {value}', en: 'Assuming the other figures are right: change {cell} to {value}' },
});

/**
 * A fix that rewrites one cell's text with a new value (only that cell's characters change).
 * `value` may be exact digits (a string) so that values beyond 2^53 survive. A safe fix is the
 * preferred one; an unsafe fix says in its title what it assumes.
 */
export function setCellFix(model: ReportModel, cellId: string, value: number | string, ctx: RuleContext, kind: 'safe' | 'unsafe' = 'safe'): Fix | null {
  const cell = model.cells.get(cellId);
  if (!cell?.range) return null;
  const text = typeof value === 'string' ? value : exactText(value);
  const title = setCellFixTitle(ctx.locale, kind, cellName(cellId, ctx.locale), text);
  return { title, edits: [{ range: cell.range, newText: text }], isPreferred: kind === 'safe', kind };
}

/** The title of a fix that writes one cell: a safe one states the change, an unsafe one its assumption. */
export function setCellFixTitle(locale: Locale, kind: 'safe' | 'unsafe', cell: string, value: string): string {
  return msg(locale, kind === 'safe' ? 'fix.recompute' : 'fix.assume', { cell, value });
}

/** A JS number as plain digits (no exponent), for the rare caller that has only a number. */
function exactText(v: number): string {
  return Number.isInteger(v) ? BigInt(v).toString() : String(v);
}

/** A cell's value as written, exactly (`—` and other blanks read as 0), or '' when absent. */
export function shownValue(model: ReportModel, id: string): string {
  const v = exactValue(model.cells.get(id));
  return v === null ? '' : formatExact(v);
}

/** The cells added up on the other side of a sum equation (`total = parts`), and their exact sum (blanks as 0). */
export function partsOf(model: ReportModel, s: EquationState): { cells: string[]; sum: string } {
  return { cells: s.eq.terms.slice(1).map((t) => t.cell), sum: formatExact(exactPartsSum(model.cells, s.eq)) };
}

export interface Described {
  message: string;
  /** The equation in words, shown once as related information ("X 应等于 … 之和 = 20"). */
  equation: string;
  /** The message already names every cell that could be wrong (table 四): add no list of suspects. */
  namesSuspects?: boolean;
}

const LIST_LIMIT = 8;

function suspectsSuffix(ctx: RuleContext, suspects: Culprit[]): string {
  const { locale } = ctx;
  if (suspects.length === 1) return msg(locale, 'suspect.one', { cell: cellName(suspects[0]!.cell, locale), value: suspects[0]!.text });
  if (!suspects.length) return '';
  const names = suspects.slice(0, LIST_LIMIT).map((c) => cellName(c.cell, locale));
  return msg(locale, 'suspect.many', { cells: names.join(ui(locale, 'list.sep')) + (suspects.length > LIST_LIMIT ? ui(locale, 'list.more') : '') });
}

export function reportFailedEquations(ctx: RuleContext, code: string, analysis: EquationAnalysis, describe: (s: EquationState) => Described): void {
  const { model, locale } = ctx;
  for (const s of analysis.states) {
    if (s.eq.code !== code || s.exact === null || s.exact === 0n) continue;
    // A 总计 column left all 0 is one finding (T3-ROWSUM reports it), not one per row.
    if (analysis.blankTotal && code === 'T3-ROWSUM') continue;
    // The proven culprit takes part in every failing equation of its table.
    const culprit = analysis.culprit;
    const at = culprit?.cell ?? s.eq.target;
    const cell = model.cells.get(at);
    if (!cell?.range) continue;
    const { message, equation, namesSuspects } = describe(s);
    const targetRange = model.cells.get(s.eq.target)?.range ?? cell.range;
    const relatedInformation: RelatedInformation[] = [{ range: targetRange, message: equation }];
    const fixes: Fix[] = [];
    let text = message;
    let expected: number | undefined;
    if (culprit) {
      const f = setCellFix(model, culprit.cell, culprit.text, ctx, 'safe');
      if (f) fixes.push(f);
      if (Number.isSafeInteger(culprit.value)) expected = culprit.value;
      if (culprit.cell !== s.eq.target) text += msg(locale, 'culprit', { cell: cellName(culprit.cell, locale), value: culprit.text });
    } else {
      const suspects = analysis.suspects.get(s) ?? [];
      for (const c of suspects) {
        const f = setCellFix(model, c.cell, c.text, ctx, 'unsafe');
        if (f) fixes.push(f);
      }
      if (!namesSuspects) text += suspectsSuffix(ctx, suspects);
    }
    ctx.report({ message: text, range: cell.range, relatedInformation, fixes, cellId: at, expected });
  }
}
