/**
 * The language server's features wired to a connection. Shared by the Node entry
 * (`server.ts`: stdio/IPC, files on disk) and the Web Worker entry (`browser.ts`: vscode.dev,
 * no disk): what only Node can do arrives through `NodeOnly` and is absent in the browser.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { registerCodeActions } from './codeActions';
import { guard, NO_CLIENT_SUPPORT, readClientSupport, type ServerContext } from './context';
import { DiagnosticsFeature } from './diagnostics';
import { ReportDocuments } from './documents';
import { registerFormatting } from './format';
import { registerHover } from './hover';
import { registerImport, type ImportFunction } from './importer';
import { registerInlayHints } from './inlayHints';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND, SETTINGS_SECTION } from './protocol';
import { SettingsStore } from './settings';
import { CONFIG_FILE_NAMES } from '../config/config';
import { ui } from '../core';
import type { SiblingReports } from './siblings';
import { registerSymbols } from './symbols';
import { registerTables } from './tables';
import { registerWorkspaceCheck, type WorkspaceFiles } from './workspaceCheck';
import { registerReviewSummary, type ReviewPage } from './reviewSummary';

export interface NodeOnly {
  /** Last year's report beside an open report on disk. */
  siblings?: (log: (message: string) => void) => SiblingReports;
  /** This server's own copy of the rule pages, for clients that pass none. */
  ruleDocBase?: string;
  /** Reads Word, PDF and web-page reports (loaded only when first asked). */
  importReport?: ImportFunction;
  /** Lists and reads the report files of workspace folders. */
  workspaceFiles?: WorkspaceFiles;
  /** Reviews workspace reports together for "打开审阅汇总". */
  reviewPage?: ReviewPage;
}

export function startServer(connection: Connection, version: string, nodeOnly: NodeOnly = {}): ServerContext {
  const log = (message: string): void => connection.console.error(message);
  let client = NO_CLIENT_SUPPORT;
  const settings = new SettingsStore(connection, () => client.configuration, log);
  const reports = new ReportDocuments(settings, () => client.locale, nodeOnly.siblings?.(log));
  const ctx: ServerContext = {
    connection,
    settings,
    reports,
    log,
    get client() {
      return client;
    },
  };
  const diagnostics = new DiagnosticsFeature(ctx);

  connection.onInitialize((params): InitializeResult => {
    client = readClientSupport(params, nodeOnly.ruleDocBase);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentSymbolProvider: { label: ui('zh-CN', 'symbols.label') },
        documentFormattingProvider: true,
        foldingRangeProvider: true,
        inlayHintProvider: { resolveProvider: false },
        ...(ctx.client.pullDiagnostics
          ? { diagnosticProvider: { identifier: DIAGNOSTIC_SOURCE, interFileDependencies: true, workspaceDiagnostics: false } }
          : {}),
      },
      serverInfo: { name: 'ogi-report', version },
    };
  });

  connection.onInitialized(() => {
    if (ctx.client.didChangeConfigurationDynamic) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    }
    // ogi-report.config.json(c) edited on disk: the settings that merged it are stale.
    if (ctx.client.didChangeWatchedFilesDynamic) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_FILE_NAMES.map((name) => ({ globPattern: `**/${name}` })) });
    }
  });

  connection.onDidChangeWatchedFiles(
    guard(ctx, 'workspace/didChangeWatchedFiles', undefined, async (params: { changes: { uri: string }[] }) => {
      if (!params.changes.some((c) => (CONFIG_FILE_NAMES as readonly string[]).some((n) => c.uri.endsWith(`/${n}`)))) return;
      ctx.settings.changed(undefined);
      await diagnostics.recheckAll();
    }),
  );

  connection.onDidChangeConfiguration(
    guard(ctx, 'workspace/didChangeConfiguration', undefined, async (params: { settings?: unknown }) => {
      ctx.settings.changed(params?.settings);
      await diagnostics.recheckAll();
      if (ctx.client.inlayHintRefresh) await connection.languages.inlayHint.refresh();
    }),
  );

  const workspace = registerWorkspaceCheck(ctx, nodeOnly.workspaceFiles);
  registerReviewSummary(ctx, nodeOnly.workspaceFiles, nodeOnly.reviewPage);
  const documents = ctx.reports.documents;
  documents.onDidOpen(guard(ctx, 'didOpen', undefined, (e) => workspace.opened(e.document.uri)));
  documents.onDidChangeContent(guard(ctx, 'check', undefined, (e) => diagnostics.changed(e.document)));
  documents.onDidClose(
    guard(ctx, 'didClose', undefined, async (e) => {
      ctx.reports.forget(e.document.uri);
      // A closed report no longer serves as another's last-year report.
      if (diagnostics.closed(e.document.uri)) await diagnostics.recheckAll();
    }),
  );

  diagnostics.register();
  registerCodeActions(ctx);
  registerHover(ctx);
  registerSymbols(ctx);
  registerInlayHints(ctx);
  registerFormatting(ctx);
  registerTables(ctx);
  registerImport(ctx, nodeOnly.importReport);

  documents.listen(connection);
  connection.listen();
  return ctx;
}
