// `npm run bench`: build the bundles (scripts/build.mjs), bundle bench/bench.ts with esbuild
// and run it in a fresh Node process. Arguments are passed on (`--quick`, `--package`);
// see docs/bench.md for what the figures mean.
import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
const outfile = join(root, 'out/bench/bench.js');
await esbuild.build({
  entryPoints: [join(root, 'bench/bench.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile,
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
