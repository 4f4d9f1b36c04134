// What the bundles leave out of vscode-languageclient, vscode-languageserver and their
// dependencies (used by scripts/build.mjs; test/editor/client-shims.test.ts holds each stand-in
// to what it replaces). Both libraries are pinned to one version in package.json: update these
// lists with them.
import { resolve } from 'node:path';

/**
 * The client's feature modules for LSP features our server never offers: each is replaced by
 * client/src/shims/inertFeature.ts (announces nothing, registers nothing). ~48 KB of the bundle.
 */
export const INERT_FEATURE_MODULES = [
  'completion', 'signatureHelp', 'definition', 'reference', 'documentHighlight', 'workspaceSymbol',
  'codeLens', 'rename', 'documentLink', 'typeDefinition', 'implementation', 'colorProvider',
  'declaration', 'selectionRange', 'callHierarchy', 'semanticTokens', 'linkedEditingRange',
  'typeHierarchy', 'inlineValue', 'inlineCompletion', 'textDocumentContent', 'fileOperations',
  // Our server runs no server-side command and never asks for the workspace folders (the client
  // sends the folders with the requests that need them: checkWorkspace, reviewSummary).
  'executeCommand', 'workspaceFolder',
];

/** The server capabilities the kept features serve: the server may announce these and no others. */
export const KEPT_SERVER_CAPABILITIES = [
  'textDocumentSync', 'hoverProvider', 'codeActionProvider', 'documentSymbolProvider', 'documentFormattingProvider',
  'documentRangeFormattingProvider', 'documentOnTypeFormattingProvider', 'foldingRangeProvider', 'inlayHintProvider',
  'diagnosticProvider', 'notebookDocumentSync',
];

const inertModule = new RegExp(`^\\./(${INERT_FEATURE_MODULES.join('|')})$`);

/**
 * - semver: vscode-languageclient/node checks the VS Code version with `parse` and `satisfies`
 *   (`^1.91.0`); client/src/shims/semver.ts does that in 1 KB (semver: 20 KB).
 * - minimatch: only for glob filters a server registers (ours registers none); a small matcher
 *   in client/src/shims/minimatch.ts (minimatch: 29 KB).
 * - the unused feature modules above.
 */
export const clientShims = {
  name: 'client-shims',
  setup(build) {
    build.onResolve({ filter: /^minimatch$/ }, () => ({ path: resolve('client/src/shims/minimatch.ts') }));
    build.onResolve({ filter: /^semver\/functions\/(parse|satisfies)$/ }, (args) => ({ path: args.path, namespace: 'semver-shim' }));
    build.onLoad({ filter: /.*/, namespace: 'semver-shim' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(resolve('client/src/shims/semver.ts'))}).${args.path.split('/').pop()};`,
      resolveDir: resolve('.'),
      loader: 'js',
    }));
    build.onResolve({ filter: inertModule }, (args) =>
      // One module for all of them (one path): the bundle carries it once.
      /[\\/]vscode-languageclient[\\/]lib[\\/]common[\\/]client\.js$/.test(args.importer) ? { path: 'inert', namespace: 'inert-feature' } : undefined,
    );
    // Every class the module exported (`CompletionItemFeature`, `DidCreateFilesFeature` …) is the inert feature.
    build.onLoad({ filter: /.*/, namespace: 'inert-feature' }, () => ({
      contents: `const { InertFeature } = require(${JSON.stringify(resolve('client/src/shims/inertFeature.ts'))}); module.exports = new Proxy({}, { get: () => InertFeature });`,
      resolveDir: resolve('.'),
      loader: 'js',
    }));
  },
};

/**
 * The server library's feature mixins for LSP features our server never offers: each
 * `XFeature = (Base) => class extends Base { … }` becomes `(Base) => Base`, so
 * `connection.languages.semanticTokens` and the like are simply absent (~12 KB).
 */
export const INERT_SERVER_FEATURE_MODULES = [
  'callHierarchy', 'semanticTokens', 'linkedEditingRange', 'typeHierarchy', 'inlineValue', 'moniker',
  'inlineCompletion', 'textDocumentContent', 'fileOperations', 'notebook',
];

const inertServerModule = new RegExp(`^\\./(${INERT_SERVER_FEATURE_MODULES.join('|')})$`);

export const serverShims = {
  name: 'server-shims',
  setup(build) {
    build.onResolve({ filter: inertServerModule }, (args) =>
      /[\\/]vscode-languageserver[\\/]lib[\\/]common[\\/](server|api)\.js$/.test(args.importer) ? { path: 'inert', namespace: 'inert-server-feature' } : undefined,
    );
    // Every mixin the module exported is the identity; its classes (NotebookDocuments …) are never used.
    build.onLoad({ filter: /.*/, namespace: 'inert-server-feature' }, () => ({
      contents: 'module.exports = new Proxy({}, { get: () => (Base) => Base });',
      loader: 'js',
    }));
  },
};
