/**
 * Rule metadata tells the truth about fixes (issue 8 item 6), for the table-二 and structure
 * rules: over every fixture, seed and real report, a rule offers no fix stronger than its
 * `meta.fix` (`none`: no fix, `unsafe`: no fix-all fix), and a rule that declares a fix offers
 * one of that kind on its own fixtures.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it, expect } from 'vitest';
import { RULES, checkReport, parseReport } from '../../server/src/core/index';
import { FIXTURES_DIR } from '../helpers/core';
import { REAL_DIR, SEEDS_DIR } from '../support/corpus';

const IN_SCOPE = /^(S|T2)-/;
const txt = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f)) : []);
const FIXTURE_DIRS = fs.readdirSync(FIXTURES_DIR).filter((d) => fs.statSync(path.join(FIXTURES_DIR, d)).isDirectory());
const ALL = [...FIXTURE_DIRS.flatMap((d) => txt(path.join(FIXTURES_DIR, d))), ...txt(SEEDS_DIR), ...txt(REAL_DIR)];

/** Fix kinds offered per code, over the given files. */
function offered(files: string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of files) {
    for (const d of checkReport(parseReport(fs.readFileSync(f, 'utf8')))) {
      const kinds = out.get(d.code) ?? new Set<string>();
      for (const x of d.fixes ?? []) kinds.add(x.kind);
      out.set(d.code, kinds);
    }
  }
  return out;
}

const EVERYWHERE = offered(ALL);
const RANK: Record<string, number> = { none: 0, unsafe: 1, safe: 2 };

describe('fix metadata of the table-二 and structure rules', () => {
  const rules = RULES.filter((r) => IN_SCOPE.test(r.code));

  it.each(rules.map((r) => [r.code, r.fix] as const))('%s (declares %s) never offers a stronger fix', (code, fix) => {
    const kinds = [...(EVERYWHERE.get(code) ?? [])];
    expect(kinds.filter((k) => RANK[k]! > RANK[fix]!)).toEqual([]);
  });

  it.each(rules.filter((r) => r.fix !== 'none').map((r) => [r.code, r.fix] as const))('%s (declares %s) offers that fix on its own fixtures', (code, fix) => {
    const own = offered(txt(path.join(FIXTURES_DIR, code)));
    expect([...(own.get(code) ?? [])]).toContain(fix);
  });
});
