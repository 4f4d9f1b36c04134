/** Shared by T3-NONNEG-INT and T4-NONNEG-INT: counts of applications and cases are whole numbers ≥ 0. */
import type { RuleContext } from '../rules/rule';
import { cellName } from '../i18n/names';
import { format, type MessageKey } from '../i18n/messages';

export function reportNonIntegerCells(ctx: RuleContext, table: 't3' | 't4', message: MessageKey): void {
  for (const cell of ctx.model.cells.values()) {
    if (!cell.id.startsWith(`${table}.`) || cell.value === null || !cell.range) continue;
    if (cell.value >= 0 && Number.isInteger(cell.value)) continue;
    ctx.report({ message: format(ctx.locale, message, { cell: cellName(cell.id, ctx.locale), raw: cell.raw ?? '' }), range: cell.range, cellId: cell.id });
  }
}
