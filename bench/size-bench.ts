/**
 * Section 5 of `npm run bench`, sizes: the production bundles built by the repository's own
 * scripts/build.mjs into a temp folder, what each package costs in them (esbuild metafiles),
 * what the editor loads at start, and a fresh .vsix packaged from that folder as `npm run
 * package` does (vsce, then scripts/repack-vsix.mjs) — its bytes and every file in it,
 * uncompressed and zipped. The metafile costs are esbuild's, before terser.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { unzipSync } from 'fflate';

interface SizeFigure {
  group: string;
  name: string;
  value: number;
  unit: 'KB' | 'ms';
  target: number | null;
  detail?: Record<string, unknown>;
}

/** What the .vsix is made from besides the bundles (package.json's manifest, README and its images …). */
const PACKAGED_SOURCES = ['package.json', 'package.nls.json', 'package.nls.zh-cn.json', 'README.md', 'LICENSE', '.vscodeignore', 'language-configuration.json', 'syntaxes', 'schemas', 'images'];

/** The production bundles, built by scripts/build.mjs into a temp folder (with metafiles). */
export function productionBuild(root: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-bench-prod-'));
  // build.mjs works on paths relative to its cwd: give it the sources (and the packages it
  // bundles by name, exceljs and docx) through symlinks.
  for (const d of ['client', 'server', 'node_modules']) fs.symlinkSync(path.join(root, d), path.join(dir, d));
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--production', '--metafile'], { cwd: dir, stdio: 'inherit' });
  return dir;
}

/** What each package (or core folder) costs in a production bundle, from its esbuild metafile. */
export function bundleCosts(metafile: string): [string, number][] {
  const meta = JSON.parse(fs.readFileSync(metafile, 'utf8')) as { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> };
  const costs = new Map<string, number>();
  for (const output of Object.values(meta.outputs)) {
    for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
      // The innermost package: vscode-languageserver carries its own copy of the protocol.
      const pkgs = [...file.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].map((m) => m[1]!);
      const where = pkgs.length ? pkgs.join(' › ') : file.replace(/^.*?((?:server|client)\/src\/(?:core\/)?[^/]+).*$/, '$1');
      costs.set(where, (costs.get(where) ?? 0) + bytesInOutput);
    }
  }
  return [...costs].sort((a, b) => b[1] - a[1]);
}

export interface VsixEntry {
  name: string;
  bytes: number;
  zipped: number;
}

