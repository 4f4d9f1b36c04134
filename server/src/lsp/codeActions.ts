/**
 * Code actions over the core's fixes: one `quickfix` per fix of each diagnostic in the
 * request, "fix all <code> in this file" per fixable code, and `source.fixAll.ogi-report`
 * whose edit is computed inline for the exact document version (so fix-on-save is safe).
 */
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import { diffEdits, fixAllText, ui, type Diagnostic as CoreDiagnostic, type TextEdit } from '../core';
import type { Checked } from './documents';
import { guard, type ServerContext } from './context';
import { matchesCore, toLspDiagnostic, workspaceEdit } from './convert';
import { COMMANDS, ENCODING_CODE, FIX_ALL_KIND } from './protocol';

/** Does a requested kind (`only` entry) select actions of `kind`? Kinds are dot-separated hierarchies. */
export function kindSelected(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return false;
  return only.some((k) => k === '' || kind === k || kind.startsWith(`${k}.`));
}


export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction(
    guard(ctx, 'textDocument/codeAction', [] as CodeAction[], async (params: CodeActionParams) => {
      const doc = ctx.reports.get(params.textDocument.uri);
      if (!doc) return [];
      const checked = await ctx.reports.check(doc);
      if (!checked.recognized) return [];
      return codeActions(ctx, checked, params);
    }),
  );
}

export function codeActions(ctx: ServerContext, checked: Checked, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (!only || kindSelected(only, CodeActionKind.QuickFix)) actions.push(...quickFixes(ctx, checked, params));
  if (kindSelected(only, FIX_ALL_KIND)) {
    const action = fixAllAction(ctx, checked, undefined);
    if (action) actions.push(action);
  }
  return actions;
}

function quickFixes(ctx: ServerContext, checked: Checked, params: CodeActionParams): CodeAction[] {
  // Several rules often point at the same culprit cell with the same fix (ROWSUM, RESULTSUM
  // and BALANCE on one wrong total): one action per distinct edit, carrying all of them.
  const byEdit = new Map<string, CodeAction>();
  const fixAllCodes = new Set<string>();
  for (const core of diagnosticsFor(checked, params)) {
    const lsp = toLspDiagnostic(core, checked.uri, ctx.client.relatedInformation, ctx.client.ruleDocBase);
    if (core.code === ENCODING_CODE) {
      // Not an edit: the file must be read again with another encoding (the client does it).
      byEdit.set(ENCODING_CODE, {
        title: ui(checked.locale, 'encoding.reopen'),
        kind: CodeActionKind.QuickFix,
        diagnostics: [lsp],
        isPreferred: true,
        command: { title: 'reopen', command: COMMANDS.reopenWithEncoding, arguments: [checked.uri] },
      });
    }
    for (const fix of core.fixes ?? []) {
      const key = JSON.stringify([fix.title, fix.edits]);
      const seen = byEdit.get(key);
      if (seen) {
        seen.diagnostics?.push(lsp);
        seen.isPreferred ||= fix.isPreferred === true;
        continue;
      }
      byEdit.set(key, {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [lsp],
        isPreferred: fix.isPreferred === true,
        edit: workspaceEdit(checked.uri, checked.version, fix.edits, ctx.client.documentChanges),
      });
    }
    if (core.fixes?.some((f) => f.kind === 'safe')) fixAllCodes.add(core.code);
  }
  const actions = [...byEdit.values()];
  const fixAllEditsSeen = new Set<string>();
  for (const code of fixAllCodes) {
    const action = fixAllAction(ctx, checked, code);
    const key = JSON.stringify(action?.edit);
    if (action && !fixAllEditsSeen.has(key)) {
      fixAllEditsSeen.add(key);
      actions.push(action);
    }
  }
  return actions;
}

/** The request's diagnostics mapped back to the core's (with their fixes), else those under the range. */
function diagnosticsFor(checked: Checked, params: CodeActionParams): CoreDiagnostic[] {
  const sent = params.context.diagnostics ?? [];
  if (sent.length > 0) return checked.diagnostics.filter((core) => sent.some((lsp) => matchesCore(lsp, core)));
  const { start, end } = params.range;
  return checked.diagnostics.filter((d) => !before(d.range.end, start) && !before(end, d.range.start));
}

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/**
 * The edits of "fix all", as the CLI's `--fix` makes them: safe fixes applied round after
 * round until none is left (a recomputed row total can make （七）总计 fixable), sent as one
 * set of minimal edits against this exact version.
 */
function fixAllEditsOf(checked: Checked, code: string | undefined): TextEdit[] {
  if (!checked.model) return [];
  const before = checked.model.text;
  const { text } = fixAllText(before, { locale: checked.locale, severity: checked.settings.severity }, code);
  return diffEdits(before, text);
}

/** Fix-all for one code (quick fix kind) or for every code (`source.fixAll.ogi-report`). */
function fixAllAction(ctx: ServerContext, checked: Checked, code: string | undefined): CodeAction | null {
  const fixed = checked.diagnostics.filter((d) => (code === undefined || d.code === code) && d.fixes?.some((f) => f.kind === 'safe'));
  // "Fix all <code>" next to a single problem would only repeat its own quick fix.
  if (fixed.length === 0 || (code !== undefined && fixed.length < 2)) return null;
  const edits = fixAllEditsOf(checked, code);
  if (edits.length === 0) return null;
  return {
    title: code === undefined ? ui(checked.locale, 'fix-all.file') : ui(checked.locale, 'fix-all.code', { code }),
    kind: code === undefined ? FIX_ALL_KIND : CodeActionKind.QuickFix,
    diagnostics: fixed.map((d) => toLspDiagnostic(d, checked.uri, ctx.client.relatedInformation, ctx.client.ruleDocBase)),
    edit: workspaceEdit(checked.uri, checked.version, edits, ctx.client.documentChanges),
  };
}
