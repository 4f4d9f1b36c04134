// One esbuild script for everything: the extension client, the language server and the CLI.
// `--production` minifies (used for the .vsix); the default keeps source maps for debugging.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
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

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  esbuild.build({
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [importersApart],
  }),
  // The importers (web page, Word, PDF; pdf.js is most of it): their own ES module, loaded with
  // import() only when such a file is read, so neither the editor's start nor `check` on text pays.
  esbuild.build({ ...common, format: 'esm', entryPoints: ['server/src/import/index.ts'], outfile: 'dist/import.mjs' }),
]);
