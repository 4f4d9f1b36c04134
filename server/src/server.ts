/**
 * Language server entry (bundled to dist/server.js). One bundle serves both hosts: run by Node
 * (VS Code's `--node-ipc`, editors' `--stdio`) it starts `lsp/nodeMain.ts`; loaded as a Web
 * Worker (vscode.dev) it starts `lsp/browser.ts`. Each is required only on its own host, so the
 * Node-only modules (disk, IPC) never run in the worker — and the .vsix carries one server, not two.
 */
declare const importScripts: unknown;

if (typeof importScripts === 'function') require('./lsp/browser');
else require('./lsp/nodeMain');
