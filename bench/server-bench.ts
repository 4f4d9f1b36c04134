/**
 * The language server as a clerk feels it, through the test LSP client (test/lsp/client.ts)
 * over stdio: keystroke latency and heap over 10,000 edits on a 500-line report, and the
 * server CPU per keystroke with 200 reports open. The server's own heap and CPU time come
 * from bench/probe.cjs, preloaded with `-r` (SIGUSR2 → a JSON file).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { TestClient } from '../test/lsp/client';
import { editorDocument, ROOT, writeArchive } from './inputs';

export interface Probe {
  heapUsed: number;
  rss: number;
  cpuMs: number;
}

export interface ProbedServer {
  client: TestClient;
  probe(): Promise<Probe>;
  stop(): Promise<void>;
}

export async function startProbed(serverJs = path.join(ROOT, 'dist/server.js')): Promise<ProbedServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-bench-probe-'));
  const out = path.join(dir, 'probe.json');
  const client = await TestClient.start({
    serverJs,
    execArgv: ['--expose-gc', '-r', path.join(ROOT, 'bench/probe.cjs')],
    env: { ...process.env, OGI_PROBE_OUT: out },
  });
  let last = '';
  return {
    client,
    async probe() {
      fs.rmSync(out, { force: true });
      client.proc.kill('SIGUSR2');
      for (let i = 0; i < 2000; i++) {
        await new Promise((r) => setTimeout(r, 5));
        if (fs.existsSync(out)) {
          last = fs.readFileSync(out, 'utf8');
          return JSON.parse(last) as Probe;
        }
      }
      throw new Error('the server did not answer the probe');
    },
    async stop() {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The edits of a clerk: retype a total (the error goes and comes back), type into a paragraph. */
export function typist(doc: ReturnType<typeof editorDocument>): (i: number) => TextDocumentContentChangeEvent[] {
  let wrong = true;
  const growth = new Map<number, number>();
  return (i) => {
    if (i % 2 === 0) {
      const { line, character } = doc.total;
      const text = wrong ? '20' : '21';
      wrong = !wrong;
      return [{ range: { start: { line, character }, end: { line, character: character + 2 } }, text }];
    }
    // Type one more character into a paragraph: every version has lines no earlier version
    // had, as when a clerk writes (10,000 edits grow the report by a few kilobytes only).
    const line = doc.proseLines[(i >> 1) % doc.proseLines.length]!;
    const added = growth.get(line) ?? 0;
    growth.set(line, added + 1);
    const character = 10 + added;
    return [{ range: { start: { line, character }, end: { line, character } }, text: '字' }];
  };
}

export interface TypingResult {
  p50: number;
  p99: number;
  heapAfter100: number;
  heapAfterAll: number;
  edits: number;
  /** Server CPU per keystroke after the first 100 (less moved by other processes than wall time). */
  cpuPerEditMs: number;
}

/** `edits` keystrokes, each awaited to its diagnostics; heap after GC at 100 and at the end. */
export async function typing(lines: number, edits: number): Promise<TypingResult> {
  const doc = editorDocument(lines);
  const server = await startProbed();
  const uri = 'file:///bench/typing.ogi.txt';
  await server.client.open(uri, doc.text);
  const next = typist(doc);
  const times: number[] = [];
  let heapAfter100 = 0;
  let cpuAt100 = 0;
  for (let i = 0; i < edits; i++) {
    const t0 = performance.now();
    await server.client.change(uri, next(i));
    if (i >= 20) times.push(performance.now() - t0); // the first 20 warm the server up
    if (i === 99) ({ heapUsed: heapAfter100, cpuMs: cpuAt100 } = await server.probe());
  }
  const end = await server.probe();
  await server.stop();
  return { p50: percentile(times, 50), p99: percentile(times, 99), heapAfter100, heapAfterAll: end.heapUsed, edits, cpuPerEditMs: (end.cpuMs - cpuAt100) / (edits - 100) };
}

export interface ManyOpenResult {
  open: number;
  openCpuMs: number;
  openWallMs: number;
  keystrokeCpuMs: number;
  keystrokeWallMs: number;
}

/**
 * `count` reports of `count / 5` agencies over five years, saved in one folder and all
 * opened; then keystrokes in one report whose next year's report is open too.
 */
export async function manyOpen(count: number, keystrokes: number): Promise<ManyOpenResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-bench-open-'));
  try {
    const files = writeArchive(dir, count, 5);
    const server = await startProbed();
    const before = await server.probe();
    const t0 = performance.now();
    await Promise.all(files.map((f) => server.client.open(pathToFileURL(f).href, fs.readFileSync(f, 'utf8'))));
    const openWallMs = performance.now() - t0;
    const opened = await server.probe();
    // Report 7: agency 1, 2022 (report 8 is its 2023, which compares with it).
    const target = files[7]!;
    const uri = pathToFileURL(target).href;
    const text = fs.readFileSync(target, 'utf8');
    const lines = text.split('\n');
    const totalLine = lines.findIndex((l) => /^\(七\)\s*总计/.test(l) && /\d/.test(l));
    if (totalLine < 0) throw new Error('report 7 has no （七）总计 row');
    const end = /\d(?!.*\d)/.exec(lines[totalLine]!)!.index + 1;
    const proseLines = lines.flatMap((l, k) => (l.length > 60 && /。$/.test(l) ? [k] : []));
    const t1 = performance.now();
    for (let i = 0; i < keystrokes; i++) {
      // A digit typed after the total and taken away again; a character typed into the prose.
      const at = (line: number, character: number) => ({ line, character });
      const c: TextDocumentContentChangeEvent =
        i % 4 === 0
          ? { range: { start: at(totalLine, end), end: at(totalLine, end) }, text: '1' }
          : i % 4 === 2
            ? { range: { start: at(totalLine, end), end: at(totalLine, end + 1) }, text: '' }
            : { range: { start: at(proseLines[0]!, 10), end: at(proseLines[0]!, 10) }, text: '字' };
      await server.client.change(uri, [c]);
    }
    const keystrokeWallMs = (performance.now() - t1) / keystrokes;
    // Other reports' diagnostics are pushed after the changed one's: let them arrive.
    await new Promise((r) => setTimeout(r, 200));
    const typed = await server.probe();
    await server.stop();
    return {
      open: count,
      openCpuMs: opened.cpuMs - before.cpuMs,
      openWallMs,
      keystrokeCpuMs: (typed.cpuMs - opened.cpuMs) / keystrokes,
      keystrokeWallMs,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

// `node out/bench/server-bench.js typing|open` runs one part alone while working on it.
