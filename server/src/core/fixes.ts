/**
 * Applying fixes. Fixes are data (`{range, newText}`), so the quick fix, "fix all" and the
 * CLI's `--fix` all go through the functions here.
 */
import type { Diagnostic, Fix, Range, TextEdit } from './types';
import { splitLines, offsetAt, comparePositions, positionAt } from './text';
import { parseReport } from './parse/index';
import { checkReport, type CheckOptions } from './check';
import { pushAll } from './arrays';
import { failingEquations, holdingEquations } from './rule-helpers/equations';

function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

/** Apply edits to text. Edits must not overlap; the caller picks them (see `fixAllEdits`). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const { lineStarts } = splitLines(text);
  const resolved = edits
    .map((e) => ({ start: offsetAt(lineStarts, text.length, e.range.start), end: offsetAt(lineStarts, text.length, e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of resolved) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at the same point conflict too: their order would be arbitrary.
  return comparePositions(a.range.start, b.range.end) < 0 && comparePositions(b.range.start, a.range.end) < 0
    ? true
    : comparePositions(a.range.start, b.range.start) === 0 && comparePositions(a.range.end, b.range.end) === 0;
}

/** The fix a diagnostic offers for "fix all": its preferred one that is marked safe. */
export function fixAllFix(d: Diagnostic): Fix | undefined {
  const safe = (d.fixes ?? []).filter((f) => f.kind === 'safe');
  return safe.find((f) => f.isPreferred) ?? safe[0];
}

/**
 * Every safe fix's edits that do not overlap an earlier one. Identical edits from different
 * diagnostics (one culprit cell behind several failed sums) are applied once.
 */
export function fixAllEdits(diagnostics: readonly Diagnostic[], onlyCode?: string): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const d of diagnostics) {
    if (onlyCode && d.code !== onlyCode) continue;
    const fix = fixAllFix(d);
    if (!fix) continue;
    const fresh = fix.edits.filter((e) => !chosen.some((c) => sameRange(c.range, e.range) && c.newText === e.newText));
    if (fresh.some((e) => chosen.some((c) => overlaps(c, e)))) continue;
    pushAll(chosen, fresh);
  }
  return chosen;
}

export interface FixAllResult {
  text: string;
  /** How many rounds of fixes were applied (a fixed total can feed another total). */
  passes: number;
}

/**
 * Apply safe fixes until none is left (at most 10 rounds): an inserted 总计 column can bring
 * sums to check in the next round. A round that breaks a sum that held before it is undone and
 * ends the run — fix-all must never leave a report with more wrong numbers than it found.
 */
export function fixAllText(text: string, options: CheckOptions = {}, onlyCode?: string): FixAllResult {
  let current = text;
  let model = parseReport(current);
  let passes = 0;
  for (; passes < 10; passes++) {
    const edits = fixAllEdits(checkReport(model, options), onlyCode);
    if (!edits.length) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    const nextModel = parseReport(next);
    const broken = failingEquations(nextModel);
    if ([...holdingEquations(model)].some((k) => broken.has(k))) break;
    current = next;
    model = nextModel;
  }
  return { text: current, passes };
}

/**
 * Minimal edits that turn `before` into `after`: a line diff (common prefix and suffix,
 * then line by line), and inside a changed line only the changed characters. Used to send
 * the result of several fix rounds as one set of edits against the original document.
 */
export function diffEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = splitLines(before);
  const b = splitLines(after);
  let top = 0;
  while (top < a.lines.length && top < b.lines.length && a.lines[top] === b.lines[top]) top++;
  let bottom = 0;
  while (bottom < a.lines.length - top && bottom < b.lines.length - top && a.lines[a.lines.length - 1 - bottom] === b.lines[b.lines.length - 1 - bottom]) bottom++;
  const aMid = a.lines.slice(top, a.lines.length - bottom);
  const bMid = b.lines.slice(top, b.lines.length - bottom);
  if (aMid.length === bMid.length && a.eol === b.eol) {
    const edits: TextEdit[] = [];
    aMid.forEach((la, k) => {
      const lb = bMid[k]!;
      if (la === lb) return;
      pushAll(edits, lineDiff(la, lb, top + k));
    });
    // Line endings can differ line by line; the per-line diff only holds when it rebuilds `after`.
    if (applyEdits(before, edits) === after) return edits;
  }
  // Lines were inserted or removed (or line endings changed): one edit between the common prefix and suffix.
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let q = 0;
  while (q < before.length - p && q < after.length - p && before[before.length - 1 - q] === after[after.length - 1 - q]) q++;
  const at = (offset: number) => positionAt(a.lineStarts, offset);
  return [{ range: { start: at(p), end: at(before.length - q) }, newText: after.slice(p, after.length - q) }];
}

/** Edits inside one line: each run of changed characters, found between unchanged tokens. */
function lineDiff(la: string, lb: string, line: number): TextEdit[] {
  const ta = la.split(/(\s+|\|)/);
  const tb = lb.split(/(\s+|\|)/);
  if (ta.length === tb.length) {
    const edits: TextEdit[] = [];
    let col = 0;
    ta.forEach((tok, k) => {
      if (tok !== tb[k]) edits.push({ range: { start: { line, character: col }, end: { line, character: col + tok.length } }, newText: tb[k]! });
      col += tok.length;
    });
    return edits;
  }
  let p = 0;
  while (p < la.length && p < lb.length && la[p] === lb[p]) p++;
  let s = 0;
  while (s < la.length - p && s < lb.length - p && la[la.length - 1 - s] === lb[lb.length - 1 - s]) s++;
  return [{ range: { start: { line, character: p }, end: { line, character: la.length - s } }, newText: lb.slice(p, lb.length - s) }];
}
