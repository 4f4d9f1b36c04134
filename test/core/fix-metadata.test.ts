/**
 * Rule metadata tells the truth about fixes (issue 8 item 6, issue 9 item 2): over every rule
 * fixture (test/fixtures/rules, each checked with its folder as last year's candidates) and the
 * corpus (seeds, real reports),
 * - a rule declared `fix: 'none'` offers no fix, one declared `'unsafe'` offers no safe fix;
 * - every rule declared `'safe'` or `'unsafe'` offers a fix of that kind on its own fixtures, and
 *   applying one resolves the diagnostic (on re-check, no diagnostic of that code with the same
 *   message on the same line remains; a combined finding may leave a smaller one).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, applyEdits, checkReport, parseReport, type CheckOptions, type Diagnostic } from '../../server/src/core/index';
import { REAL_DIR, SEEDS_DIR } from '../support/corpus';
import { loadRuleFixtures } from '../support/rule-fixtures';

interface Checked {
  name: string;
  /** The rule folder of a fixture; '' for the corpus. */
  folder: string;
  text: string;
  options: CheckOptions;
  diagnostics: Diagnostic[];
}

const corpus = (dir: string) =>
  fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ name: f, folder: '', text: fs.readFileSync(path.join(dir, f), 'utf8'), options: {} }));

const CHECKED: Checked[] = [
  ...loadRuleFixtures().map((c) => ({ name: `${c.code}/${c.name}`, folder: c.code, text: c.text, options: c.options })),
  ...corpus(SEEDS_DIR),
  ...corpus(REAL_DIR),
].map((doc) => ({ ...doc, diagnostics: checkReport(parseReport(doc.text), doc.options) }));

const META = new Map(RULES.map((r) => [r.code, r]));

describe('rule metadata and the fixes rules offer', () => {
  it('checks a fair number of documents', () => {
    expect(CHECKED.length).toBeGreaterThan(180);
  });

  it('no rule offers a fix stronger than its metadata declares', () => {
    const lies: string[] = [];
    for (const { name, diagnostics } of CHECKED) {
      for (const d of diagnostics) {
        const meta = META.get(d.code);
        if (!meta) continue;
        const fixes = d.fixes ?? [];
        if (meta.fix === 'none' && fixes.length) lies.push(`${name}:${d.range.start.line + 1} ${d.code} declares no fix but offers ${fixes.map((f) => f.kind).join(',')}`);
        if (meta.fix === 'unsafe' && fixes.some((f) => f.kind === 'safe')) lies.push(`${name}:${d.range.start.line + 1} ${d.code} declares unsafe fixes but offers a safe one`);
      }
    }
    expect(lies).toEqual([]);
  });

  for (const meta of RULES.filter((r) => r.fix !== 'none')) {
    it(`${meta.code} (fix: ${meta.fix}) offers such a fix on its own fixtures and it resolves the diagnostic`, () => {
      let offered = 0;
      for (const { text, options, diagnostics } of CHECKED.filter((c) => c.folder === meta.code)) {
        for (const d of diagnostics.filter((x) => x.code === meta.code)) {
          for (const f of (d.fixes ?? []).filter((x) => x.kind === meta.fix)) {
            offered++;
            const after = checkReport(parseReport(applyEdits(text, f.edits)), options);
            if (!after.some((a) => a.code === d.code && a.message === d.message && a.range.start.line === d.range.start.line)) return;
            if (offered > 40) break;
          }
        }
      }
      expect.fail(`${meta.code}: ${offered ? `${offered} ${meta.fix} fixes offered, none resolves its diagnostic` : `no ${meta.fix} fix offered on its own fixtures`}`);
    });
  }
});
