/**
 * Shared pieces of the property and fuzz tests: how many cases to run, the generators
 * (report-like text, any UTF-16, mutated seed reports) and the range checker that every
 * property uses. Line splitting here is written independently of the core's (LSP rules:
 * \r\n, \n or a lone \r end a line; columns are UTF-16 code units).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { documentSymbols, foldingRanges, inlayHints, type Diagnostic, type OutlineNode, type Position, type Range, type ReportModel } from '../../server/src/core/index';
import { lineStartsOf } from '../helpers/core';

export { SEEDS_DIR } from '../support/corpus';
import { SEEDS_DIR } from '../support/corpus';

/** Every seed report (all `.txt` files of the shared corpus' seeds folder), sorted by name. */
export const SEEDS: readonly string[] = fs
  .readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8'));

// ---------------------------------------------------------------------------------------
// How many cases. `vitest run` keeps the defaults small (the whole folder runs in a few
// seconds); `npm run fuzz` sets OGI_FUZZ_SCALE to multiply every property's count.

const SCALE = Number(process.env.OGI_FUZZ_SCALE ?? 1);
const REPORT_FILE = process.env.OGI_FUZZ_REPORT;

/** Number of runs for a property whose default is `base`. */
export function runs(base: number): number {
  return Math.max(1, Math.round(base * SCALE));
}

/** Per-property timeout for vitest: generous, and growing with the scale. */
export const TIMEOUT_MS = 60_000 * Math.max(1, SCALE);

/**
 * Check a property with fast-check and fail with its report (seed, path, shrunk
 * counterexample). When OGI_FUZZ_REPORT names a file, one JSON line per property is
 * appended to it, so `npm run fuzz` can add up the cases run.
 */
export function checkProperty<Ts>(name: string, property: fc.IProperty<Ts>, numRuns: number): void {
  const seed = process.env.OGI_FUZZ_SEED ? Number(process.env.OGI_FUZZ_SEED) : undefined;
  const details = fc.check(property, { numRuns, seed });
  if (REPORT_FILE) {
    fs.appendFileSync(REPORT_FILE, JSON.stringify({ name, runs: details.numRuns, failed: details.failed, seed: details.seed }) + '\n');
  }
  if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? `${name} failed`);
}

// ---------------------------------------------------------------------------------------
// Generators.

/** Pieces of real report text: labels, headings, separators, numbers in their odd forms. */
const REPORT_PIECES = [
  '\t', '|', ' | ', '\n', '\r\n', '\r', ' ', '\u3000', '\u00a0', '#', '## ', '---', '|---|---|',
  '0', '1', '7', '20', '16', '1,234', '１２', '3.5', '-2', '—', '/', '无', '万元', '件', '元',
  '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项',
  '（一）', '(二)', '（七）总计', '总计', '合计', '小计', '申请人情况', '自然人', '商业企业', '科研机构',
  '社会公益组织', '法律服务机构', '其他', '法人或其他组织', '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '（一）予以公开', '（三）不予公开',
  '1.属于国家秘密', '四、结转下年度继续办理', '行政复议', '行政诉讼', '结果维持', '结果纠正', '尚未审结',
  '未经复议直接起诉', '复议后起诉', '规章', '规范性文件', '行政许可', '行政处罚', '行政强制',
  '行政事业性收费', '本年制发件数', '本年废止件数', '现行有效件数', '处理决定数量', '勾稽关系',
  '2024年', '2023 年', '政府信息公开工作年度报告', '。', '，', '：', '𠀀', '😀', '\u0000', '\ufeff', '\ud800',
];

/** Text made of report pieces: reaches the parser's table and section paths quickly. */
export const reportishText: fc.Arbitrary<string> = fc.string({ unit: fc.constantFrom(...REPORT_PIECES), maxLength: 300 });

