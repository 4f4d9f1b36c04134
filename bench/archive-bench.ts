/**
 * A reviewer's archive: reports of many agencies over five years (bench/inputs.ts), checked by
 * `node dist/cli.js check <dir> --format json` against a floor process (bench/floor.cjs) that
 * reads and splits the same files. CPU time and peak memory are the processes' own
 * (bench/probe-exit.cjs), so the figures move less with the machine's load than wall time.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, writeArchive } from './inputs';

export interface ProcessFigures {
  cpuMs: number;
  maxRssMB: number;
  wallMs: number;
}

/** Run `node -r probe-exit <args>`; stdout goes nowhere (the JSON of 100,000 reports is large). */
export function measured(args: string[], okStatus: number[] = [0]): ProcessFigures {
  const out = path.join(os.tmpdir(), `ogi-bench-exit-${process.pid}-${Date.now()}.json`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-r', path.join(ROOT, 'bench/probe-exit.cjs'), ...args], {
    env: { ...process.env, OGI_PROBE_EXIT: out },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 26,
  });
  const wallMs = performance.now() - t0;
  if (!okStatus.includes(r.status ?? -1)) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr?.toString().slice(0, 2000)}`);
  const probe = JSON.parse(fs.readFileSync(out, 'utf8')) as { cpuMs: number; maxRssMB: number };
  fs.rmSync(out, { force: true });
  return { ...probe, wallMs };
}

export interface ArchiveRun {
  count: number;
  cli: ProcessFigures;
  floor: ProcessFigures;
  /** The CLI on one report of the archive: start-up, to take out of the cost per report. */
  one: ProcessFigures;
}

/** Generate `count` reports over five years in a temp folder, check them, floor them, clean up. */
export function archiveRun(count: number): ArchiveRun {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ogi-bench-archive-${count}-`));
  try {
    const files = writeArchive(dir, count, 5);
    const cliJs = path.join(ROOT, 'dist/cli.js');
    measured([path.join(ROOT, 'bench/floor.cjs'), dir]); // warm the file cache
    const floor = measured([path.join(ROOT, 'bench/floor.cjs'), dir]);
    const cli = measured([cliJs, 'check', dir, '--format', 'json'], [0, 1]);
    const one = measured([cliJs, 'check', files[1]!, '--format', 'json'], [0, 1]);
    return { count, cli, floor, one };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

