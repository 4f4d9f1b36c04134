/**
 * Reporting a failed sum equation: on the culprit cell when one cell explains every
 * failure of the table, else on the equation's total; with the fix that makes it hold.
 */
import type { ReportModel } from '../model';
import type { Fix, RelatedInformation } from '../types';
import { cellName } from '../i18n/names';
import { format } from '../i18n/messages';
import type { RuleContext } from './rule';
import { solveFor, type EquationAnalysis, type EquationState } from './equations';

/** A fix that rewrites one cell's text with a new value (only that cell's characters change). */
export function setCellFix(model: ReportModel, cellId: string, value: number, ctx: RuleContext, preferred = true): Fix | null {
  const cell = model.cells.get(cellId);
  if (!cell?.range) return null;
  return {
    title: format(ctx.locale, 'fix.recompute', { cell: cellName(cellId, ctx.locale), value }),
    edits: [{ range: cell.range, newText: String(value) }],
    isPreferred: preferred,
    kind: 'safe',
  };
}

/** The cells added up on the other side of a sum equation (`total = Σ parts`), and their sum (blanks as 0). */
export function partsOf(model: ReportModel, s: EquationState): { cells: string[]; sum: number } {
  const cells = s.eq.terms.slice(1).map((t) => t.cell);
  return { cells, sum: cells.reduce((a, c) => a + (model.cells.get(c)?.value ?? 0), 0) };
}

export interface Described {
  message: string;
  /** Cells on the other side of the equation, shown as related information. */
  related: string[];
}

export function reportFailedEquations(
  ctx: RuleContext,
  code: string,
  analysis: EquationAnalysis,
  describe: (s: EquationState) => Described,
  withFix = true,
): void {
  const { model, locale } = ctx;
  for (const s of analysis.states) {
    if (s.eq.code !== code || s.residual === null || s.residual === 0) continue;
    const culprit = analysis.culprit && s.eq.terms.some((t) => t.cell === analysis.culprit!.cell) ? analysis.culprit : null;
    const at = culprit?.cell ?? s.eq.target;
    const cell = model.cells.get(at);
    if (!cell?.range) continue;
    const { message, related } = describe(s);
    const relatedInformation: RelatedInformation[] = related
      .map((id) => model.cells.get(id))
      .filter((c): c is NonNullable<typeof c> => !!c?.range && c.id !== at)
      .map((c) => ({ range: c.range!, message: `${cellName(c.id, locale)} = ${c.value}` }));
    const fixes: Fix[] = [];
    let expected: number | undefined;
    if (culprit) {
      expected = culprit.value;
      const f = setCellFix(model, culprit.cell, culprit.value, ctx);
      if (f) fixes.push(f);
    } else if (withFix) {
      const v = solveFor(model.cells, s.eq, s.eq.target);
      // Counts are whole numbers: a solved decimal means a decimal cell, which T*-NONNEG-INT reports.
      if (v !== null && v >= 0 && Number.isInteger(v)) {
        expected = v;
        const f = setCellFix(model, s.eq.target, v, ctx);
        if (f) fixes.push(f);
      }
    }
    ctx.report({
      message: culprit && culprit.cell !== s.eq.target ? message + format(locale, 'culprit', { cell: cellName(culprit.cell, locale), value: culprit.value }) : message,
      range: cell.range,
      relatedInformation,
      fixes,
      cellId: at,
      expected,
    });
  }
}
