/** Shared by the shape rules: a section is there but its table is not. */
import type { SectionId } from '../template/sections';
import type { RuleContext } from '../rules/rule';

/** Report `message` on the heading of section `id` when the report has that section. */
export function reportMissingTable(ctx: RuleContext, id: SectionId, message: string): void {
  const s = ctx.model.sections.find((x) => x.id === id);
  if (s) ctx.report({ message, range: s.headingRange });
}
