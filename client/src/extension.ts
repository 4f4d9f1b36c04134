/**
 * VS Code client (desktop and remote, Node): starts dist/server.js over IPC for `ogi-report`,
 * plain-text and Markdown documents (the server leaves a plain/Markdown document alone unless
 * it looks like a report). Everything else is shared with the web extension (`shared.ts`).
 */
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateShared, CLIENT_NAME, clientOptions } from './shared';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  // The id `ogiReport` makes the client read `ogiReport.trace.server`.
  client = new LanguageClient('ogiReport', CLIENT_NAME, serverOptions, clientOptions(context));
  await activateShared(context, client, 'node');
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
