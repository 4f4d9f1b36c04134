/** Shared by T3-NONNEG-INT and T4-NONNEG-INT: counts of applications and cases are whole numbers ≥ 0. */
import type { RuleContext } from '../rules/rule';
import { cellName } from '../i18n/names';
import { defineMessages } from '../i18n/messages';

const msg = defineMessages({
  message: { 'zh-CN': '{cell} 为 {raw}，应为不小于 0 的整数', en: '{cell} is {raw}; it must be a whole number ≥ 0' },
});

export function reportNonIntegerCells(ctx: RuleContext, table: 't3' | 't4'): void {
  const prefix = `${table}.`;
  for (const cell of ctx.model.cells.values()) {
    if (!cell.id.startsWith(prefix) || cell.value === null || !cell.range) continue;
    if (cell.value >= 0 && Number.isInteger(cell.value)) continue;
    ctx.report({ message: msg(ctx.locale, 'message', { cell: cellName(cell.id, ctx.locale), raw: cell.raw ?? '' }), range: cell.range, cellId: cell.id });
  }
}
