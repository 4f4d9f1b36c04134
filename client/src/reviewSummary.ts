/**
 * "打开审阅汇总": the reviewer's page of `review` (every report of the workspace folders checked
 * together) in a webview. The server makes the page; scripts run only with this panel's nonce.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { REVIEW_SUMMARY_REQUEST, type ReviewSummaryParams, type ReviewSummaryReply } from '../../server/src/lsp/protocol';
import { uiText } from './l10n';

export class ReviewSummary implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;

  constructor(private readonly client: BaseLanguageClient, private readonly log: (line: string) => void) {}

  async show(): Promise<ReviewSummaryReply | undefined> {
    const t = uiText();
    const folders = vscode.workspace.workspaceFolders?.map((f) => f.uri.toString()) ?? [];
    if (!folders.length) {
      void vscode.window.showInformationMessage(t.noWorkspace);
      return undefined;
    }
    const n = nonce();
    const params: ReviewSummaryParams = { folders, nonce: n };
    const reply = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t.reviewing }, () =>
      this.client.sendRequest<ReviewSummaryReply>(REVIEW_SUMMARY_REQUEST, params),
    );
    this.log(`review summary: ${reply.reports} reports${reply.truncated ? ' (truncated)' : ''}`);
    if (!reply.html) {
      void vscode.window.showInformationMessage(t.reviewEmpty);
      return reply;
    }
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('ogiReport.reviewSummary', t.reviewTitle, vscode.ViewColumn.Active, {
        enableScripts: true,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
    } else this.panel.reveal();
    // The page is self-contained: nothing to load, inline style and script allowed by the nonce only.
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'nonce-${n}'; script-src 'nonce-${n}';">`;
    this.panel.webview.html = reply.html.replace(/<head>/i, `<head>\n${csp}`);
    return reply;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

function nonce(): string {
  let s = '';
  for (let i = 0; i < 32; i++) s += 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 62)];
  return s;
}
