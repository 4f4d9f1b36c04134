/**
 * Language server entry for the browser (vscode.dev): runs in a Web Worker and speaks LSP
 * over postMessage (bundled to dist/browser/server.js with `vscode-languageserver/node`
 * aliased to `/browser`). No disk: no last-year files beside a report, no workspace scan,
 * no importers; everything else is the same server.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from './main';
import { version } from '../../../package.json';

// The worker global (typed by what the reader takes: the project has no DOM lib).
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, version);
