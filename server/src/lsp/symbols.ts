/** Outline (document symbols) and folding ranges, straight from the core's model. */
import {
  FoldingRangeKind,
  SymbolKind,
  type DocumentSymbol,
  type DocumentSymbolParams,
  type FoldingRange,
  type FoldingRangeParams,
  type SymbolInformation,
} from 'vscode-languageserver';
import { documentSymbols, foldingRanges, type OutlineNode } from '../core';
import { guard, type ServerContext } from './context';

const KIND: Record<OutlineNode['kind'], SymbolKind> = {
  title: SymbolKind.File,
  section: SymbolKind.Namespace,
  table: SymbolKind.Struct,
  subheading: SymbolKind.String,
};

function toDocumentSymbol(node: OutlineNode): DocumentSymbol {
  return {
    name: node.name || '—',
    detail: node.detail,
    kind: KIND[node.kind] ?? SymbolKind.Object,
    range: node.range,
    selectionRange: node.selectionRange,
    children: node.children.map(toDocumentSymbol),
  };
}

/** Flat symbols for clients without hierarchical support. */
function flatten(nodes: OutlineNode[], uri: string, container: string | undefined, out: SymbolInformation[]): SymbolInformation[] {
  for (const node of nodes) {
    out.push({ name: node.name || '—', kind: KIND[node.kind] ?? SymbolKind.Object, location: { uri, range: node.range }, containerName: container });
    flatten(node.children, uri, node.name, out);
  }
  return out;
}

export function registerSymbols(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol(
    guard(ctx, 'textDocument/documentSymbol', [] as DocumentSymbol[] | SymbolInformation[], async (params: DocumentSymbolParams) => {
      const doc = ctx.reports.get(params.textDocument.uri);
      if (!doc) return [];
      const checked = await ctx.reports.check(doc);
      if (!checked.model) return [];
      const nodes = documentSymbols(checked.model, checked.locale);
      return ctx.client.hierarchicalSymbols ? nodes.map(toDocumentSymbol) : flatten(nodes, doc.uri, undefined, []);
    }),
  );
  ctx.connection.onFoldingRanges(
    guard(ctx, 'textDocument/foldingRange', [] as FoldingRange[], async (params: FoldingRangeParams) => {
      const doc = ctx.reports.get(params.textDocument.uri);
      if (!doc) return [];
      const checked = await ctx.reports.check(doc);
      if (!checked.model) return [];
      return foldingRanges(checked.model)
        .filter((r) => r.endLine > r.startLine)
        .map((r) => ({ startLine: r.startLine, endLine: r.endLine, kind: FoldingRangeKind.Region }));
    }),
  );
}