/** Package `dir` (a production build) as `npm run package` does (vsce, then scripts/repack-vsix.mjs); the .vsix's path. */
export function packageVsix(root: string, dir: string): string {
  for (const f of PACKAGED_SOURCES) if (fs.existsSync(path.join(root, f))) fs.cpSync(path.join(root, f), path.join(dir, f), { recursive: true });
  const out = path.join(dir, 'ogi-report.vsix');
  execFileSync(process.execPath, [path.join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', out], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  // Zopfli-recompressed, as `npm run package` ships it.
  execFileSync(process.execPath, [path.join(root, 'scripts/repack-vsix.mjs'), out], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return out;
}

/** Every file in a .vsix with its size and its zipped size. */
export function vsixEntries(vsix: string): VsixEntry[] {
  const entries: VsixEntry[] = [];
  unzipSync(fs.readFileSync(vsix), {
    filter: (f) => {
      entries.push({ name: f.name, bytes: f.originalSize, zipped: f.size });
      return false;
    },
  });
  return entries;
}

const KB = 1024;

export function sizeBench(root: string, prod: string, record: (f: SizeFigure) => void): void {
  const dist = (f: string) => path.join(prod, 'dist', f);
  const kb = (f: string) => (fs.existsSync(dist(f)) ? fs.statSync(dist(f)).size / KB : 0);
  const vsix = packageVsix(root, prod);
  const entries = vsixEntries(vsix);
  const shipped = new Set(entries.filter((e) => e.name.startsWith('extension/dist/')).map((e) => e.name.slice('extension/dist/'.length)));
  const zipped = (f: string) => entries.find((e) => e.name === `extension/dist/${f}`)?.zipped;

  // What the editor loads when a report opens: the client and the server (the bootstrap before them
  // is counted just below). The rest loads on use.
  record({ group: 'size', name: 'loaded at start: client.js + server.js (production)', value: kb('client.js') + kb('server.js'), unit: 'KB', target: 400, detail: { client: kb('client.js'), server: kb('server.js') } });
  // What VS Code loads when it activates the extension and no report is open (any .txt or .md,
  // a folder with a Word file): the bootstrap alone (client/src/bootstrap.ts), no server process.
  record({ group: 'size', name: 'loaded at activation, no report open: bootstrap.js (production)', value: kb('bootstrap.js'), unit: 'KB', target: null, detail: { zippedKB: (zipped('bootstrap.js') ?? 0) / KB } });
  // What loading costs the extension host: read and evaluate each bundle (bench/load-time.cjs), a
  // fresh process per run, median of 10 after one to warm the file cache.
  for (const f of ['bootstrap.js', 'client.js']) {
    const run = () => Number(execFileSync(process.execPath, [path.join(root, 'bench/load-time.cjs'), dist(f)], { encoding: 'utf8' }));
    run();
    const times = Array.from({ length: 10 }, run).sort((a, b) => a - b);
    record({ group: 'size', name: `  require ${f} in Node (median of 10)`, value: (times[4]! + times[5]!) / 2, unit: 'ms', target: null, detail: { min: times[0], max: times[9] } });
  }
  const when: Record<string, string> = {
    'bootstrap.js': 'at activation',
    'client.js': 'when a report opens',
    'server.js': 'when a report opens',
    'rule-docs.json': 'first rule page',
    'import-word-web.mjs': 'Word/web import',
    'import.mjs': 'PDF import, CLI',
  };
  for (const f of Object.keys(when)) {
    const z = zipped(f);
    record({
      group: 'size',
      name: `  ${f} (${when[f]}${shipped.has(f) ? '' : '; not in .vsix'})`,
      value: kb(f),
      unit: 'KB',
      target: null,
      detail: { shipped: shipped.has(f), ...(z === undefined ? {} : { zippedKB: z / KB }) },
    });
  }
  for (const bundle of ['client', 'server']) {
    const costs = bundleCosts(dist(`${bundle}.meta.json`));
    console.log(`    ${bundle}.js by package / folder:`);
    for (const [where, bytes] of costs.slice(0, 8)) console.log(`      ${(bytes / KB).toFixed(1).padStart(7)} KB  ${where}`);
    record({ group: 'size', name: `${bundle}.js by package (detail in results.json)`, value: kb(`${bundle}.js`), unit: 'KB', target: null, detail: Object.fromEntries(costs.map(([k, v]) => [k, Math.round(v / 102.4) / 10])) });
  }
  const shippedDist = [...shipped].reduce((sum, f) => sum + kb(f), 0);
  record({ group: 'size', name: 'all shipped bundles (dist/ in the .vsix, unzipped)', value: shippedDist, unit: 'KB', target: null, detail: { files: [...shipped] } });
  record({
    group: 'size',
    name: 'ogi-report.vsix (packaged now: vsce + Zopfli repack)',
    value: fs.statSync(vsix).size / KB,
    unit: 'KB',
    target: 300,
    detail: Object.fromEntries(entries.map((e) => [e.name, { KB: e.bytes / KB, zippedKB: e.zipped / KB }])),
  });
  console.log('    the .vsix, zipped KB by file:');
  for (const e of [...entries].sort((a, b) => b.zipped - a.zipped).slice(0, 8)) console.log(`      ${(e.zipped / KB).toFixed(1).padStart(7)} KB  ${e.name} (${(e.bytes / KB).toFixed(1)} KB)`);
}
