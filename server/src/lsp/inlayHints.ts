/** Inlay hints: "应为 6" after a wrong total (`ogiReport.inlayHints.enabled`). */
import type { InlayHint, InlayHintParams } from 'vscode-languageserver';
import { inlayHints } from '../core';
import { guard, type ServerContext } from './context';

export function registerInlayHints(ctx: ServerContext): void {
  ctx.connection.languages.inlayHint.on(
    guard(ctx, 'textDocument/inlayHint', [] as InlayHint[], async (params: InlayHintParams) => {
      const doc = ctx.reports.get(params.textDocument.uri);
      if (!doc) return [];
      const checked = await ctx.reports.check(doc);
      if (!checked.recognized || !checked.settings.inlayHints.enabled) return [];
      const { start, end } = params.range;
      return inlayHints(checked.diagnostics, checked.locale)
        .filter((h) => h.position.line >= start.line && h.position.line <= end.line)
        .map((h) => ({ position: h.position, label: h.label.trim(), paddingLeft: true }));
    }),
  );
}
