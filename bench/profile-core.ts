/**
 * Profiling aid for the core (not part of `npm run bench`): runs `checkReport(parseReport(text))`
 * over inputs many times so `node --cpu-prof` sees a steady state, and can time each rule by
 * wrapping its `check` here (the product carries no timing code).
 *
 * Bundle it as bench/run.mjs bundles the bench, then run the bundle (from the repository root):
 *   npx esbuild bench/profile-core.ts --bundle --platform=node --format=cjs --target=node20 --outfile=out/bench/profile-core.js
 *   node --cpu-prof --cpu-prof-dir=out/prof out/bench/profile-core.js corpus      (a profile to open in DevTools)
 *   node out/bench/profile-core.js corpus [iterations]   seeds and real reports, round robin
 *   node out/bench/profile-core.js seeds [iterations]    per-seed medians (as the bench's section 1)
 *   node out/bench/profile-core.js random [runs]         5 MiB of random text (as the bench's section 4)
 *   node out/bench/profile-core.js big [runs]            the four 5 MiB shapes, medians (--prose: only the last)
 *   node out/bench/profile-core.js archive [count]       distinct reports as the archive bench writes them, each once (the CLI's case: memos miss)
 *   node out/bench/profile-core.js cross [count]         the same archive as the CLI's two passes check it: pass one summarises each report
 *                                                        into the last-year and cohort indexes, pass two checks each against them (the
 *                                                        cross-year and cross-agency rules run); times pass two
 *   add --rules to print the time spent in each rule (sum over all runs), top first (--rules-cpu: CPU time, for a loaded
 *   machine; --rule CODE, repeatable: that rule too, wherever it ranks). The first rule to
 *   ask for shared data (equations, prose blocks, claims) pays for computing it, and a collection
 *   pause falls on whichever rule is running: read it with a profile beside it.
 *   node out/bench/profile-core.js dump FILE             every fixture's and big input's diagnostics, both locales, as JSON
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkReport, CohortIndex, compactSummary, LastYearIndex, parseReport, summarize, type ReportSummary } from '../server/src/core/index';
import { RULE_LIST } from '../server/src/core/rules/index';
import { archiveReport, endlessSentenceDocument, pastedDocument, randomDocument, sectionsDocument, seedFiles, seeds } from './inputs';

const MiB = 1024 * 1024;
const args = process.argv.slice(2);
const mode = args[0] ?? 'corpus';
const count = Number(args[1]) || 0;

const ruleTime = new Map<string, number>();
let parseTime = 0;
// --rules-cpu: each rule's CPU time (process.cpuUsage, a system call a rule: slower, but a loaded machine's waits are not counted).
const cpuNow = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const ruleClock = args.includes('--rules-cpu') ? cpuNow : () => performance.now();
if (args.includes('--rules') || args.includes('--rules-cpu')) {
  for (const rule of RULE_LIST) {
    const check = rule.check;
    (rule as { check: typeof check }).check = (ctx) => {
      const t0 = ruleClock();
      try {
        check(ctx);
      } finally {
        ruleTime.set(rule.meta.code, (ruleTime.get(rule.meta.code) ?? 0) + ruleClock() - t0);
      }
    };
  }
}

function run(text: string): number {
  const t0 = performance.now();
  const model = parseReport(text);
  parseTime += performance.now() - t0;
  return checkReport(model).length;
}

function median(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}


const realDir = path.resolve('test/fixtures/corpus/real');
const realFiles = fs.readdirSync(realDir).filter((f) => f.endsWith('.txt')).sort();
const reals = realFiles.map((f) => fs.readFileSync(path.join(realDir, f), 'utf8'));

let sink = 0;
let total = 0;
if (mode === 'corpus') {
  const texts = [...seeds, ...reals];
  const n = count || 200;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) for (const t of texts) sink += run(t);
  total = performance.now() - t0;
  console.log(`corpus: ${texts.length} texts × ${n}: ${(total / n / texts.length).toFixed(3)} ms per report`);
} else if (mode === 'archive') {
  const n = count || 2000;
  const texts = Array.from({ length: n }, (_, k) => archiveReport(k, Math.floor(k / 5), 2020 + (k % 5)));
  for (const t of texts.slice(0, 200)) sink += run(t); // warm up
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const t of texts) sink += run(t);
  total = performance.now() - t0;
  const c = process.cpuUsage(c0);
  console.log(`archive: ${n} distinct reports: ${(total / n).toFixed(3)} ms per report, CPU ${((c.user + c.system) / 1000 / n).toFixed(3)} ms`);
} else if (mode === 'cross') {
  const n = count || 2000;
  const texts = Array.from({ length: n }, (_, k) => archiveReport(k, Math.floor(k / 5), 2020 + (k % 5)));
  const uris = texts.map((_, k) => `file:///archive/report-${k}.txt`);
  // Pass one, as the CLI's pipeline: a packed summary per report, the model let go.
  const index = new LastYearIndex();
  const summaries: ReportSummary[] = [];
  for (let k = 0; k < n; k++) {
    const summary = compactSummary(summarize(parseReport(texts[k]!), uris[k]!));
    index.add(summary);
    summaries.push(summary);
  }
  const cohort = CohortIndex.of(summaries);
  const pass2 = (k: number) => {
    const t0 = performance.now();
    const model = parseReport(texts[k]!);
    parseTime += performance.now() - t0;
    return checkReport(model, { lastYear: index, cohort, uri: uris[k]!, summary: summaries[k]! } as Parameters<typeof checkReport>[1]).length;
  };
  for (let k = 0; k < Math.min(200, n); k++) sink += pass2(k); // warm up
  parseTime = 0;
  ruleTime.clear();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let k = 0; k < n; k++) sink += pass2(k);
  total = performance.now() - t0;
  const c = process.cpuUsage(c0);
  console.log(`cross: ${n} reports, pass two: ${(total / n).toFixed(3)} ms per report, CPU ${((c.user + c.system) / 1000 / n).toFixed(3)} ms`);
} else if (mode === 'seeds') {
  const n = count || 300;
  for (let k = 0; k < seeds.length; k++) {
    for (let i = 0; i < 30; i++) sink += run(seeds[k]!);
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      sink += run(seeds[k]!);
      times.push(performance.now() - t0);
    }
    console.log(`seed ${seedFiles[k]!.slice(0, 3)}: ${median(times).toFixed(3)} ms`);
  }
} else if (mode === 'random' || mode === 'big') {
  const shapes = mode === 'random' ? ([['random text', randomDocument]] as const) : args.includes('--prose') ? ([['prose without punctuation', endlessSentenceDocument]] as const) : ([['pasted reports', pastedDocument], ['random text', randomDocument], ['one-line sections', sectionsDocument], ['prose without punctuation', endlessSentenceDocument]] as const);
  for (const [name, make] of shapes) {
    sink += run(make(5 * MiB / 16));
    const text = make(5 * MiB);
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < (count || 5); i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      sink += run(text);
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    // On a shared machine the minimum and the CPU time move less with the load than the median.
    console.log(`${name} 5 MiB: median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms, CPU median ${median(cpu).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(' ')})`);
  }
} else if (mode === 'dump') {
  const files = [
    ...fs.readdirSync('test/fixtures/corpus/seeds').map((f) => path.join('test/fixtures/corpus/seeds', f)),
    ...realFiles.map((f) => path.join(realDir, f)),
    ...(fs.readdirSync('test/fixtures/rules', { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join('test/fixtures/rules', f)),
  ];
  const inputs: [string, string][] = files.map((f) => [f, fs.readFileSync(f, 'utf8')]);
  inputs.push(['pasted', pastedDocument(MiB)], ['random', randomDocument(2 * MiB)], ['sections', sectionsDocument(MiB / 4)], ['prose', endlessSentenceDocument(MiB / 4)]);
  const out: Record<string, unknown> = {};
  for (const [name, text] of inputs) {
    out[name] = { zh: checkReport(parseReport(text)), en: checkReport(parseReport(text), { locale: 'en' }) };
  }
  fs.writeFileSync(args[1]!, JSON.stringify(out, null, 1));
  console.log(`dumped ${inputs.length} inputs`);
}
if (args.includes('--rules') || args.includes('--rules-cpu')) {
  const rows = [...ruleTime].sort((a, b) => b[1] - a[1]);
  const all = rows.reduce((a, r) => a + r[1], 0);
  console.log(`parse: ${parseTime.toFixed(0)} ms; rules: ${all.toFixed(0)} ms`);
  const shown = rows.slice(0, 15);
  // Named with --rule CODE (repeatable): shown wherever they rank.
  for (let i = args.indexOf('--rule'); i >= 0; i = args.indexOf('--rule', i + 1)) for (const row of rows) if (row[0] === args[i + 1] && !shown.includes(row)) shown.push(row);
  for (const [code, t] of shown) console.log(`  ${code.padEnd(22)} ${t.toFixed(1).padStart(9)} ms  ${((100 * t) / all).toFixed(1)}%`);
}
if (sink < 0) console.log(sink);
