/**
 * Rule fixtures, loaded generically: every `test/fixtures/core/<CODE>/<name>.txt` has a
 * sibling `<name>.expect.json` (see test/fixtures/core/README.md for the format). Adding a
 * case means adding two files, never test code.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it, expect } from 'vitest';
import { RULES, applyEdits, checkReport, parseReport, type Diagnostic, type Severity } from '../../server/src/core/index';
import { FIXTURES_DIR, show } from '../helpers/core';

interface FixExpectation {
  /** After applying the fix, no diagnostic with this code is left (default true). */
  resolves?: boolean;
  textIncludes?: string;
  cells?: Record<string, number | null>;
}

interface Expectation {
  note?: string;
  code: string;
  /** 1-based line of the diagnostic's range start. */
  line?: number;
  severity?: Severity;
  messageIncludes?: string;
  /** Exactly this many diagnostics with `code`. */
  count?: number;
  /** No diagnostic with `code` at all (line/severity/message are then not used). */
  absent?: boolean;
  /** The exact set of codes of all error diagnostics of the document. */
  errorCodes?: string[];
  /** Apply the matching diagnostic's preferred fix (else its first) and check the result. */
  fix?: FixExpectation;
  /** The core is known to get this case wrong: the case runs as `it.fails` (see the report). */
  knownBug?: string;
}

interface FixtureCase {
  dir: string;
  name: string;
  file: string;
  expectation: Expectation;
  index: number;
}

/** The rules of issue 2: tables 二/三/四 and structure (narrative N-*, year Y-* and cross-year X-* rules have their own tests). */
const SCOPE_TAGS = new Set(['table2', 'table3', 'table4', 'structure']);
const IN_SCOPE_CODE = /^(T2|T3|T4|S)-/;

function loadCases(): FixtureCase[] {
  const out: FixtureCase[] = [];
  for (const dir of fs.readdirSync(FIXTURES_DIR).sort()) {
    const full = path.join(FIXTURES_DIR, dir);
    if (!fs.statSync(full).isDirectory()) continue;
    for (const f of fs.readdirSync(full).filter((x) => x.endsWith('.txt')).sort()) {
      const name = f.replace(/\.txt$/, '');
      const expectFile = path.join(full, `${name}.expect.json`);
      if (!fs.existsSync(expectFile)) throw new Error(`${dir}/${f} has no ${name}.expect.json`);
      const parsed = JSON.parse(fs.readFileSync(expectFile, 'utf8')) as Expectation | Expectation[];
      (Array.isArray(parsed) ? parsed : [parsed]).forEach((expectation, index) => out.push({ dir, name, file: path.join(full, f), expectation, index }));
    }
  }
  return out;
}

const CASES = loadCases();

function matching(diags: Diagnostic[], e: Expectation): Diagnostic[] {
  return diags.filter(
    (d) =>
      d.code === e.code &&
      (e.line === undefined || d.range.start.line + 1 === e.line) &&
      (e.severity === undefined || d.severity === e.severity) &&
      (e.messageIncludes === undefined || d.message.includes(e.messageIncludes)),
  );
}

function runCase(c: FixtureCase): void {
  const e = c.expectation;
  const text = fs.readFileSync(c.file, 'utf8');
  const diags = checkReport(parseReport(text));
  const dump = diags.map(show).join('\n');
  // Every fixture must also give the same codes in English (messages are localised, codes are not).
  expect(checkReport(parseReport(text), { locale: 'en' }).map((d) => d.code)).toEqual(diags.map((d) => d.code));

  if (e.errorCodes) {
    const codes = [...new Set(diags.filter((d) => d.severity === 'error').map((d) => d.code))].sort();
    expect(codes, dump).toEqual([...e.errorCodes].sort());
  }
  const ofCode = diags.filter((d) => d.code === e.code);
  if (e.absent) {
    expect(ofCode.map(show), dump).toEqual([]);
    return;
  }
  if (e.count !== undefined) expect(ofCode.length, dump).toBe(e.count);
  const hits = matching(diags, e);
  expect(hits.length, `no ${e.severity} ${e.code} on line ${e.line} with “${e.messageIncludes}”; got:\n${dump}`).toBeGreaterThan(0);

  // The same document with CRLF line endings gives the same diagnostics at the same places.
  const crlf = text.replace(/\n/g, '\r\n');
  const crlfDiags = checkReport(parseReport(crlf));
  expect(crlfDiags.map(show)).toEqual(diags.map(show));

  if (e.fix) {
    const d = hits[0]!;
    // In the CRLF copy the fix keeps CRLF: no bare \n appears.
    const crlfHit = matching(crlfDiags, e)[0]!;
    const crlfFix = crlfHit.fixes?.find((f) => f.isPreferred) ?? crlfHit.fixes?.[0];
    expect(applyEdits(crlf, crlfFix!.edits).replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const fix = d.fixes?.find((f) => f.isPreferred) ?? d.fixes?.[0];
    expect(fix, `${show(d)} offers no fix`).toBeDefined();
    const fixed = applyEdits(text, fix!.edits);
    expect(fixed).not.toBe(text);
    const model = parseReport(fixed);
    const after = checkReport(model);
    if (e.fix.resolves !== false) expect(after.filter((x) => x.code === e.code).map(show)).toEqual([]);
    if (e.fix.textIncludes !== undefined) expect(fixed).toContain(e.fix.textIncludes);
    for (const [id, v] of Object.entries(e.fix.cells ?? {})) expect(model.cells.get(id)?.value, id).toBe(v);
  }
}

describe('rule fixtures', () => {
  it('found the fixtures', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it('every fixture directory names a rule', () => {
    const codes = new Set(RULES.map((r) => r.code));
    for (const dir of new Set(CASES.map((c) => c.dir))) expect(codes.has(dir), dir).toBe(true);
  });

  it('every table / structure rule has at least one fixture that triggers it', () => {
    const inScope = RULES.filter((r) => IN_SCOPE_CODE.test(r.code) && r.tags.some((t) => SCOPE_TAGS.has(t))).map((r) => r.code);
    expect(inScope.length).toBeGreaterThanOrEqual(25);
    const triggered = new Set(CASES.filter((c) => !c.expectation.absent && c.expectation.code === c.dir).map((c) => c.dir));
    expect(inScope.filter((code) => !triggered.has(code))).toEqual([]);
  });

  it('every expectation names its own code, a line, a severity and a message for positive cases', () => {
    for (const c of CASES) {
      const e = c.expectation;
      if (e.absent) continue;
      expect(e.line, `${c.dir}/${c.name}`).toBeTypeOf('number');
      expect(e.severity, `${c.dir}/${c.name}`).toBeTypeOf('string');
      expect(e.messageIncludes, `${c.dir}/${c.name}`).toBeTypeOf('string');
      // The severity a fixture expects is the rule's, unless the rule reports that case at another level.
      expect(['error', 'warning', 'info', 'hint']).toContain(e.severity);
    }
  });

  for (const c of CASES) {
    const title = `${c.dir}/${c.name}${c.index ? ` #${c.index + 1}` : ''}${c.expectation.absent ? ` (no ${c.expectation.code})` : ''}`;
    if (c.expectation.knownBug) it.fails(`${title} — known core bug: ${c.expectation.knownBug}`, () => runCase(c));
    else it(title, () => runCase(c));
  }
});
