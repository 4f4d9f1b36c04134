/**
 * Commands: `ogiReport.newReport` opens an untitled report built by the core's template
 * (bundled into the client, no server round trip); `ogiReport.fixAll` asks the server for
 * `source.fixAll.ogi-report` on the active document and applies it.
 */
import * as vscode from 'vscode';
// The skeleton module alone: importing the core's index would bundle every rule and hover text.
import { newReportText } from '../../server/src/core/skeleton';
import { COMMANDS, FIX_ALL_KIND, LANGUAGE_ID } from '../../server/src/lsp/protocol';
import { uiText } from './l10n';

export function registerCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.newReport, newReport),
    vscode.commands.registerCommand(COMMANDS.fixAll, fixAll),
  );
}

async function newReport(): Promise<vscode.TextEditor> {
  // Reports are written early in the year about the year before.
  const year = new Date().getFullYear() - 1;
  const eol = process.platform === 'win32' ? '\r\n' : '\n';
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
