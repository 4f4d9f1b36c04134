/**
 * The extension's Node entry (package.json `main`, dist/bootstrap.js, a few KB). VS Code
 * activates the extension when any plain-text or Markdown file opens; the language client
 * (dist/client.js) and the server process it starts cost ~760 KB of JavaScript and a process,
 * so they load only when needed:
 * - a report is open or opens: the `ogi-report` language, or plain text / Markdown whose text
 *   may be a report (the core's first look, evaluated at build time: `OGI_REPORT_HINTS`), also
 *   when typing or a paste makes it one;
 * - a Word, PDF or web-page report opens (the client offers to import it);
 * - a command runs (each is registered here and forwarded to the client once it is loaded).
 * The web extension host (package.json `browser`) cannot `require` a file beside the bundle:
 * it loads dist/client.js itself.
 */
import type * as Vscode from 'vscode';
import { COMMANDS } from '../../server/src/lsp/protocol';
import { editWindows, forwardCommands, offersImport, reportTest, startsClient, type HintSources } from './lazy';

declare const OGI_REPORT_HINTS: HintSources;
// `require` and `exports`, not `import` and `export`: the bundle then needs none of esbuild's
// ES-module helpers (bytes every editor loads).
const vscode = require('vscode') as typeof Vscode;

type Client = typeof import('./extension');
let client: Client | undefined;

function activate(context: Vscode.ExtensionContext): void {
  const mayBeReport = reportTest(OGI_REPORT_HINTS);
  const watching: Vscode.Disposable[] = [];
  let started: Promise<void> | undefined;
  const start = (): Promise<void> =>
    (started ??= (async () => {
      // First: the client registers the same commands.
      for (const d of watching.splice(0)) d.dispose();
      // A file beside this one (not bundled in it), read only now.
      client = require('./client.js') as Client;
      await client.activate(context);
    })());
  const detect = (doc: Vscode.TextDocument) => vscode.workspace.getConfiguration('ogiReport', doc.uri).get<string>('detect');
  const onDocument = (doc: Vscode.TextDocument) => {
    if (!started && startsClient(doc, () => detect(doc), () => mayBeReport(doc.getText()))) void start();
  };
  const onTab = (tab: Vscode.Tab | undefined) => {
    const uri = (tab?.input as { uri?: unknown } | undefined)?.uri;
    if (started || !(uri instanceof vscode.Uri)) return;
    if (offersImport(uri.path, () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.getText())) void start();
  };
  watching.push(
    ...forwardCommands(
      Object.values(COMMANDS),
      (id, handler) => vscode.commands.registerCommand(id, handler),
      start,
      (id, ...args) => vscode.commands.executeCommand(id, ...args),
    ),
    vscode.workspace.onDidOpenTextDocument(onDocument),
    vscode.workspace.onDidChangeTextDocument(({ document: doc, contentChanges }) => {
      if (started || !contentChanges.length) return;
      const around = ([from, to]: [number, number]) => doc.getText(new vscode.Range(doc.positionAt(from), doc.positionAt(to)));
      if (startsClient(doc, () => detect(doc), () => editWindows(contentChanges).some((w) => mayBeReport(around(w))))) void start();
    }),
    // `changed` too: a file opened from the explorer replaces the preview tab, which is no new tab.
    vscode.window.tabGroups.onDidChangeTabs((e) => [...e.opened, ...e.changed].forEach(onTab)),
  );
  context.subscriptions.push({ dispose: () => watching.splice(0).forEach((d) => d.dispose()) });
  vscode.workspace.textDocuments.forEach(onDocument);
  onTab(vscode.window.tabGroups.activeTabGroup.activeTab);
}

function deactivate(): Thenable<void> | undefined {
  return client?.deactivate();
}

exports.activate = activate;
exports.deactivate = deactivate;
