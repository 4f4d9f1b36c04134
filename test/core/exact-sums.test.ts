/**
 * Sums are exact at any size (issue 8): values beyond 2^53 and beyond 1e21 are read from their
 * digits and written back digit for digit — never 9007199254740992 for 9007199254740993, never
 * `1e+21`. And fix-all leaves the real reports' figures alone unless the numbers prove one wrong.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport, fixAllText, parseReport, type Diagnostic } from '../../server/src/core/index';
import { parse, readSeed, replaceRange } from '../helpers/core';
import { REAL_DIR } from '../support/corpus';

const SEED = readSeed('003');

/** Rewrite cells of the seed (by id) with new digits, from the last to the first. */
function withCells(text: string, values: Record<string, string>): string {
  const m = parse(text);
  const cells = Object.keys(values).map((id) => m.cells.get(id)!).sort((a, b) => b.range!.start.line - a.range!.start.line || b.range!.start.character - a.range!.start.character);
  let out = text;
  for (const c of cells) out = replaceRange(out, c.range!, values[c.id]!);
  return out;
}

const T4_ZERO = Object.fromEntries(['upheld', 'corrected', 'other', 'pending', 'total'].map((p) => [`t4.rev.${p}`, '0']));

function t4Fixes(text: string): Diagnostic {
  return checkReport(parseReport(text)).find((d) => d.code === 'T4-REV')!;
}

describe('exact integer sums', () => {
  it('table 四: parts 9007199254740993, 0, 0, 0 ask for a total of 9007199254740993 exactly', () => {
    const text = withCells(SEED, { ...T4_ZERO, 't4.rev.upheld': '9007199254740993' });
    const d = t4Fixes(text);
    expect(d.message).toContain('9007199254740993');
    const total = d.fixes!.find((f) => f.title.includes('总计'))!;
    expect(total.edits[0]!.newText).toBe('9007199254740993');
    expect(total.kind).toBe('unsafe');
  });

  it('table 四: parts 999999999999999999999 and 1 ask for 1000000000000000000000, never 1e+21', () => {
    const text = withCells(SEED, { ...T4_ZERO, 't4.rev.upheld': '999999999999999999999', 't4.rev.corrected': '1' });
    const d = t4Fixes(text);
    expect(d.message).toContain('1000000000000000000000');
    expect(d.message).not.toMatch(/e\+/);
    for (const f of d.fixes!) expect(f.edits[0]!.newText).toMatch(/^\d+$/);
    expect(d.fixes!.map((f) => f.edits[0]!.newText)).toContain('1000000000000000000000');
  });

  it('table 三: a proven culprit beyond 2^53 is restored digit for digit by fix-all', () => {
    const big = 9007199254740990n;
    const m = parse(SEED);
    const plus = (id: string) => (BigInt(m.cells.get(id)!.raw!) + big).toString();
    // Add the same huge count to 自然人 and 总计 of 一、(一) and (七): every sum still holds.
    const ids = ['t3.r1.np', 't3.r1.tot', 't3.r3_1.np', 't3.r3_1.tot', 't3.r3_7.np', 't3.r3_7.tot'];
    const clean = withCells(SEED, Object.fromEntries(ids.map((id) => [id, plus(id)])));
    expect(checkReport(parseReport(clean)).filter((d) => d.severity === 'error' && /^T3-/.test(d.code))).toEqual([]);
    const wrong = withCells(clean, { 't3.r3_7.tot': '0' });
    const culprit = checkReport(parseReport(wrong)).filter((d) => d.cellId === 't3.r3_7.tot');
    expect(culprit.length).toBeGreaterThanOrEqual(2);
    expect(culprit[0]!.fixes![0]!.kind).toBe('safe');
    expect(culprit[0]!.fixes![0]!.edits[0]!.newText).toBe(plus('t3.r3_7.tot'));
    expect(fixAllText(wrong).text).toBe(clean);
  });
});

describe('absurd digit runs', () => {
  it('a million-digit cell leaves its sums unchecked (no count has 64 digits) and fix-all leaves it alone', () => {
    const text = withCells(SEED, { 't3.r3_7.np': '9'.repeat(1_000_000) });
    const sums = checkReport(parseReport(text)).filter((d) => /^T3-(ROWSUM|RESULTSUM|BALANCE)$/.test(d.code));
    expect(sums.filter((d) => d.cellId === 't3.r3_7.np')).toEqual([]);
    expect(fixAllText(text).text).toBe(text);
  });
});

describe('fix-all on the real reports', () => {
  const files = fs.readdirSync(REAL_DIR).filter((f) => f.endsWith('.txt')).sort();
  const errorsByCode = (ds: Diagnostic[]) => {
    const out: Record<string, number> = {};
    for (const d of ds) if (d.severity === 'error') out[d.code] = (out[d.code] ?? 0) + 1;
    return out;
  };

  it.each(files)('%s: no new error, and no figure of tables 三/四 changed unless proven', (f) => {
    const text = fs.readFileSync(path.join(REAL_DIR, f), 'utf8');
    const before = parseReport(text);
    const fixed = fixAllText(text).text;
    const after = parseReport(fixed);
    const was = errorsByCode(checkReport(before));
    const now = errorsByCode(checkReport(after));
    for (const [code, n] of Object.entries(now)) expect(n, `${f} ${code}`).toBeLessThanOrEqual(was[code] ?? 0);
    // A changed figure must have been the proven culprit: it now satisfies every sum it is in.
    const changed = [...before.cells.values()].filter((c) => /^t[34]\./.test(c.id) && c.value !== null && after.cells.get(c.id)?.value !== c.value);
    const stillFailing = checkReport(after).filter((d) => d.severity === 'error' && changed.some((c) => d.cellId === c.id));
    expect(stillFailing.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  });

  // The three reports the trust issue names: fix-all used to rewrite an agency's own figures there.
  it.each(['117_', '128_', '135_'])('%s… keeps every figure of tables 三/四 as the agency wrote it', (prefix) => {
    const f = files.find((x) => x.startsWith(prefix))!;
    const text = fs.readFileSync(path.join(REAL_DIR, f), 'utf8');
    const before = parseReport(text);
    const after = parseReport(fixAllText(text).text);
    for (const c of before.cells.values()) if (/^t[34]\./.test(c.id)) expect(after.cells.get(c.id)?.value ?? null, `${f} ${c.id}`).toBe(c.value);
  });
});
