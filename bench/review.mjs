// `npm run bench` (review part): 1,000 reports through `ogi-report review` — wall time, peak
// memory (max RSS of the CLI process) and the size of what it writes. The 1,000 are the 40 real
// reports copied 25 times, each copy under its own agency name and with its wording varied, so
// the cohort rules see 1,000 different agencies' reports (not 25 identical copies of each).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const COPIES = quick ? 5 : 25;
execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });

const real = join(root, 'test/fixtures/corpus/real');
const work = mkdtempSync(join(tmpdir(), 'ogi-bench-review-'));
const input = join(work, 'in');
mkdirSync(input);
const VARIANTS = '之其该此本各';
let n = 0;
for (const f of readdirSync(real).filter((x) => x.endsWith('.txt'))) {
  const text = readFileSync(join(real, f), 'utf8');
  for (let k = 0; k < COPIES; k++) {
    const agency = `测试${k}号`;
    // Another agency (a prefix on every agency name) and other wording (a common word swapped).
    const varied = text.replace(/平潭综合实验区|洪泽区|淮安市/g, (m) => `${agency}${m}`).replaceAll('的', VARIANTS[k % VARIANTS.length] + (k >= VARIANTS.length ? String.fromCharCode(0x4e00 + k) : ''));
    writeFileSync(join(input, `${String(k).padStart(2, '0')}_${f}`), varied);
    n++;
  }
}
const rss = join(work, 'maxrss.cjs');
writeFileSync(rss, "process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));\n");
const out = join(work, 'out');
const started = process.hrtime.bigint();
const r = spawnSync(process.execPath, ['--require', rss, join(root, 'dist/cli.js'), 'review', input, '--out', out], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const maxRssKb = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN);
const sizes = Object.fromEntries(readdirSync(out).map((f) => [f, statSync(join(out, f)).size]));
console.log(`\nreview: ${n} reports in ${seconds.toFixed(1)} s (${((seconds * 1000) / n).toFixed(1)} ms a report), peak memory ${(maxRssKb / 1024).toFixed(0)} MB, exit ${r.status}`);
console.log(r.stdout.split('\n')[0]);
for (const [f, size] of Object.entries(sizes)) console.log(`  ${f.padEnd(14)} ${(size / 1024).toFixed(0).padStart(7)} KB`);
// The same reports through `check --format json`, for scale (the machine's load moves both alike).
const checkStarted = process.hrtime.bigint();
const c = spawnSync(process.execPath, ['--require', rss, join(root, 'dist/cli.js'), 'check', '--format', 'json', input], { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20 });
const checkSeconds = Number(process.hrtime.bigint() - checkStarted) / 1e9;
console.log(`check --format json, same reports: ${checkSeconds.toFixed(1)} s, peak memory ${(Number(/MAXRSS (\d+)/.exec(c.stderr)?.[1] ?? NaN) / 1024).toFixed(0)} MB`);
if (!process.env.OGI_BENCH_KEEP) rmSync(work, { recursive: true, force: true });
else console.log(work);
