/**
 * Language server entry (bundled to dist/server.js). `createConnection(ProposedFeatures.all)`
 * picks the transport from argv, so VS Code's `--node-ipc` and editors' `--stdio` both work.
 * This file only wires the feature modules in `lsp/` to the connection; none of them holds
 * logic the core already has.
 */
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { registerCodeActions } from './lsp/codeActions';
import { guard, NO_CLIENT_SUPPORT, readClientSupport, type ServerContext } from './lsp/context';
import { DiagnosticsFeature } from './lsp/diagnostics';
import { ReportDocuments } from './lsp/documents';
import { registerHover } from './lsp/hover';
import { registerInlayHints } from './lsp/inlayHints';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND, SETTINGS_SECTION } from './lsp/protocol';
import { SettingsStore } from './lsp/settings';
import { keepReaderInFrame } from './lsp/transport';
import { registerSymbols } from './lsp/symbols';
import { SiblingReports } from './lsp/siblings';
import { version } from '../../package.json';

keepReaderInFrame();
const connection = createConnection(ProposedFeatures.all);
const log = (message: string): void => connection.console.error(message);
let client = NO_CLIENT_SUPPORT;
const settings = new SettingsStore(connection, () => client.configuration, log);
const reports = new ReportDocuments(settings, () => client.locale, new SiblingReports(log));
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
  client = readClientSupport(params);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      documentSymbolProvider: { label: '政府信息公开年报' },
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
});

connection.onDidChangeConfiguration(
  guard(ctx, 'workspace/didChangeConfiguration', undefined, async (params: { settings?: unknown }) => {
    ctx.settings.changed(params?.settings);
    await diagnostics.recheckAll();
    if (ctx.client.inlayHintRefresh) await connection.languages.inlayHint.refresh();
  }),
);

const documents = ctx.reports.documents;
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

// Last line of defence: a bug in a handler that escaped `guard` is logged, not fatal.
process.on('uncaughtException', (e) => log(`uncaught: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
process.on('unhandledRejection', (e) => log(`unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));

documents.listen(connection);
connection.listen();
