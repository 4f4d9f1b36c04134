/**
 * Cross-year checks in the editor: last year's report of the same agency is found on disk in
 * the same folder even when it is not open, and X-CARRY points at the cell in that file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './client';

const fixtures = path.resolve(__dirname, '../fixtures/rules/X-CARRY');

describe('last year’s report from the same folder', () => {
  let c: TestClient;
  let dir: string;
  beforeAll(async () => {
    c = await TestClient.start();
    dir = mkdtempSync(path.join(tmpdir(), 'ogi-last-year-'));
  });
  afterAll(async () => {
    await c.stop();
  });

  it('reads the 2023 file beside an open 2024 report and reports X-CARRY with its location', async () => {
    copyFileSync(path.join(fixtures, 'bad/2023.txt'), path.join(dir, '2023年度报告.txt'));
    const thisYear = path.join(dir, '2024年度报告.txt');
    const text = readFileSync(path.join(fixtures, 'bad/2024.txt'), 'utf8');
    writeFileSync(thisYear, text);
    const p = await c.open(pathToFileURL(thisYear).href, text);
    const carry = p.diagnostics.filter((d) => d.code === 'X-CARRY');
    expect(carry.length).toBeGreaterThan(0);
    const related = carry[0]!.relatedInformation ?? [];
    expect(related.some((r) => r.location.uri === pathToFileURL(path.join(dir, '2023年度报告.txt')).href)).toBe(true);
  });

  it('says nothing when last year’s file carries the same numbers', async () => {
    const other = mkdtempSync(path.join(tmpdir(), 'ogi-last-year-good-'));
    copyFileSync(path.join(fixtures, 'good/2023.txt'), path.join(other, '2023.txt'));
    const thisYear = path.join(other, '2024.txt');
    const text = readFileSync(path.join(fixtures, 'good/2024.txt'), 'utf8');
    writeFileSync(thisYear, text);
    const p = await c.open(pathToFileURL(thisYear).href, text);
    expect(p.diagnostics.filter((d) => d.code === 'X-CARRY')).toEqual([]);
  });
});

describe('last year’s report among open documents', () => {
  let c: TestClient;
  beforeAll(async () => {
    c = await TestClient.start();
  });
  afterAll(async () => {
    await c.stop();
  });

  it('an edit to last year’s report re-checks this year’s, and closing it takes the comparison away', async () => {
    const lastYear = 'file:///open-only/2023.txt';
    const thisYear = 'file:///open-only/2024.txt';
    await c.open(lastYear, readFileSync(path.join(fixtures, 'bad/2023.txt'), 'utf8'));
    const first = await c.open(thisYear, readFileSync(path.join(fixtures, 'bad/2024.txt'), 'utf8'));
    const carry = first.diagnostics.filter((d) => d.code === 'X-CARRY');
    expect(carry.length).toBeGreaterThan(0);
    expect(carry[0]!.relatedInformation?.some((r) => r.location.uri === lastYear)).toBe(true);

    // Last year's report now carries the same numbers: this year's loses its X-CARRY.
    const republished = c.nextDiagnostics(thisYear);
    await c.change(lastYear, readFileSync(path.join(fixtures, 'good/2023.txt'), 'utf8'));
    expect((await republished).diagnostics.filter((d) => d.code === 'X-CARRY')).toEqual([]);

    // And back: the carried-over figure differs again.
    const again = c.nextDiagnostics(thisYear);
    await c.change(lastYear, readFileSync(path.join(fixtures, 'bad/2023.txt'), 'utf8'));
    expect((await again).diagnostics.filter((d) => d.code === 'X-CARRY').length).toBeGreaterThan(0);

    // Closed, with no file on disk: nothing to compare with.
    const closed = c.nextDiagnostics(thisYear);
    await c.close(lastYear);
    expect((await closed).diagnostics.filter((d) => d.code === 'X-CARRY')).toEqual([]);
  });
});
