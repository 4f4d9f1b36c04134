/**
 * The language status item: "政府信息公开年报 · N 个问题", fed by the server's
 * `ogiReport/status` notification and following the active editor. It shows only on report
 * documents: the `ogi-report` language, and plain-text/Markdown documents the server
 * recognised as reports (added to the selector one by one). Its counts are those of Problems.
 */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';
import { LANGUAGE_ID } from '../../server/src/lsp/protocol';
import { uiText } from './l10n';

export class ReportStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly byUri = new Map<string, StatusParams>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.item = vscode.languages.createLanguageStatusItem('ogiReport.status', { language: LANGUAGE_ID });
    this.item.name = uiText().statusName;
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (this.byUri.delete(doc.uri.toString())) this.updateSelector();
      }),
    );
    this.render();
  }

  update(params: StatusParams): void {
    const before = this.byUri.get(params.uri)?.recognized;
    this.byUri.set(params.uri, params);
    if (before !== params.recognized) this.updateSelector();
    this.render();
  }

  /** The report language, plus each recognised plain-text or Markdown document by its path. */
  private updateSelector(): void {
    const extra: vscode.DocumentFilter[] = [];
    for (const [uri, s] of this.byUri) {
      if (!s.recognized) continue;
      const parsed = vscode.Uri.parse(uri);
      // Glob characters in a file name would make the pattern match other files: escape them.
      extra.push({ scheme: parsed.scheme, pattern: parsed.path.replace(/[[\]{}*?]/g, '[$&]') });
    }
    this.item.selector = [{ language: LANGUAGE_ID }, ...extra];
  }

  private render(): void {
    const t = uiText();
    this.item.name = t.statusName;
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri ? this.byUri.get(uri) : undefined;
    if (!status || !status.recognized) {
      this.item.text = t.checking;
      this.item.detail = undefined;
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      this.item.command = undefined;
      return;
    }
    if (status.structureOnly) {
      this.item.text = t.structureOnly;
      this.item.detail = t.structureOnlyDetail;
      this.item.severity = vscode.LanguageStatusSeverity.Warning;
      this.item.command = undefined;
      return;
    }
    const others = status.others ?? 0;
    const problems = status.errors + status.warnings + others;
    this.item.text = t.recognized(problems);
    this.item.detail = t.detail(status.errors, status.warnings, others);
    this.item.severity =
      status.errors > 0 ? vscode.LanguageStatusSeverity.Error : status.warnings > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    this.item.command = problems > 0 ? { title: t.showProblems, command: 'workbench.actions.view.problems' } : undefined;
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
