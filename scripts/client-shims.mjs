// What the client bundle leaves out of vscode-languageclient and its dependencies (used by
// scripts/build.mjs; test/editor/client-shims.test.ts holds each stand-in to what it replaces).
// vscode-languageclient is pinned to one version in package.json: update this list with it.
import { resolve } from 'node:path';

/**
 * The client's feature modules for LSP features our server never offers: each is replaced by
 * client/src/shims/inertFeature.ts (announces nothing, registers nothing). ~44 KB of the bundle.
 */
export const INERT_FEATURE_MODULES = [
  'completion', 'signatureHelp', 'definition', 'reference', 'documentHighlight', 'workspaceSymbol',
  'codeLens', 'rename', 'documentLink', 'typeDefinition', 'implementation', 'colorProvider',
  'declaration', 'selectionRange', 'callHierarchy', 'semanticTokens', 'linkedEditingRange',
  'typeHierarchy', 'inlineValue', 'inlineCompletion', 'textDocumentContent', 'fileOperations',
];

/** The server capabilities the kept features serve: the server may announce these and no others. */
export const KEPT_SERVER_CAPABILITIES = [
  'textDocumentSync', 'hoverProvider', 'codeActionProvider', 'documentSymbolProvider', 'documentFormattingProvider',
  'documentRangeFormattingProvider', 'documentOnTypeFormattingProvider', 'foldingRangeProvider', 'inlayHintProvider',
  'diagnosticProvider', 'executeCommandProvider', 'workspace', 'notebookDocumentSync',
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
      /[\\/]vscode-languageclient[\\/]lib[\\/]common[\\/]client\.js$/.test(args.importer) ? { path: args.path, namespace: 'inert-feature' } : undefined,
    );
    // Every class the module exported (`CompletionItemFeature`, `DidCreateFilesFeature` …) is the inert feature.
    build.onLoad({ filter: /.*/, namespace: 'inert-feature' }, () => ({
      contents: `const { InertFeature } = require(${JSON.stringify(resolve('client/src/shims/inertFeature.ts'))}); module.exports = new Proxy({}, { get: () => InertFeature });`,
      resolveDir: resolve('.'),
      loader: 'js',
    }));
  },
};
