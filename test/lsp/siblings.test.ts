/** Last year's report on disk: found by agency and year, and a folder is listed again only after a while. */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { agencyKeyOf, parseReport } from '../../server/src/core';
import { SiblingReports } from '../../server/src/lsp/siblings';

const fixtures = path.resolve(__dirname, '../fixtures/rules/X-CARRY/bad');

describe('SiblingReports', () => {
  it('finds the same agency’s report of the year before, and sees new files once the folder is looked at again', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ogi-siblings-'));
    const model = parseReport(readFileSync(path.join(fixtures, '2024.txt'), 'utf8'));
    const thisYear = { agencyKey: agencyKeyOf(model), year: model.year };
    const uri = pathToFileURL(path.join(dir, '2024.txt')).href;
    let now = 0;
    const siblings = new SiblingReports(() => undefined, () => now);

    expect(siblings.lastYear(uri, thisYear, new Set())).toEqual([]);
    copyFileSync(path.join(fixtures, '2023.txt'), path.join(dir, '2023.txt'));
    // Within the freshness window the folder is not listed again (keystrokes stay cheap).
    now += 1000;
    expect(siblings.lastYear(uri, thisYear, new Set())).toEqual([]);
    now += 5000;
    const found = siblings.lastYear(uri, thisYear, new Set());
    expect(found.map((s) => path.basename(new URL(s.summary.uri).pathname))).toEqual(['2023.txt']);
    expect(found[0]!.summary.year).toBe(2023);
    // An open document is passed by the editor itself and is skipped here.
    expect(siblings.lastYear(uri, thisYear, new Set([found[0]!.summary.uri]))).toEqual([]);
  });
});
