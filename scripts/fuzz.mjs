// The long fuzz run (`npm run fuzz`): the property tests of test/fuzz/properties.test.ts with
// every property's case count multiplied by OGI_FUZZ_SCALE (default 60, about 100,000 cases
// in all), then the total of cases run. `node scripts/fuzz.mjs 10` runs a shorter one;
// OGI_FUZZ_SEED=<n> replays one seed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scale = Number(process.argv[2] ?? process.env.OGI_FUZZ_SCALE ?? 60);
if (!(scale > 0)) {
  console.error('usage: node scripts/fuzz.mjs [scale]   (scale > 0; 60 runs about 100,000 cases)');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'ogi-fuzz-'));
const report = join(dir, 'runs.jsonl');
const started = Date.now();
const vitest = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'test/fuzz/properties.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, OGI_FUZZ_SCALE: String(scale), OGI_FUZZ_REPORT: report },
});
let lines = [];
try {
  lines = readFileSync(report, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
} catch {
  // No property ran (vitest failed before them); the exit status below says so.
}
rmSync(dir, { recursive: true, force: true });
const total = lines.reduce((a, l) => a + l.runs, 0);
const failed = lines.filter((l) => l.failed);
console.log(`\nfuzz: scale ${scale}, ${lines.length} properties, ${total} cases in ${((Date.now() - started) / 1000).toFixed(0)} s`);
for (const l of lines) console.log(`  ${l.failed ? 'FAIL' : 'ok  '} ${String(l.runs).padStart(7)}  ${l.name}  (seed ${l.seed})`);
if (failed.length) console.log(`fuzz: ${failed.length} properties failed: replay one with OGI_FUZZ_SEED=<seed>`);
process.exit(vitest.status ?? 1);
