/**
 * Reports published as Word, PDF or web pages: opening one offers "导入为可编辑的年报文本"
 * (a notification, and the command of the same name in the palette and the explorer's
 * context menu). The server reads the file (its importers load only then) and the text opens
 * as a new untitled report document with all the usual checks.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { COMMANDS, IMPORT_REQUEST, LANGUAGE_ID, type ImportParams, type ImportReply } from '../../server/src/lsp/protocol';
import { uiText } from './l10n';
// Shared with the bootstrap, which loads this client when such a file opens.
import { IMPORTABLE, REPORT_NAME } from './lazy';

const PDF = /\.pdf$/i;
/** Word 97–2003 and WPS files: read by the full importers only (their compound-file reader is not in the .vsix). */
const OLD_WORD = /\.(doc|wps)$/i;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** The file a tab shows: text, custom and binary-file editors all carry a `uri`. */
function tabUri(tab: vscode.Tab | undefined): vscode.Uri | undefined {
  const uri = (tab?.input as { uri?: unknown } | undefined)?.uri;
  return uri instanceof vscode.Uri ? uri : undefined;
}

/**
 * Whether this installation reads PDFs and Word 97–2003 files: the full importers (dist/import.mjs,
 * pdf.js, 1.8 MB) are in a development checkout, not in the .vsix, which ships only the .docx and
 * web-page importers. Asked once.
 */
function pdfImporterInstalled(context: vscode.ExtensionContext): Thenable<boolean> {
  return vscode.workspace.fs.stat(vscode.Uri.joinPath(context.extensionUri, 'dist', 'import.mjs')).then(
    () => true,
    () => false,
  );
}

export function registerImport(context: vscode.ExtensionContext, client: BaseLanguageClient, log: (line: string) => void): void {
  const offered = new Set<string>();
  let readsPdf: Thenable<boolean> | undefined;

  const importReport = async (arg?: vscode.Uri): Promise<vscode.TextEditor | undefined> => {
    const t = uiText();
    const uri = arg instanceof vscode.Uri ? arg : tabUri(vscode.window.tabGroups.activeTabGroup.activeTab);
    if (!uri || !IMPORTABLE.test(uri.path)) {
      const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 年报: ['docx', 'doc', 'wps', 'pdf', 'html', 'htm', 'mht', 'mhtml'] } });
      if (!picked?.[0]) return undefined;
      return importReport(picked[0]);
    }
    const reply = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t.importing }, async () => {
      const bytes = await vscode.workspace.fs.readFile(uri);
      const params: ImportParams = { fileName: uri.path.split('/').pop() ?? uri.path, base64: toBase64(bytes) };
      return client.sendRequest<ImportReply>(IMPORT_REQUEST, params);
    });
    log(`import ${uri.toString()}: ${reply.form}, ${reply.text.length} characters${reply.problem ? `, ${reply.problem}` : ''}`);
    if (!reply.text.trim()) {
      void vscode.window.showErrorMessage(t.importFailed(reply.problem ?? '—'));
      return undefined;
    }
    if (reply.problem) void vscode.window.showWarningMessage(reply.problem);
    const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: reply.text });
    return vscode.window.showTextDocument(doc);
  };

  const offer = (uri: vscode.Uri | undefined): void => {
    if (!uri || !IMPORTABLE.test(uri.path) || offered.has(uri.toString())) return;
    // Only what looks like a report: a web developer's pages and other Word files are left alone.
    const name = decodeURIComponent(uri.path);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!REPORT_NAME.test(name) && !(open && REPORT_NAME.test(open.getText().slice(0, 20_000)))) return;
    offered.add(uri.toString());
    const t = uiText();
    const fileName = name.split('/').pop() ?? name;
    if (OLD_WORD.test(uri.path)) {
      // A `.doc` is often Word's web page under the old name, which the .vsix does import: only a
      // real Word 97–2003 file (a compound file, D0 CF 11 E0) gets the advice instead.
      void (readsPdf ??= pdfImporterInstalled(context)).then(async (reads) => {
        const head = reads ? null : await vscode.workspace.fs.readFile(uri).then((b) => b.subarray(0, 4), () => null);
        if (head && head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) void vscode.window.showInformationMessage(t.docOffer(fileName));
        else offerImport(uri, fileName);
      });
      return;
    }
    if (PDF.test(uri.path)) {
      // Never promise an import that then fails: without the PDF importer, say what to do instead.
      void (readsPdf ??= pdfImporterInstalled(context)).then((reads) => {
        if (reads) return offerImport(uri, fileName);
        void vscode.window.showInformationMessage(t.pdfOffer(fileName), t.pdfNewReport).then((chosen) => {
          if (chosen === t.pdfNewReport) void vscode.commands.executeCommand(COMMANDS.newReport);
        });
      });
      return;
    }
    offerImport(uri, fileName);
  };

  const offerImport = (uri: vscode.Uri, fileName: string): void => {
    const t = uiText();
    void vscode.window.showInformationMessage(t.importOffer(fileName), t.importAction).then((chosen) => {
      if (chosen === t.importAction) void importReport(uri);
    });
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.importReport, importReport),
    // `changed` too: a file opened from the explorer replaces the preview tab, which is no new tab.
    vscode.window.tabGroups.onDidChangeTabs((e) => [...e.opened, ...e.changed].forEach((tab) => offer(tabUri(tab)))),
  );
  offer(tabUri(vscode.window.tabGroups.activeTabGroup.activeTab));
}
