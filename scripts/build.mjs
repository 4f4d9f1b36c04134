// One esbuild script for everything: the extension client, the language server (both also for
// the web extension on vscode.dev), the CLI, the importers' bundles that the CLI and the server
// load only when a Word/PDF/web page is read, and dist/rule-docs.json (the rule pages' text).
// `--production` minifies (used for the .vsix; the shipped bundles twice: esbuild, then terser);
// the default keeps source maps for debugging.
// `--metafile` also writes dist/<bundle>.meta.json (what each module costs; read by the bench).
import * as esbuild from 'esbuild';
import { minify } from 'terser';
import ts from 'typescript';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { clientShims, serverShims, TRIMMED_MODULES, typesTrimmed } from './lsp-shims.mjs';

const production = process.argv.includes('--production');
const metafile = process.argv.includes('--metafile');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  // The .vsix carries the licences of its dependencies in full; comments in the bundle are bytes users download.
  legalComments: production ? 'none' : 'inline',
  logLevel: 'warning',
  metafile,
  // Keep Chinese text as UTF-8: escaped it takes 6 bytes a character instead of 3.
  charset: 'utf8',
};

/**
 * `import('../import/index')` in a bundle becomes `import('./import.mjs')`, the importers' own
 * bundle beside it (pdf.js included); `import('./wordAndWebImporters')` becomes
 * `import('./import-word-web.mjs')`, the same importers without pdf.js (what the .vsix ships).
 */
const importersApart = {
  name: 'importers-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/import\/index$/ }, (args) => (args.kind === 'dynamic-import' ? { path: './import.mjs', external: true } : undefined));
    build.onResolve({ filter: /^\.\/wordAndWebImporters$/ }, (args) => (args.kind === 'dynamic-import' ? { path: './import-word-web.mjs', external: true } : undefined));
  },
};

/**
 * The Word and web-page importers without pdf.js and the Word 97–2003 reader (its compound-file
 * library): `./pdf` is `lsp/pdfNotShipped.ts`, `./doc` is `lsp/docNotShipped.ts`, each saying how
 * to convert such a file. `./pictured-tables` (naming a section whose table is a picture) is
 * `lsp/picturesNotChecked.ts`: the .vsix has no room for it (the imported text then reports the
 * missing tables itself); the CLI and the review say it.
 */
const withoutPdf = {
  name: 'without-pdf',
  setup(build) {
    build.onResolve({ filter: /^\.\/pdf$/ }, (args) => (args.importer.endsWith(join('import', 'index.ts')) ? { path: resolve('server/src/lsp/pdfNotShipped.ts') } : undefined));
    build.onResolve({ filter: /^\.\/doc$/ }, (args) => (args.importer.endsWith(join('import', 'index.ts')) ? { path: resolve('server/src/lsp/docNotShipped.ts') } : undefined));
    build.onResolve({ filter: /^\.\/pictured-tables$/ }, (args) => (args.importer.includes(join('server', 'src', 'import')) ? { path: resolve('server/src/lsp/picturesNotChecked.ts') } : undefined));
  },
};

/**
 * The language server needs each rule's code, title, severity and messages — not the long
 * description and example its page is made of (dist/rule-docs.json carries those for the
 * client, docs/rules/ for everyone else). This drops `description` and `example` from each
 * rule's `meta` in the server bundle only; the CLI keeps them (SARIF's fullDescription).
 */
