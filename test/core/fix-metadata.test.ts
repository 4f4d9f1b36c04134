/**
 * Rule metadata tells the truth about fixes (issue 8 item 6, issue 9 item 2): over every rule
 * fixture (test/fixtures/core, test/fixtures/review) and the corpus (seeds, real reports),
 * - a rule declared `fix: 'none'` offers no fix, one declared `'unsafe'` offers no safe fix;
 * - every rule declared `'safe'` or `'unsafe'` offers a fix of that kind on at least one of
 *   them, and applying it resolves the diagnostic (on re-check, no diagnostic of that code with
 *   the same message on the same line remains; a combined finding may leave a smaller one).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, applyEdits, checkReport, parseReport, type CheckOptions } from '../../server/src/core/index';
import { FIXTURES_DIR } from '../helpers/core';
import { REAL_DIR, SEEDS_DIR } from '../support/corpus';
import { lastYearIndex, loadFolder } from '../review/support';

const REVIEW_DIR = path.resolve(__dirname, '../fixtures/review');

interface Doc {
  name: string;
  text: string;
  options: CheckOptions;
}

function txtFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? txtFiles(p) : e.name.endsWith('.txt') ? [p] : [];
  });
}

function docs(): Doc[] {
  const out: Doc[] = [];
  for (const f of [...txtFiles(FIXTURES_DIR), ...txtFiles(SEEDS_DIR), ...txtFiles(REAL_DIR)]) {
    out.push({ name: path.relative(path.resolve(__dirname, '..'), f), text: fs.readFileSync(f, 'utf8'), options: {} });
  }
  // Review fixtures are checked with the other reports of their folder (cross-year rules).
  const folders = [...new Set(txtFiles(REVIEW_DIR).map((f) => path.dirname(f)))];
  for (const dir of folders) {
    const reports = loadFolder(dir);
    const lastYear = lastYearIndex(reports);
    for (const r of reports) {
      out.push({ name: path.relative(REVIEW_DIR, path.join(dir, r.file)), text: fs.readFileSync(path.join(dir, r.file), 'utf8'), options: { uri: r.uri, lastYear } });
    }
  }
  return out;
}

const META = new Map(RULES.map((r) => [r.code, r]));
const ALL = docs();
const CHECKED = ALL.map((doc) => ({ doc, diagnostics: checkReport(parseReport(doc.text), doc.options) }));

describe('rule metadata and the fixes rules offer', () => {
  it('checks a fair number of documents', () => {
    expect(ALL.length).toBeGreaterThan(80);
  });

  it('no rule offers a fix stronger than its metadata declares', () => {
    const lies: string[] = [];
    for (const { doc, diagnostics } of CHECKED) {
      for (const d of diagnostics) {
        const meta = META.get(d.code);
        if (!meta) continue;
        const fixes = d.fixes ?? [];
        if (meta.fix === 'none' && fixes.length) lies.push(`${doc.name}:${d.range.start.line + 1} ${d.code} declares no fix but offers ${fixes.map((f) => f.kind).join(',')}`);
        if (meta.fix === 'unsafe' && fixes.some((f) => f.kind === 'safe')) lies.push(`${doc.name}:${d.range.start.line + 1} ${d.code} declares unsafe fixes but offers a safe one`);
      }
    }
    expect(lies).toEqual([]);
  });

  for (const meta of RULES.filter((r) => r.fix !== 'none')) {
    it(`${meta.code} (fix: ${meta.fix}) offers such a fix somewhere and it resolves the diagnostic`, () => {
      let offered = 0;
      for (const { doc, diagnostics } of CHECKED) {
        for (const d of diagnostics.filter((x) => x.code === meta.code)) {
          for (const f of (d.fixes ?? []).filter((x) => x.kind === meta.fix)) {
            offered++;
            const after = checkReport(parseReport(applyEdits(doc.text, f.edits)), doc.options);
            if (!after.some((a) => a.code === d.code && a.message === d.message && a.range.start.line === d.range.start.line)) return;
            if (offered > 40) break;
          }
        }
      }
      expect.fail(`${meta.code}: ${offered ? `${offered} ${meta.fix} fixes offered, none resolves its diagnostic` : `no ${meta.fix} fix offered on any fixture`}`);
    });
  }
});
