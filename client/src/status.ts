/**
 * The language status item: "已识别为政府信息公开年报 · N 个问题", fed by the server's
 * `ogiReport/status` notification and following the active editor.
 */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';
import { COMMANDS } from '../../server/src/lsp/protocol';
import { uiText } from './l10n';

export class ReportStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly byUri = new Map<string, StatusParams>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(selector: vscode.DocumentSelector) {
    this.item = vscode.languages.createLanguageStatusItem('ogiReport.status', selector);
    this.item.name = uiText().statusName;
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((doc) => this.byUri.delete(doc.uri.toString())),
    );
    this.render();
  }

  update(params: StatusParams): void {
    this.byUri.set(params.uri, params);
    this.render();
  }

  private render(): void {
    const t = uiText();
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri ? this.byUri.get(uri) : undefined;
    if (!status || !status.recognized) {
      this.item.text = status ? t.notRecognized : t.checking;
      this.item.detail = undefined;
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      this.item.command = { title: t.newReport, command: COMMANDS.newReport };
      return;
    }
    if (status.structureOnly) {
      this.item.text = t.structureOnly;
      this.item.detail = t.structureOnlyDetail;
      this.item.severity = vscode.LanguageStatusSeverity.Warning;
      this.item.command = undefined;
      return;
    }
    const problems = status.errors + status.warnings + (status.others ?? 0);
    this.item.text = t.recognized(problems);
    this.item.detail = t.detail(status.errors, status.warnings);
    this.item.severity =
      status.errors > 0 ? vscode.LanguageStatusSeverity.Error : status.warnings > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    this.item.command = problems > 0 ? { title: t.showProblems, command: 'workbench.actions.view.problems' } : undefined;
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
