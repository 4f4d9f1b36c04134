/**
 * What the Node and the browser extension share once their language client exists: the
 * output channel's log, the commands (restart, output, rule pages, table preview, import,
 * check the folder), the language status item.
 */
import * as vscode from 'vscode';
import { State, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import {
  CHECK_WORKSPACE_REQUEST,
  COMMANDS,
  LANGUAGE_ID,
  STATUS_NOTIFICATION,
  type CheckWorkspaceParams,
  type CheckWorkspaceReply,
  type InitializationOptions,
  type StatusParams,
} from '../../server/src/lsp/protocol';
import { registerCommands } from './commands';
import { registerImport } from './importOffer';
import { WATCHED_LANGUAGES, WATCHED_SCHEMES } from './lazy';
import { uiText } from './l10n';
import { TablePreview } from './preview';
import { registerRuleDocs, ruleDocBase } from './ruleDocs';
import { ReportStatus } from './status';
import { ReviewSummary } from './reviewSummary';

export const CLIENT_NAME = '政府信息公开年报检查 (ogi-report)';

/** Plain-text and Markdown only from real files and untitled editors (not output channels, diff views …). */
export const DOCUMENT_SELECTOR = [
  { language: LANGUAGE_ID },
  ...WATCHED_LANGUAGES.flatMap((language) => WATCHED_SCHEMES.map((scheme) => ({ language, scheme }))),
];

/**
 * The extension owns its output channel: a channel the client made is disposed when the client
 * stops, so after a restart "显示输出" would fail ("Channel has been closed").
 */
let channel: vscode.LogOutputChannel | undefined;

export function clientOptions(context: vscode.ExtensionContext): LanguageClientOptions {
  const initializationOptions: InitializationOptions = { locale: vscode.env.language, ruleDocBase: ruleDocBase(context) };
  if (!channel) {
    channel = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
    context.subscriptions.push(channel);
  }
  return {
    outputChannel: channel,
    documentSelector: DOCUMENT_SELECTOR,
    initializationOptions,
    // Pull diagnostics on every change and save, not only on open (the client's default is open only).
    diagnosticPullOptions: { onChange: true, onSave: true },
  };
}

export async function activateShared(context: vscode.ExtensionContext, client: BaseLanguageClient, where: 'node' | 'browser'): Promise<void> {
  const output = client.outputChannel;
  const log = (line: string): void => output.appendLine(`[${new Date().toISOString()}] ${line}`);
  const version = String(context.extension.packageJSON.version ?? '?');
  log(`ogi-report ${version} (${where}), VS Code ${vscode.version}, UI language ${vscode.env.language}`);
  log(`settings: ${JSON.stringify(vscode.workspace.getConfiguration('ogiReport'))}`);

  context.subscriptions.push(
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) log('language server running');
      if (e.newState === State.Stopped) log('language server stopped');
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('ogiReport')) log(`settings changed: ${JSON.stringify(vscode.workspace.getConfiguration('ogiReport'))}`);
    }),
  );

  const status = new ReportStatus();
  context.subscriptions.push(status, new TablePreview(client));
  const review = new ReviewSummary(client, log);
  context.subscriptions.push(review);
  registerCommands(context);
  registerRuleDocs(context, log);
  registerImport(context, client, log);
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.restart, async () => {
      log('restarting the language server');
      try {
        // stop + start (what the Node client's restart() does; the browser client has none).
        if (client.isRunning()) await client.stop();
        await client.start();
        void vscode.window.setStatusBarMessage(uiText().restarted, 5000);
      } catch (e) {
        log(`restart failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        output.show(true);
      }
    }),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(COMMANDS.checkWorkspace, () => checkWorkspace(client, log)),
    vscode.commands.registerCommand(COMMANDS.reviewSummary, () => review.show()),
    client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => status.update(params)),
  );
  try {
    await client.start();
    log(`language server started: ${client.initializeResult?.serverInfo?.name ?? ''} ${client.initializeResult?.serverInfo?.version ?? ''}`);
  } catch (e) {
    log(`language server failed to start: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    output.show(true);
  }
}

async function checkWorkspace(client: BaseLanguageClient, log: (line: string) => void): Promise<CheckWorkspaceReply | undefined> {
  const t = uiText();
  const folders = vscode.workspace.workspaceFolders?.map((f) => f.uri.toString()) ?? [];
  if (!folders.length) {
    void vscode.window.showInformationMessage(t.noWorkspace);
    return undefined;
  }
  const params: CheckWorkspaceParams = { folders };
  const reply = await client.sendRequest<CheckWorkspaceReply>(CHECK_WORKSPACE_REQUEST, params);
  log(`workspace check: ${JSON.stringify(reply)}`);
  const message = t.workspaceChecked(reply.files, reply.errors, reply.warnings, reply.others) + (reply.truncated ? `；${t.workspaceTruncated(reply.files)}` : '');
  void vscode.window.showInformationMessage(message, t.showProblems).then((c) => {
    if (c) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  return reply;
}
