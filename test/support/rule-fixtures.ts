/**
 * The rule fixtures: one tree, one schema, one loader (test/fixtures/rules/README.md). Every
 * `<CODE>/<case>.txt` (or `<CODE>/<group>/<case>.txt`) is a whole report beside its
 * `<case>.expect.json`; the reports of one folder are checked together, each with the others as
 * last year's candidates and as its cohort, as `review` checks a folder. Expected findings name the line they start
 * on by text (`at`), not by number, so editing a fixture does not shift every expectation below.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CohortIndex, LastYearIndex, summarize, parseReport, type CheckOptions, type ReportModel, type Severity } from '../../server/src/core/index';

export const RULE_FIXTURES_DIR = path.resolve(__dirname, '../fixtures/rules');

export interface FixtureFix {
  /** After the fix, no diagnostic with the finding's code is left (default true). */
  resolves?: boolean;
  textIncludes?: string;
  cells?: Record<string, number | null>;
}

/** Where a finding starts: the first line containing `at` (below the first line containing `after`, when given). */
export interface Anchor {
  at: string;
  after?: string;
}

export interface FixtureFinding extends Anchor {
  code: string;
  severity?: Severity;
  /** A substring of the zh-CN message. */
  message?: string;
  /** Apply this diagnostic's preferred fix (else its first), re-parse, re-check. */
  fix?: FixtureFix;
}

export interface FixtureExpectation {
  note?: string;
  /** Codes (`X-CARRY`) or prefixes (`N-`) for which `findings` is the complete list. */
  exact?: string[];
  /** Each must match at least one diagnostic (code, line, and severity and message when given). */
  findings: FixtureFinding[];
  /** Codes that must not be reported at all. */
  absent?: string[];
  /** Exactly this many diagnostics of a code, wherever they are. */
  count?: Record<string, number>;
  /** The exact set of codes among all error diagnostics. */
  errorCodes?: string[];
  /** The core is known to get this case wrong: it runs as `it.fails`, so the suite goes red when it is fixed. */
  knownBug?: string;
}

export interface RuleFixture {
  /** The folder under test/fixtures/rules: the rule the case is about. */
  code: string;
  /** The case's path below its rule folder, without `.txt`. */
  name: string;
  file: string;
  text: string;
  model: ReportModel;
  expectation: FixtureExpectation;
  /** The URI, last year's candidates and the cohort (the other reports of the same folder). */
  options: CheckOptions;
}

const KEYS = new Set(['note', 'exact', 'findings', 'absent', 'count', 'errorCodes', 'knownBug']);
const FINDING_KEYS = new Set(['code', 'at', 'after', 'severity', 'message', 'fix']);

/** A clear message for a malformed expectation file, rather than a test that passes on nothing. */
function validate(file: string, e: FixtureExpectation): FixtureExpectation {
  const bad = (why: string) => new Error(`${path.relative(RULE_FIXTURES_DIR, file)}: ${why}`);
  for (const k of Object.keys(e)) if (!KEYS.has(k)) throw bad(`unknown field "${k}"`);
  if (!Array.isArray(e.findings)) throw bad('"findings" must be a list (empty for a clean report)');
  for (const f of e.findings) {
    for (const k of Object.keys(f)) if (!FINDING_KEYS.has(k)) throw bad(`unknown finding field "${k}"`);
    if (typeof f.code !== 'string' || typeof f.at !== 'string' || !f.at) throw bad('every finding needs "code" and a non-empty "at"');
  }
  return e;
}

/** 0-based line of an anchor, or an error naming it. */
export function lineOf(text: string, anchor: Anchor): number {
  const lines = text.split(/\r\n|\n|\r/);
  let from = 0;
  if (anchor.after !== undefined) {
    const k = lines.findIndex((l) => l.includes(anchor.after!));
    if (k < 0) throw new Error(`no line contains "${anchor.after}"`);
    from = k + 1;
  }
  for (let i = from; i < lines.length; i++) if (lines[i]!.includes(anchor.at)) return i;
  throw new Error(`no line${anchor.after !== undefined ? ` below "${anchor.after}"` : ''} contains "${anchor.at}"`);
}

function reportFolders(dir: string): string[] {
  const entries = fs.readdirSync(dir, { withFileTypes: true });
  const here = entries.some((e) => e.isFile() && e.name.endsWith('.txt')) ? [dir] : [];
  return [...here, ...entries.filter((e) => e.isDirectory()).flatMap((e) => reportFolders(path.join(dir, e.name)))];
}

/** Every rule fixture, in a stable order. */
export function loadRuleFixtures(root = RULE_FIXTURES_DIR): RuleFixture[] {
  const out: RuleFixture[] = [];
  for (const folder of reportFolders(root).sort()) {
    const files = fs.readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
    const reports = files.map((f) => {
      const file = path.join(folder, f);
      const text = fs.readFileSync(file, 'utf8');
      return { file, text, uri: `file://${file}`, model: parseReport(text) };
    });
    const summaries = reports.map((r) => summarize(r.model, r.uri));
    const lastYear = LastYearIndex.of(summaries);
    const cohort = CohortIndex.of(summaries);
    for (const r of reports) {
      const expectFile = r.file.replace(/\.txt$/, '.expect.json');
      if (!fs.existsSync(expectFile)) throw new Error(`${path.relative(root, r.file)} has no ${path.basename(expectFile)}`);
      const rel = path.relative(root, r.file).split(path.sep);
      out.push({
        code: rel[0]!,
        name: rel.slice(1).join('/').replace(/\.txt$/, ''),
        file: r.file,
        text: r.text,
        model: r.model,
        expectation: validate(expectFile, JSON.parse(fs.readFileSync(expectFile, 'utf8')) as FixtureExpectation),
        options: { uri: r.uri, lastYear, cohort },
      });
    }
  }
  return out;
}

/** Whether `code` is one of the codes `exact` covers (a code, or a prefix ending in `-`). */
export function coveredBy(exact: readonly string[] | undefined, code: string): boolean {
  return !!exact?.some((e) => (e.endsWith('-') ? code.startsWith(e) : code === e));
}

/**
 * The lines fix-all changed (`41 - old`, `41 + new`: line numbers of the text before and after), as a small diff (longest common subsequence of lines):
 * what the snapshot holds, so a reviewer sees the fixed text without 200 unchanged lines.
 */
export function changedLines(before: string, after: string): string {
  if (before === after) return '(fix-all changes nothing)';
  const a = before.split('\n');
  const b = after.split('\n');
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      out.push(`${i + 1} - ${a[i]}`);
      i++;
    } else {
      out.push(`${j + 1} + ${b[j]}`);
      j++;
    }
  }
  return out.join('\n');
}
