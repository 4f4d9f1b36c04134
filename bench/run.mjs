// `npm run bench`: build the bundles (scripts/build.mjs), bundle bench/bench.ts with esbuild
// and run it in a fresh Node process, then the review part (bench/review.mjs) unless only the
// sizes were asked for. Arguments are passed on to both (`--quick`, `--no-100k`, `--sizes`): npm
// hands `-- <flags>` to the script's last command only, so this one file starts both parts.
// See docs/bench.md for what the figures mean.
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
const args = process.argv.slice(2);
const run = spawnSync(process.execPath, [outfile, ...args], { cwd: root, stdio: 'inherit' });
if (run.status !== 0 || args.includes('--sizes')) process.exit(run.status ?? 1);
const review = spawnSync(process.execPath, [join(root, 'bench/review.mjs'), ...args], { cwd: root, stdio: 'inherit' });
process.exit(review.status ?? 1);
