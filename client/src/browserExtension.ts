/**
 * The web extension (vscode.dev, github.dev): the same client, with the language server in a
 * Web Worker (dist/browser/server.js) instead of a Node process.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateShared, CLIENT_NAME, clientOptions } from './shared';

// The web extension host's Worker (the project has no DOM lib).
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const main = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
  const worker = new Worker(main.toString(true));
  client = new LanguageClient('ogiReport', CLIENT_NAME, clientOptions(context), worker);
  await activateShared(context, client, 'browser');
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
