/**
 * Every rule fixture, loaded generically (test/fixtures/rules/README.md): a new case is a report
 * and its `.expect.json`, never test code. Each case is also checked in English (same codes) and
 * with CRLF line endings (same diagnostics), fix-all's result is a snapshot, and the fixed text
 * is checked again: nothing fix-all could fix is left (markdownlint's "Fixable error(s) not fixed").
 */
import { describe, it, expect } from 'vitest';
import { RULES, applyEdits, checkReport, fixAllFix, fixAllText, parseReport, type Diagnostic } from '../../server/src/core/index';
import { show } from '../helpers/core';
import { changedLines, coveredBy, lineOf, loadRuleFixtures, type FixtureFinding, type RuleFixture } from '../support/rule-fixtures';

const FIXTURES = loadRuleFixtures();

function matches(d: Diagnostic, f: FixtureFinding, line: number): boolean {
  return d.code === f.code && d.range.start.line === line && (f.severity === undefined || d.severity === f.severity) && (f.message === undefined || d.message.includes(f.message));
}

const key = (code: string, line: number) => `${code}@${line + 1}`;

function runCase(c: RuleFixture): void {
  const e = c.expectation;
  const { text, options } = c;
  const diags = checkReport(c.model, options);
  const dump = diags.map(show).join('\n');
  expect(diags.filter((d) => d.code === 'INTERNAL').map(show)).toEqual([]);
  // Codes are not localised; messages are.
  expect(checkReport(c.model, { ...options, locale: 'en' }).map((d) => d.code)).toEqual(diags.map((d) => d.code));

  if (e.errorCodes) expect([...new Set(diags.filter((d) => d.severity === 'error').map((d) => d.code))].sort(), dump).toEqual([...e.errorCodes].sort());
  for (const code of e.absent ?? []) expect(diags.filter((d) => d.code === code).map(show), dump).toEqual([]);
  for (const [code, n] of Object.entries(e.count ?? {})) expect(diags.filter((d) => d.code === code).length, `${code} count\n${dump}`).toBe(n);

  const lines = e.findings.map((f) => lineOf(text, f));
  if (e.exact) {
    const got = diags.filter((d) => coveredBy(e.exact, d.code)).map((d) => key(d.code, d.range.start.line)).sort();
    const want = e.findings.filter((f) => coveredBy(e.exact, f.code)).map((f) => key(f.code, lineOf(text, f))).sort();
    expect(got, dump).toEqual(want);
  }
  e.findings.forEach((f, i) => {
    const hits = diags.filter((d) => matches(d, f, lines[i]!));
    expect(hits.length, `no ${f.severity ?? ''} ${f.code} on line ${lines[i]! + 1} (“${f.at}”) with “${f.message ?? ''}”; got:\n${dump}`).toBeGreaterThan(0);
  });

  // The same document with CRLF line endings gives the same diagnostics at the same places.
  const crlf = text.replace(/\n/g, '\r\n');
  const crlfDiags = checkReport(parseReport(crlf), options);
  expect(crlfDiags.map(show)).toEqual(diags.map(show));

  e.findings.forEach((f, i) => {
    if (!f.fix) return;
    const d = diags.find((x) => matches(x, f, lines[i]!))!;
    const fix = d.fixes?.find((x) => x.isPreferred) ?? d.fixes?.[0];
    expect(fix, `${show(d)} offers no fix`).toBeDefined();
    // In the CRLF copy the fix keeps CRLF: no bare \n appears.
    const crlfHit = crlfDiags.find((x) => matches(x, f, lines[i]!))!;
    const crlfFix = crlfHit.fixes?.find((x) => x.isPreferred) ?? crlfHit.fixes?.[0];
    expect(applyEdits(crlf, crlfFix!.edits).replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const fixed = applyEdits(text, fix!.edits);
    expect(fixed).not.toBe(text);
    const model = parseReport(fixed);
    if (f.fix.resolves !== false) expect(checkReport(model, options).filter((x) => x.code === f.code).map(show)).toEqual([]);
    if (f.fix.textIncludes !== undefined) expect(fixed).toContain(f.fix.textIncludes);
    for (const [id, v] of Object.entries(f.fix.cells ?? {})) expect(model.cells.get(id)?.value, id).toBe(v);
  });

  // Fix-all: its text is the snapshot, and nothing it could fix is left in it.
  const fixed = fixAllText(text, options).text;
  expect(changedLines(text, fixed)).toMatchSnapshot();
  const left = checkReport(parseReport(fixed), options).filter((d) => fixAllFix(d));
  expect(left.map(show), 'fixable after fix-all').toEqual([]);
}

describe('rule fixtures', () => {
  const codes = new Set(RULES.map((r) => r.code));

  it('found the fixtures, each in the folder of a rule', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(160);
    expect([...new Set(FIXTURES.map((c) => c.code))].filter((c) => !codes.has(c))).toEqual([]);
  });

  it('every rule has a fixture in its folder that triggers it', () => {
    const triggered = new Set(FIXTURES.filter((c) => c.expectation.findings.some((f) => f.code === c.code)).map((c) => c.code));
    expect(RULES.map((r) => r.code).filter((code) => !triggered.has(code))).toEqual([]);
  });

  it('every rule has a clean counter-example in its folder (absent, or exact with no finding of it)', () => {
    const clean = new Set(
      FIXTURES.filter((c) => c.expectation.absent?.includes(c.code) || (coveredBy(c.expectation.exact, c.code) && !c.expectation.findings.some((f) => f.code === c.code))).map((c) => c.code),
    );
    expect(RULES.map((r) => r.code).filter((code) => !clean.has(code))).toEqual([]);
  });

  for (const c of FIXTURES) {
    const title = `${c.code}/${c.name}`;
    if (c.expectation.knownBug) it.fails(`${title} — known core bug: ${c.expectation.knownBug}`, () => runCase(c));
    else it(title, () => runCase(c));
  }
});