/** Any UTF-16: lone surrogates, NUL and every other code unit, plus well-formed astral characters. */
export const anyUtf16: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: fc.constantFrom('\u0000', '\r', '\n', '\t', '|', '\ud83d', '\ude00', '😀', '𠀀', '1', '总计'), maxLength: 400 }),
);

/** One edit of a seed report. Indexes are taken modulo the current line count or line length. */
export type Mutation =
  | { op: 'delete'; line: number }
  | { op: 'duplicate'; line: number }
  | { op: 'swapCells'; line: number; a: number; b: number }
  | { op: 'insert'; line: number; at: number; text: string }
  | { op: 'digit'; line: number; at: number; digit: string };

const INSERTS = fc.oneof(
  fc.constantFrom('\t', '|', ' | ', '\t\t', '||', ' ', '\u3000', '\r', '\n', '\u0000', '\ufeff', '𠀀', '😀', '\ud800', '总计', '（七）', '1', '99'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('swapCells' as const), line: fc.nat(), a: fc.nat(20), b: fc.nat(20) }),
  fc.record({ op: fc.constant('insert' as const), line: fc.nat(), at: fc.nat(), text: INSERTS }),
  fc.record({ op: fc.constant('digit' as const), line: fc.nat(), at: fc.nat(), digit: fc.constantFrom('0', '1', '5', '9', '12', '') }),
);

export type LineEnd = '\n' | '\r\n' | '\r' | 'mixed';

export interface MutatedSeed {
  seed: number;
  mutations: Mutation[];
  eol: LineEnd;
}

export const mutatedSeed: fc.Arbitrary<MutatedSeed> = fc.record({
  seed: fc.nat(SEEDS.length - 1),
  mutations: fc.array(mutation, { maxLength: 8 }),
  eol: fc.constantFrom<LineEnd>('\n', '\n', '\r\n', '\r', 'mixed'),
});

/** Apply one mutation to lines (split on \n); indexes wrap around so every case does something. */
function mutate(lines: string[], m: Mutation): void {
  if (!lines.length) return;
  const i = m.line % lines.length;
  const line = lines[i]!;
  switch (m.op) {
    case 'delete':
      lines.splice(i, 1);
      return;
    case 'duplicate':
      lines.splice(i, 0, line);
      return;
    case 'swapCells': {
      const sep = line.includes('\t') ? '\t' : line.includes('|') ? '|' : ' ';
      const cells = line.split(sep);
      const a = m.a % cells.length;
      const b = m.b % cells.length;
      [cells[a], cells[b]] = [cells[b]!, cells[a]!];
      lines[i] = cells.join(sep);
      return;
    }
    case 'insert': {
      const at = m.at % (line.length + 1);
      lines[i] = line.slice(0, at) + m.text + line.slice(at);
      return;
    }
    case 'digit': {
      // Replace the n-th run of digits (wrapping) by another number: breaks or mends a sum.
      const runs = [...line.matchAll(/\d+/g)];
      if (!runs.length) return;
      const r = runs[m.at % runs.length]!;
      lines[i] = line.slice(0, r.index) + m.digit + line.slice(r.index! + r[0].length);
      return;
    }
  }
}

export function buildMutated(c: MutatedSeed): string {
  const lines = SEEDS[c.seed]!.split('\n');
  for (const m of c.mutations) mutate(lines, m);
  if (c.eol === 'mixed') return lines.map((l, k) => l + (k === lines.length - 1 ? '' : ['\n', '\r\n', '\r'][k % 3])).join('');
  return lines.join(c.eol);
}

/** A mutated seed as text, shrinking through its description. */
export const mutatedSeedText: fc.Arbitrary<string> = mutatedSeed.map(buildMutated);

// ---------------------------------------------------------------------------------------
// Ranges.

export interface Located {
  what: string;
  range: Range;
}

