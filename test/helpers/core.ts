/**
 * Shared helpers for the core test suite (test/core): reading the seed reports, slicing
 * text by LSP ranges (written independently of the core's own offset code), and small
 * text surgery used to plant errors or change a report's text form.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseReport, checkReport, T2_CELL_IDS, T3_CELL_IDS, T4_CELL_IDS } from '../../server/src/core/index';
import type { Diagnostic, Range, ReportModel, Severity } from '../../server/src/core/index';

export { SEEDS_DIR } from '../support/corpus';
import { SEEDS_DIR } from '../support/corpus';

export const SEED_IDS = ['000', '001', '002', '003', '004'] as const;
export type SeedId = (typeof SEED_IDS)[number];
/** Seeds whose tables are complete and arithmetically consistent (spec §6.1). */
export const CLEAN_SEEDS = ['000', '002', '003', '004'] as const satisfies readonly SeedId[];

export function seedPath(id: SeedId): string {
  const file = fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${id}_`) && f.endsWith('.txt'));
  if (!file) throw new Error(`seed ${id} not found in ${SEEDS_DIR}`);
  return path.join(SEEDS_DIR, file);
}

export function readSeed(id: SeedId): string {
  return fs.readFileSync(seedPath(id), 'utf8');
}

/** Table 三 rows and columns in template order (spec §2.2), written out here on purpose. */
export const T3_ROWS = [
  'r1', 'r2', 'r3_1', 'r3_2',
  'r3_3_1', 'r3_3_2', 'r3_3_3', 'r3_3_4', 'r3_3_5', 'r3_3_6', 'r3_3_7', 'r3_3_8',
  'r3_4_1', 'r3_4_2', 'r3_4_3',
  'r3_5_1', 'r3_5_2', 'r3_5_3', 'r3_5_4', 'r3_5_5',
  'r3_6_1', 'r3_6_2', 'r3_6_3',
  'r3_7', 'r4',
] as const;
export const T3_COLS = ['np', 'biz', 'sci', 'ngo', 'law', 'oth', 'tot'] as const;
export const T4_IDS = (['rev', 'lit_direct', 'lit_after'] as const).flatMap((g) =>
  (['upheld', 'corrected', 'other', 'pending', 'total'] as const).map((c) => `t4.${g}.${c}`),
);
export const T2_IDS = [
  't2.regulation.issued', 't2.regulation.repealed', 't2.regulation.valid',
  't2.normative.issued', 't2.normative.repealed', 't2.normative.valid',
  't2.license.decisions', 't2.penalty.decisions', 't2.coercion.decisions', 't2.fee.amount_wan',
] as const;

/** All 200 template cell ids, from the core (the tests check these agree with the lists above). */
export const ALL_CELL_IDS: readonly string[] = [...T2_CELL_IDS, ...T3_CELL_IDS, ...T4_CELL_IDS];

/** Start offset of every line; line breaks are \r\n, \n or a lone \r (as LSP counts them). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\r' && text[i + 1] === '\n') {
      starts.push(i + 2);
      i++;
    } else if (ch === '\n' || ch === '\r') starts.push(i + 1);
  }
  return starts;
}

export function offsetOf(text: string, pos: { line: number; character: number }, starts = lineStartsOf(text)): number {
  const s = starts[pos.line];
  if (s === undefined) throw new Error(`line ${pos.line} out of range`);
  return s + pos.character;
}

export function sliceRange(text: string, r: Range, starts = lineStartsOf(text)): string {
  return text.slice(offsetOf(text, r.start, starts), offsetOf(text, r.end, starts));
}

/** Replace one range of `text` (independent of the core's applyEdits). */
export function replaceRange(text: string, r: Range, newText: string): string {
  const starts = lineStartsOf(text);
  return text.slice(0, offsetOf(text, r.start, starts)) + newText + text.slice(offsetOf(text, r.end, starts));
}

/** The value of every template cell (null when absent), keyed by cell id. */
export function cellValues(model: ReportModel): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const id of ALL_CELL_IDS) out[id] = model.cells.get(id)?.value ?? null;
  return out;
}

export function parse(text: string): ReportModel {
  return parseReport(text);
}

export function check(text: string): Diagnostic[] {
  return checkReport(parseReport(text));
}

export function bySeverity(diags: readonly Diagnostic[], ...severities: Severity[]): Diagnostic[] {
  return diags.filter((d) => severities.includes(d.severity));
}

/** `CODE@line` (1-based) for readable failure messages. */
export function show(d: Diagnostic): string {
  return `${d.severity} ${d.code}@${d.range.start.line + 1}: ${d.message}`;
}

export function sameRange(a: Range | null | undefined, b: Range | null | undefined): boolean {
  return !!a && !!b && a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Split text into lines, keeping the line-break style so `joinLines` rebuilds it exactly. */
export function splitKeep(text: string): { lines: string[]; eol: string } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { lines: text.split(eol), eol };
}

/** Apply `fn` to each line (1-based line numbers given to `fn`). */
export function mapLines(text: string, fn: (line: string, lineNo: number) => string | string[]): string {
  const { lines, eol } = splitKeep(text);
  return lines.flatMap((l, i) => fn(l, i + 1)).join(eol);
}

/** Replace the single occurrence of `from` on 1-based line `lineNo` (fails loudly when absent or ambiguous). */
export function editLine(text: string, lineNo: number, from: string | RegExp, to: string): string {
  const { lines, eol } = splitKeep(text);
  const line = lines[lineNo - 1];
  if (line === undefined) throw new Error(`no line ${lineNo}`);
  const next = line.replace(from, to);
  if (next === line) throw new Error(`line ${lineNo} has no ${String(from)}: ${JSON.stringify(line)}`);
  lines[lineNo - 1] = next;
  return lines.join(eol);
}
