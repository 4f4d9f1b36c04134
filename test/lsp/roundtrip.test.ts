/**
 * didChange → publishDiagnostics round trip over stdio, 200 incremental edits on the planted
 * report (alternating the wrong and the right total). Prints median and p99 for docs/editor.md;
 * `npm run measure` runs only this file.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestClient } from './client';
import { plantedSeed003 } from './seeds';

const N = Number(process.env.OGI_ROUNDTRIP_EDITS ?? 200);
const URI = 'file:///work/reports/roundtrip.ogi.txt';

let c: TestClient;
beforeAll(async () => {
  c = await TestClient.start();
});
afterAll(async () => {
  await c.stop();
});

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

it(`didChange → publishDiagnostics round trip over ${N} edits`, async () => {
  const { planted, line, character } = plantedSeed003();
  const range = { start: { line, character }, end: { line, character: character + 2 } };
  await c.open(URI, planted);
  const times: number[] = [];
  for (let i = 0; i < N; i++) {
    const wrong = i % 2 === 1;
    const t0 = process.hrtime.bigint();
    const p = await c.change(URI, [{ range, text: wrong ? '21' : '20' }]);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    expect(p.diagnostics.some((d) => d.code === 'T3-ROWSUM')).toBe(wrong);
  }
  times.sort((a, b) => a - b);
  const median = percentile(times, 50);
  const p99 = percentile(times, 99);
  console.log(
    `didChange->publishDiagnostics over ${N} edits (${planted.length} chars): ` +
      `median ${median.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms, max ${times[times.length - 1]!.toFixed(2)} ms`,
  );
  // Speed targets live in `npm run bench`; this test asserts behaviour and prints the figures.
});
