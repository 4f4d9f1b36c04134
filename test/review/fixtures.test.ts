/**
 * Planted-error fixtures: every folder under test/fixtures/review holds reports derived from
 * the seeds, each with a sibling `.expect.json` listing exactly the reviewer's diagnostics
 * ({code, line}) it must produce when checked with the other reports of its folder.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../server/src/core/index';
import { REVIEW_CODE, asExpected, loadFolder, reviewDiagnostics, type Expected } from './support';

const ROOT = path.resolve(__dirname, '../fixtures/review');

function foldersWithReports(dir: string): string[] {
  const here = readdirSync(dir).some((f) => f.endsWith('.txt')) ? [dir] : [];
  const below = readdirSync(dir)
    .map((f) => path.join(dir, f))
    .filter((p) => statSync(p).isDirectory())
    .flatMap(foldersWithReports);
  return [...here, ...below];
}

const folders = foldersWithReports(ROOT);

describe('review fixtures', () => {
  for (const dir of folders) {
    const reports = loadFolder(dir);
    for (const r of reports) {
      it(`${path.relative(ROOT, dir)}/${r.file}`, () => {
        const expectFile = path.join(dir, r.file.replace(/\.txt$/, '.expect.json'));
        expect(existsSync(expectFile), `missing ${expectFile}`).toBe(true);
        const expected = (JSON.parse(readFileSync(expectFile, 'utf8')) as Expected[]).sort((a, b) => a.line - b.line || a.code.localeCompare(b.code));
        expect(asExpected(reviewDiagnostics(r, reports))).toEqual(expected);
      });
    }
  }

  it('every reviewer rule has a planted error and a clean counter-example', () => {
    const codes = RULES.map((r) => r.code).filter((c) => REVIEW_CODE.test(c));
    expect(codes.length).toBe(26);
    for (const code of codes) {
      const base = path.join(ROOT, code.toLowerCase());
      const bad = foldersWithReports(base).flatMap((d) =>
        readdirSync(d)
          .filter((f) => f.endsWith('.expect.json'))
          .flatMap((f) => JSON.parse(readFileSync(path.join(d, f), 'utf8')) as Expected[]),
      );
      expect(bad.some((e) => e.code === code), `${code}: no planted error`).toBe(true);
      const cleanFiles = foldersWithReports(base)
        .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.expect.json')).map((f) => path.join(d, f)))
        .filter((f) => /good/.test(f));
      expect(cleanFiles.length, `${code}: no clean counter-example`).toBeGreaterThan(0);
      for (const f of cleanFiles) expect(JSON.parse(readFileSync(f, 'utf8'))).toEqual([]);
    }
  });
});
