/**
 * VS Code client: starts dist/server.js over IPC for `ogi-report`, plain-text and Markdown
 * documents (the server leaves a plain/Markdown document alone unless it looks like a report),
 * registers the commands and the language status item.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_ID, STATUS_NOTIFICATION, type InitializationOptions, type StatusParams } from '../../server/src/lsp/protocol';
import { registerCommands } from './commands';
import { ReportStatus } from './status';

let client: LanguageClient | undefined;

/** Plain-text and Markdown only from real files and untitled editors (not output channels, diff views …). */
const DOCUMENT_SELECTOR = [
  { language: LANGUAGE_ID },
  ...['plaintext', 'markdown'].flatMap((language) => ['file', 'untitled', 'vscode-vfs'].map((scheme) => ({ language, scheme }))),
];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const initializationOptions: InitializationOptions = { locale: vscode.env.language };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    initializationOptions,
    // Pull diagnostics on every change and save, not only on open (the client's default is open only).
    diagnosticPullOptions: { onChange: true, onSave: true },
  };
  client = new LanguageClient('ogiReport', '政府信息公开年报检查 (ogi-report)', serverOptions, clientOptions);

  const status = new ReportStatus(DOCUMENT_SELECTOR);
  context.subscriptions.push(status);
  registerCommands(context);
  context.subscriptions.push(client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => status.update(params)));
  await client.start();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