/** Every range the model, the diagnostics (with related info and fixes) and the outline carry. */
export function rangesOf(model: ReportModel, diagnostics: readonly Diagnostic[]): Located[] {
  const out: Located[] = [];
  const add = (what: string, range: Range | null | undefined) => {
    if (range) out.push({ what, range });
  };
  add('title', model.title?.range);
  add('title.year', model.title?.yearRange);
  for (const s of model.sections) add(`section ${s.id}`, s.headingRange);
  for (const h of model.subHeadings) add(`subheading ${h.text}`, h.range);
  for (const cell of model.cells.values()) add(`cell ${cell.id}`, cell.range);
  for (const t of [model.t2, model.t3, model.t4]) {
    if (!t) continue;
    for (const h of t.headers) add(`${t.id} header ${h.key}`, h.range);
    for (const r of t.rows) {
      add(`${t.id} row ${r.id} label`, r.labelRange);
      add(`${t.id} row ${r.id} insertAt`, r.insertAt);
      r.values.forEach((v, k) => add(`${t.id} row ${r.id} value ${k}`, v.range));
    }
  }
  if (model.t2) {
    for (const [g, r] of model.t2.groups) add(`t2 group ${g}`, r);
    for (const p of model.t2.trialPhrases) add(`t2 trial ${p.phrase}`, p.range);
  }
  if (model.t3) for (const [row, v] of model.t3.subtotals) add(`t3 subtotal ${row}`, v.range);
  for (const d of diagnostics) {
    add(`diagnostic ${d.code}`, d.range);
    for (const r of d.relatedInformation ?? []) if (!r.uri) add(`diagnostic ${d.code} related`, r.range);
    for (const f of d.fixes ?? []) for (const e of f.edits) add(`diagnostic ${d.code} fix "${f.title}"`, e.range);
  }
  const walk = (nodes: OutlineNode[]) => {
    for (const n of nodes) {
      add(`symbol ${n.name}`, n.range);
      add(`symbol ${n.name} selection`, n.selectionRange);
      walk(n.children);
    }
  };
  walk(documentSymbols(model));
  for (const f of foldingRanges(model)) add('folding', { start: { line: f.startLine, character: 0 }, end: { line: f.endLine, character: 0 } });
  for (const h of inlayHints([...diagnostics])) add(`inlay ${h.label}`, { start: h.position, end: h.position });
  return out;
}

/** Lengths of the lines of `text` (without their line break), split the LSP way. */
export function lineLengths(text: string): number[] {
  const starts = lineStartsOf(text);
  return starts.map((s, k) => {
    if (k + 1 === starts.length) return text.length - s;
    const next = starts[k + 1]!;
    return next - s - (text[next - 1] === '\n' && text[next - 2] === '\r' ? 2 : 1);
  });
}

function positionProblem(p: Position, lengths: number[]): string | null {
  if (!Number.isInteger(p.line) || !Number.isInteger(p.character)) return 'not an integer';
  if (p.line < 0 || p.line >= lengths.length) return `line ${p.line} of ${lengths.length}`;
  if (p.character < 0 || p.character > lengths[p.line]!) return `character ${p.character} of ${lengths[p.line]} on line ${p.line}`;
  return null;
}

/** Every range that is not inside the document or ends before it starts, described. */
export function badRanges(text: string, located: readonly Located[]): string[] {
  const lengths = lineLengths(text);
  const out: string[] = [];
  for (const { what, range } of located) {
    const problem =
      positionProblem(range.start, lengths) ??
      positionProblem(range.end, lengths) ??
      (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character) ? 'start after end' : null);
    if (problem) out.push(`${what} ${JSON.stringify(range)}: ${problem}`);
  }
  return out;
}

/** Apply edits independently of the core (sorted from the end, by offsets). */
export function applyIndependently(text: string, edits: readonly { range: Range; newText: string }[]): string {
  const starts = lineStartsOf(text);
  const offset = (p: Position) => starts[p.line]! + p.character;
  const sorted = edits.map((e) => ({ s: offset(e.range.start), e: offset(e.range.end), t: e.newText })).sort((a, b) => b.s - a.s || b.e - a.e);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.s) + e.t + out.slice(e.e);
  return out;
}
