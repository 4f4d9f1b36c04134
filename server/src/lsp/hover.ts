/** Hover: the core explains the row, column, section or diagnostic under the cursor. */
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { hoverAt } from '../core';
import { guard, type ServerContext } from './context';

export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover(
    guard(ctx, 'textDocument/hover', null, async (params: HoverParams): Promise<Hover | null> => {
      const doc = ctx.reports.get(params.textDocument.uri);
      if (!doc) return null;
      const checked = await ctx.reports.check(doc);
      if (!checked.model) return null;
      const found = hoverAt(checked.model, checked.diagnostics, params.position, checked.locale);
      if (!found) return null;
      return { contents: { kind: MarkupKind.Markdown, value: found.markdown }, range: found.range };
    }),
  );
}
