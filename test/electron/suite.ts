/**
 * Runs inside the VS Code extension host (no mocha): open the planted report, wait for the
 * T3-ROWSUM diagnostic (event-based), apply the preferred quick fix, check the text and that
 * the diagnostic goes away. Throwing fails the run.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const TIMEOUT_MS = 30_000;

/** Resolve with the document's diagnostics once `test` holds for them. */
function diagnosticsWhere(uri: vscode.Uri, test: (d: readonly vscode.Diagnostic[]) => boolean): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const current = vscode.languages.getDiagnostics(uri);
      if (!test(current)) return false;
      sub.dispose();
      clearTimeout(timer);
      resolve(current);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out; diagnostics: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => d.code))}`));
    }, TIMEOUT_MS);
    check();
  });
}

const isRowsum = (d: vscode.Diagnostic): boolean => d.code === 'T3-ROWSUM' || (typeof d.code === 'object' && d.code.value === 'T3-ROWSUM');

export async function run(): Promise<void> {
  const file = process.env.OGI_REPORT_FILE;
  assert.ok(file, 'OGI_REPORT_FILE not set');
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const editor = await vscode.window.showTextDocument(doc);
  assert.equal(doc.languageId, 'ogi-report', 'filenamePatterns make *年度报告*.txt an ogi-report document');

  const diagnostics = await diagnosticsWhere(doc.uri, (ds) => ds.some(isRowsum));
  const rowsum = diagnostics.find(isRowsum)!;
  assert.equal(rowsum.severity, vscode.DiagnosticSeverity.Error);
  assert.equal(doc.getText(rowsum.range), '21');

  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(rowsum.range.start.line, 2));
  const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  assert.match(hoverText, /（七）总计/);

  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, rowsum.range, vscode.CodeActionKind.QuickFix.value);
  const preferred = actions.find((a) => a.isPreferred);
  assert.ok(preferred?.edit, `a preferred quick fix among ${actions.map((a) => a.title).join(', ')}`);
  assert.ok(await vscode.workspace.applyEdit(preferred.edit));
  assert.equal(editor.document.getText(rowsum.range), '20');
  await diagnosticsWhere(doc.uri, (ds) => !ds.some(isRowsum));
}