const ruleDocsOut = {
  name: 'rule-docs-out',
  setup(build) {
    build.onLoad({ filter: /[\\/]server[\\/]src[\\/]core[\\/]rules[\\/][^\\/]+\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const file = ts.createSourceFile(args.path, source, ts.ScriptTarget.Latest, true);
      const cuts = [];
      // A rule's metadata is the object literal with `code`, `title`, `severity` and `description`
      // (`defineRule({ meta })`, or the first argument of helpers such as `claimRule`).
      const visit = (node) => {
        if (ts.isObjectLiteralExpression(node)) {
          const named = new Map(node.properties.filter((p) => ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)).map((p) => [p.name.getText(file), p]));
          if (['code', 'title', 'severity', 'description'].every((k) => named.has(k))) {
            for (const k of ['description', 'example']) if (ts.isPropertyAssignment(named.get(k) ?? node)) cuts.push([named.get(k).getStart(file), named.get(k).getEnd()]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let contents = source;
      // Each property goes with the comma after it.
      for (const [start, end] of cuts.reverse()) contents = contents.slice(0, start) + contents.slice(end).replace(/^\s*,/, '');
      return { contents, loader: 'ts' };
    });
  },
};

// One client and one server bundle serve both Node and the browser (vscode.dev): each picks its
// host's library at run time (`require` inside a branch, which esbuild keeps lazy). Two bundles
// per side would save each host 7–49 KB but add a second client and server to the .vsix (~220 KB
// zipped; see ARCHITECTURE.md). The `browser` condition lets `vscode-languageclient/browser` and
// `vscode-languageserver/browser` resolve in a Node-platform build.
const both = { conditions: ['browser'] };

/** The bundles the .vsix ships (see .vscodeignore): in `--production`, terser minifies them again. */
const SHIPPED = new Set(['bootstrap', 'client', 'server', 'import-word-web']);

/**
 * esbuild's minifier names a bundle's variables well enough, but terser's, by how often each is
 * used, and its second compress pass leave text that zips ~7 KB smaller for each of client.js and
 * server.js (docs/bench.md, *Bundles and the .vsix*). Only options that are safe for any code:
 * no `unsafe*`, no `pure_getters` (a getter may do something). `toplevel` is safe because a
 * CommonJS bundle's top level is its module's scope and an ES module's is its own. Chinese text
 * stays UTF-8, as esbuild's `charset: 'utf8'` wrote it.
 */
async function terse(file, esm) {
  const { code } = await minify(readFileSync(file, 'utf8'), {
    module: esm,
    toplevel: true,
    compress: { passes: 2 },
    mangle: true,
    format: { ascii_only: false, comments: false },
  });
  writeFileSync(file, code);
}

async function build(name, options, ext = 'js') {
  const outfile = `dist/${name}.${ext}`;
  const result = await esbuild.build({ ...common, ...options, outfile });
  if (metafile) writeFileSync(`dist/${name}.meta.json`, JSON.stringify(result.metafile));
  if (production && SHIPPED.has(name)) await terse(outfile, ext === 'mjs');
}

/**
 * A client or server bundle with vscode-languageserver-types cut to what the rest of the bundle
 * names (`typesTrimmed` in lsp-shims.mjs): a first pass, not written, lists the bundle's modules;
 * their text decides what of the types module the second pass keeps.
 */
async function buildTrimmingTypes(name, options) {
  const first = await esbuild.build({ ...common, ...options, minify: false, sourcemap: false, metafile: true, write: false, outfile: `dist/${name}.js` });
  const consumers = Object.keys(first.metafile.inputs)
    .filter((f) => !TRIMMED_MODULES.test(f) && existsSync(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  await build(name, { ...options, plugins: [...(options.plugins ?? []), typesTrimmed(ts, consumers)] });
}

/**
 * What the build evaluates once from the core: the rules' page data (dist/rule-docs.json: code,
 * titles, severity, fix, description, example — the client renders a page from it with
 * `lsp/ruleDoc.ts`, the same function `npm run docs` writes docs/rules/ with; one JSON file zips
 * to a third of 62 pages), the blank report of "新建政府信息公开年报" (the client bundle gets
 * its text, not the template's code: client/src/shims/newReportText.ts), what the hovers
 * quote of the 条例 (`regulationLeadsOnly`) and the bootstrap's first look at a document
 * (`reportHintSources`).
 */
async function fromTheCore() {
  const dir = mkdtempSync(join(tmpdir(), 'ogi-build-data-'));
  try {
    const out = join(dir, 'core.cjs');
    await esbuild.build({
      stdin: {
        contents: "export { RULES } from './server/src/core/check'; export { packRuleDocs, ruleDocData } from './server/src/lsp/ruleDoc'; export { newReportText } from './server/src/core/skeleton'; export { AGENCY_PLACEHOLDER } from './server/src/core/template/sections'; export { skeletonText } from './client/src/shims/newReportText'; export { QUOTED_ARTICLES } from './server/src/core/hover'; export { articleLead } from './server/src/core/template/regulation'; export { reportHintSources } from './server/src/core/reportHints';",
        resolveDir: resolve('.'),
        loader: 'ts',
      },
      bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error',
    });
    const core = createRequire(import.meta.url)(out);
    mkdirSync('dist', { recursive: true });
    writeFileSync('dist/rule-docs.json', JSON.stringify(core.packRuleDocs(core.RULES.map(core.ruleDocData))));
    return {
      hints: core.reportHintSources(),
      skeleton: core.skeletonText(core.newReportText, core.AGENCY_PLACEHOLDER),
      leads: Object.fromEntries(core.QUOTED_ARTICLES.map((n) => [n, core.articleLead(n)])),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** In the client bundle, the core's skeleton module is the build-time text (see `fromTheCore`). */
const skeletonAsText = {
  name: 'skeleton-as-text',
  setup(build) {
    build.onResolve({ filter: /[\\/]core[\\/]skeleton$/ }, (args) => (/[\\/]client[\\/]src[\\/]/.test(args.importer) ? { path: resolve('client/src/shims/newReportText.ts') } : undefined));
  },
};

/**
 * In the server bundle, the 条例's articles are only what the hovers quote: the lead
 * (`articleLead`) of each article in `QUOTED_ARTICLES` (core/hover.ts), ~4 KB of the full
 * text's 21 KB. The full
 * text stays the one source in core/template/regulation.ts (the CLI and tests have it); here its
 * `REGULATION_ARTICLES` object is replaced by the leads, which `articleLead` returns unchanged.
 */
function regulationLeadsOnly(leads) {
  return {
    name: 'regulation-leads-only',
    setup(build) {
      build.onLoad({ filter: /[\\/]server[\\/]src[\\/]core[\\/]template[\\/]regulation\.ts$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const file = ts.createSourceFile(args.path, source, ts.ScriptTarget.Latest, true);
        let articles;
        const visit = (node) => {
          if (ts.isVariableDeclaration(node) && node.name.getText(file) === 'REGULATION_ARTICLES') articles = node.initializer?.arguments?.[0];
          ts.forEachChild(node, visit);
        };
        visit(file);
        // The text's shape changed (no longer `Object.freeze({ … })`): fail the build, never ship the whole text silently.
        if (!articles || !ts.isObjectLiteralExpression(articles)) throw new Error(`${args.path}: REGULATION_ARTICLES = Object.freeze({ … }) not found`);
        return { contents: source.slice(0, articles.getStart(file)) + JSON.stringify(leads) + source.slice(articles.getEnd()), loader: 'ts' };
      });
    },
  };
}

const { hints, skeleton, leads } = await fromTheCore();

await Promise.all([
  // The Node entry (package.json `main`): a few KB that load dist/client.js only when a report,
  // a report to import or a command needs it (client/src/bootstrap.ts). Its first look at a
  // document is the core's (server/src/core/reportHints.ts), evaluated here: the expressions'
  // text, not the template.
  build('bootstrap', {
    entryPoints: ['client/src/bootstrap.ts'],
    external: ['vscode', './client.js'],
    define: { OGI_REPORT_HINTS: JSON.stringify(hints) },
  }),
  buildTrimmingTypes('client', {
    ...both,
    entryPoints: ['client/src/extension.ts'],
    external: ['vscode'],
    plugins: [clientShims, skeletonAsText],
    define: { OGI_REPORT_SKELETON: JSON.stringify(skeleton) },
  }),
  buildTrimmingTypes('server', { ...both, entryPoints: ['server/src/server.ts'], plugins: [importersApart, ruleDocsOut, regulationLeadsOnly(leads), serverShims] }),
  // exceljs and docx are files of their own, read only when `review` writes a workbook or a Word file.
  build('cli', { entryPoints: ['server/src/cli/main.ts'], banner: { js: '#!/usr/bin/env node' }, plugins: [importersApart], external: ['exceljs', 'docx'] }),
  build('exceljs', { sourcemap: false, entryPoints: ['exceljs'] }),
  build('docx', { sourcemap: false, entryPoints: ['docx'] }),
  // The importers (web page, Word, PDF; pdf.js is most of it): their own ES module, loaded with
  // import() only when such a file is read, so neither the editor's start nor `check` on text pays.
  build('import', { format: 'esm', entryPoints: ['server/src/import/index.ts'] }, 'mjs'),
  // The same without pdf.js: small enough for the .vsix, so Word and web pages import in the editor.
  // Its entry is lsp/wordAndWebImporters.ts, which puts the file's name into the PDF advice.
  build('import-word-web', { format: 'esm', entryPoints: ['server/src/lsp/wordAndWebImporters.ts'], plugins: [withoutPdf] }, 'mjs'),
]);
