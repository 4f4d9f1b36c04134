/**
 * The VS Code extension's client, for both hosts in one bundle (dist/client.js: package.json
 * `browser`, and on Node loaded by the bootstrap, `main`, when a report or a command needs it —
 * bootstrap.ts): on Node (desktop, remote, code-server) the language server runs as
 * a Node process over IPC; in the web extension host (vscode.dev) it runs in a Web Worker. The
 * same dist/server.js serves both. Each host's client library is required only on that host.
 * Documents: `ogi-report`, plain text and Markdown (the server leaves a plain/Markdown document
 * alone unless it looks like a report). Everything else is shared (`shared.ts`).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type * as NodeClient from 'vscode-languageclient/node';
import type * as BrowserClient from 'vscode-languageclient/browser';
import { activateShared, CLIENT_NAME, clientOptions } from './shared';

// The web extension host's Worker (the project has no DOM lib).
declare const Worker: new (url: string) => ConstructorParameters<typeof BrowserClient.LanguageClient>[3];

let client: BaseLanguageClient | undefined;

function onNode(): boolean {
  return typeof process === 'object' && typeof process.versions?.node === 'string';
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const server = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js');
  // The id `ogiReport` makes the client read `ogiReport.trace.server`.
  if (onNode()) {
    const { LanguageClient, TransportKind } = require('vscode-languageclient/node') as typeof NodeClient;
    const module = server.fsPath;
    client = new LanguageClient('ogiReport', CLIENT_NAME, {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    }, clientOptions(context));
  } else {
    const { LanguageClient } = require('vscode-languageclient/browser') as typeof BrowserClient;
    client = new LanguageClient('ogiReport', CLIENT_NAME, clientOptions(context), new Worker(server.toString(true)));
  }
  await activateShared(context, client, onNode() ? 'node' : 'browser');
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
