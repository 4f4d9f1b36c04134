/**
 * The language server on Node (VS Code desktop and remote, Neovim …). `createConnection(ProposedFeatures.all)`
 * picks the transport from argv, so VS Code's `--node-ipc` and editors' `--stdio` both work.
 * The features are wired in `lsp/main.ts` (shared with the Web Worker entry); this file adds
 * what needs the disk: last year's report beside an open one, the workspace check, the importers.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { loadImporter } from './nodeImporter';
import { startServer } from './main';
import { setConfigReader } from './settings';
import { readConfigFor } from '../config/lsp';
import { nodeWorkspaceFiles } from './nodeWorkspace';
import { nodeReviewPage } from './nodeReviewSummary';
import { SiblingReports } from './siblings';
import { keepReaderInFrame } from './transport';
import { version } from '../../../package.json';

keepReaderInFrame();
const connection = createConnection(ProposedFeatures.all);
const log = (message: string): void => connection.console.error(message);

setConfigReader(readConfigFor);
startServer(connection, version, {
  siblings: (l) => new SiblingReports(l),
  // The rule pages ship beside the bundle: <extension>/docs/rules/<CODE>.md.
  ruleDocBase: `${pathToFileURL(join(__dirname, '..', 'docs', 'rules')).href}/{code}.md`,
  importReport: loadImporter(),
  workspaceFiles: nodeWorkspaceFiles,
  reviewPage: nodeReviewPage(version),
});

// Last line of defence: a bug in a handler that escaped `guard` is logged, not fatal.
process.on('uncaughtException', (e) => log(`uncaught: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
process.on('unhandledRejection', (e) => log(`unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
