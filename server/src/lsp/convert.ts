/**
 * Core values → LSP values. The core already speaks LSP positions (0-based line, UTF-16
 * character), so only severities, related information and edits need shaping.
 */
import {
  DiagnosticSeverity,
  OptionalVersionedTextDocumentIdentifier,
  TextDocumentEdit,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { Diagnostic as CoreDiagnostic, Severity, TextEdit as CoreTextEdit } from '../core';
import { DIAGNOSTIC_SOURCE } from './protocol';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspSeverity(severity: Severity): DiagnosticSeverity {
  return SEVERITY[severity] ?? DiagnosticSeverity.Warning;
}

/** `{code}` in the base is replaced by the code; otherwise the code is appended. */
export function ruleDocHref(base: string, code: string): string {
  const c = encodeURIComponent(code);
  return base.includes('{code}') ? base.replace('{code}', c) : `${base}${c}`;
}

/**
 * `ruleDocBase` + code is the rule's page (`codeDescription.href`): the client links the code
 * shown in Problems and in the hover to it.
 */
export function toLspDiagnostic(d: CoreDiagnostic, uri: string, relatedSupport: boolean, ruleDocBase?: string): Diagnostic {
  const out: Diagnostic = {
    range: d.range,
    severity: toLspSeverity(d.severity),
    code: d.code,
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
  };
  if (ruleDocBase) out.codeDescription = { href: ruleDocHref(ruleDocBase, d.code) };
  if (relatedSupport && d.relatedInformation?.length) {
    out.relatedInformation = d.relatedInformation.map((r) => ({
      location: { uri: r.uri ?? uri, range: r.range },
      message: r.message,
    }));
  }
  return out;
}

export function toLspEdits(edits: readonly CoreTextEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: e.range, newText: e.newText }));
}

/** A workspace edit for one document: a versioned `TextDocumentEdit` when the client supports it. */
export function workspaceEdit(uri: string, version: number, edits: readonly CoreTextEdit[], documentChanges: boolean): WorkspaceEdit {
  const lspEdits = toLspEdits(edits);
  if (documentChanges) {
    return { documentChanges: [TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(uri, version), lspEdits)] };
  }
  return { changes: { [uri]: lspEdits } };
}

function samePosition(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line === b.line && a.character === b.character;
}

/**
 * Does an LSP diagnostic sent back by the client stand for this core diagnostic? Same code and
 * range; or same code, message and line, because some clients send the range back in other
 * units (Neovim 0.7 returns byte columns as `character`).
 */
export function matchesCore(lsp: Diagnostic, core: CoreDiagnostic): boolean {
  if (lsp.code !== core.code || (lsp.source !== undefined && lsp.source !== DIAGNOSTIC_SOURCE)) return false;
  if (samePosition(lsp.range.start, core.range.start) && samePosition(lsp.range.end, core.range.end)) return true;
  return lsp.message === core.message && lsp.range.start.line === core.range.start.line;
}
