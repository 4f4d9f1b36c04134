// One esbuild script for everything: the extension client, the language server (both also for
// the web extension on vscode.dev), the CLI, and the importers' own bundle that the CLI and the
// server load only when a Word/PDF/web page is read.
// `--production` minifies (used for the .vsix); the default keeps source maps for debugging.
// `--metafile` also writes dist/<bundle>.meta.json (what each module costs; read by the bench).
import * as esbuild from 'esbuild';
import { writeFileSync } from 'node:fs';

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

/** `import('../import/index')` in a bundle becomes `import('./import.mjs')`, the importers' own bundle beside it. */
const importersApart = {
  name: 'importers-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/import\/index$/ }, (args) => (args.kind === 'dynamic-import' ? { path: './import.mjs', external: true } : undefined));
  },
};

// One client and one server bundle serve both Node and the browser (vscode.dev): each picks its
// host's library at run time (`require` inside a branch, which esbuild keeps lazy). The
// `browser` condition lets `vscode-languageclient/browser` and `vscode-languageserver/browser`
// resolve in a Node-platform build; no package here maps one subpath to both conditions.
const both = { conditions: ['browser'] };

async function build(name, options, ext = 'js') {
  const result = await esbuild.build({ ...common, ...options, outfile: `dist/${name}.${ext}` });
  if (metafile) writeFileSync(`dist/${name}.meta.json`, JSON.stringify(result.metafile));
}

await Promise.all([
  build('client', { ...both, entryPoints: ['client/src/extension.ts'], external: ['vscode'] }),
  build('server', { ...both, entryPoints: ['server/src/server.ts'], plugins: [importersApart] }),
  // exceljs and docx are files of their own, read only when `review` writes a workbook or a Word file.
  build('cli', { entryPoints: ['server/src/cli/main.ts'], banner: { js: '#!/usr/bin/env node' }, plugins: [importersApart], external: ['exceljs', 'docx'] }),
  build('exceljs', { sourcemap: false, entryPoints: ['exceljs'] }),
  build('docx', { sourcemap: false, entryPoints: ['docx'] }),
  // The importers (web page, Word, PDF; pdf.js is most of it): their own ES module, loaded with
  // import() only when such a file is read, so neither the editor's start nor `check` on text pays.
  build('import', { format: 'esm', entryPoints: ['server/src/import/index.ts'] }, 'mjs'),
]);
