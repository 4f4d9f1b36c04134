/**
 * Commands that need no server round trip: `ogiReport.newReport` opens an untitled report
 * built by the core's template (its text bundled into the client); `ogiReport.fixAll` asks for
 * `source.fixAll.ogi-report` on the active document and applies it; `reopenWithEncoding`
 * shows the file and VS Code's own encoding picker (a GBK report opened as UTF-8).
 */
import * as vscode from 'vscode';
// The skeleton module alone (the core's index would bring every rule and hover text); in the
// bundle, the build puts its text here instead of its code (client/src/shims/newReportText.ts).
import { newReportText } from '../../server/src/core/skeleton';
import { COMMANDS, FIX_ALL_KIND, LANGUAGE_ID } from '../../server/src/lsp/protocol';
import { uiText } from './l10n';

export function registerCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.newReport, newReport),
    vscode.commands.registerCommand(COMMANDS.fixAll, fixAll),
    vscode.commands.registerCommand(COMMANDS.reopenWithEncoding, reopenWithEncoding),
  );
}

async function newReport(): Promise<vscode.TextEditor> {
  // Reports are written early in the year about the year before.
  const year = new Date().getFullYear() - 1;
  // No `process` in the web extension host: the user's files.eol says which line ends to use.
  const eol = vscode.workspace.getConfiguration('files').get<string>('eol') === '\r\n' ? '\r\n' : '\n';
  const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: newReportText({ year, eol }) });
  return vscode.window.showTextDocument(doc);
}

/** Apply every safe fix of the active report; returns how many edits were applied. */
async function fixAll(): Promise<number> {
  const t = uiText();
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(t.noEditor);
    return 0;
  }
  const doc = editor.document;
  const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, FIX_ALL_KIND)) ?? [];
  const action = actions.find((a) => a.kind?.value === FIX_ALL_KIND && a.edit);
  const count = action?.edit ? action.edit.entries().reduce((n, [, edits]) => n + edits.length, 0) : 0;
  if (!action?.edit || count === 0) {
    void vscode.window.setStatusBarMessage(t.nothingToFix, 3000);
    return 0;
  }
  await vscode.workspace.applyEdit(action.edit);
  void vscode.window.setStatusBarMessage(t.fixed(count), 3000);
  return count;
}

/** Bring the file forward and open VS Code's encoding picker (Reopen with Encoding → GB18030). */
async function reopenWithEncoding(uri?: string): Promise<void> {
  if (uri) {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (doc) await vscode.window.showTextDocument(doc);
  }
  void vscode.window.setStatusBarMessage(uiText().reopenHint, 10_000);
  await vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
}
