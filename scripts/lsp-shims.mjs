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
  'diagnosticProvider',
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
    // Notebook sync (20 KB): a stand-in that syncs nothing but answers what client.js and the
    // pull-diagnostics feature ask of it (client/src/shims/notebookFeature.ts).
    build.onResolve({ filter: /^\.\/notebook$/ }, (args) =>
      /[\\/]vscode-languageclient[\\/]lib[\\/]common[\\/]client\.js$/.test(args.importer) ? { path: resolve('client/src/shims/notebookFeature.ts') } : undefined,
    );
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

/**
 * vscode-languageserver-types (28 KB in each bundle) is ~85 namespaces of `is`/`create` helpers
 * and constants, and vscode-languageserver-protocol's protocol.js (27 KB) ~150 request and
 * notification types; protocol re-exports all of types (`export *` through `require`), so nothing
 * of either is tree-shaken. This keeps a top-level namespace (or class, constant, `require`) only
 * when the rest of the bundle names it — the library code and ours, read as text: a name that
 * appears anywhere, even in a comment, keeps it — plus what the kept statements name inside the
 * module. A name no module of the bundle contains is never reached at run time (no property
 * access without it). `consumers` is the text of every other module of the bundle
 * (scripts/build.mjs reads it from a first pass's metafile). Client -7 KB and -4 KB, server -13 KB
 * and -4 KB (types, protocol).
 */
export const TRIMMED_MODULES = /[\\/](vscode-languageserver-types[\\/]lib[\\/]esm[\\/]main|vscode-languageserver-protocol[\\/]lib[\\/]common[\\/]protocol)\.js$/;

export function typesTrimmed(ts, consumers) {
  return {
    name: 'types-trimmed',
    setup(build) {
      build.onLoad({ filter: TRIMMED_MODULES }, async (args) => {
        const { readFileSync } = await import('node:fs');
        const source = readFileSync(args.path, 'utf8');
        return { contents: trimTypes(ts, source, consumers), loader: 'js' };
      });
    },
  };
}

/** `source` without the top-level declarations no consumer (or kept declaration) names. */
export function trimTypes(ts, source, consumers) {
  const file = ts.createSourceFile('main.js', source, ts.ScriptTarget.Latest, true);
  /** Top-level statements grouped by the name they declare (`export var X;` + its IIFE, a class …). */
  const groups = new Map();
  let always = '';
  for (const st of file.statements) {
    let name;
    if (ts.isVariableStatement(st)) name = st.declarationList.declarations[0].name.getText(file);
    else if (ts.isClassDeclaration(st) || ts.isFunctionDeclaration(st)) name = st.name?.getText(file);
    else if (ts.isExpressionStatement(st) && ts.isCallExpression(st.expression)) {
      const callee = ts.isParenthesizedExpression(st.expression.expression) ? st.expression.expression.expression : undefined;
      if (callee && ts.isFunctionExpression(callee)) name = callee.parameters[0]?.name.getText(file);
    }
    if (!name) {
      // Statements that declare nothing ('use strict', `Object.defineProperty(exports, …)` getters) stay, and
      // what they name stays — except CommonJS's `exports.A = exports.B = … = void 0;`, which names every export.
      if (!/^exports\.[\w$]+ = (exports\.[\w$]+ = )*void 0;$/.test(st.getText(file))) always += `\n${st.getText(file)}`;
      continue;
    }
    const group = groups.get(name) ?? { spans: [], text: '' };
    group.spans.push([st.getFullStart(), st.getEnd()]);
    group.text += st.getText(file);
    groups.set(name, group);
  }
  const named = (text, name) => new RegExp(`(^|[^\\w$])${name.replace(/\$/g, '\\$')}([^\\w$]|$)`).test(text);
  const keep = new Set([...groups.keys()].filter((n) => named(consumers, n) || named(always, n)));
  for (let grew = true; grew; ) {
    grew = false;
    for (const [n, g] of groups) {
      if (keep.has(n)) continue;
      if ([...keep].some((k) => named(groups.get(k).text, n))) {
        keep.add(n);
        grew = true;
      }
    }
  }
  const cuts = [...groups].filter(([n]) => !keep.has(n)).flatMap(([, g]) => g.spans).sort((a, b) => b[0] - a[0]);
  let out = source;
  for (const [start, end] of cuts) out = out.slice(0, start) + out.slice(end);
  return out;
}
