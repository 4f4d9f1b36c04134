// One esbuild script for everything: the extension client, the language server and the CLI.
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

async function build(name, options) {
  const result = await esbuild.build({ ...common, ...options, outfile: `dist/${name}.js` });
  if (metafile) writeFileSync(`dist/${name}.meta.json`, JSON.stringify(result.metafile));
}

await Promise.all([
  build('client', { entryPoints: ['client/src/extension.ts'], external: ['vscode'] }),
  build('server', { entryPoints: ['server/src/server.ts'] }),
  build('cli', { entryPoints: ['server/src/cli/main.ts'], banner: { js: '#!/usr/bin/env node' } }),
]);
