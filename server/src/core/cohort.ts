/**
 * Sentences of a report for the repetition rules (X-REPEAT: this year against last year's
 * report of the same agency; C-SAME-TEXT: against other agencies' reports of the same year).
 *
 * A report is cut into sentences of its prose (tables left out), each normalised as
 * X-SAME-TEXT does (no spaces or punctuation, digit runs as `#`) and hashed. Sentences the
 * blank template itself holds are left out, so two reports are not "the same" for using the
 * template's words. A summary keeps only the hashes (4 bytes a sentence); the report being
 * checked has its model, so it can name the shared passages itself.
 */
import type { ReportModel } from './model';
import type { Range } from './types';
import type { ReportSummary } from './last-year';
import { isProseLine } from './narrative/prose';
import { normalizeForSimilarity } from './narrative/similarity';
import { newReportText } from './skeleton';
import { sameAgency } from './last-year';
import { lowerBound } from './arrays';

/** Sentences shorter than this (normalised characters) are formulae (`无。`, `详见下表`), not text. */
const MIN_SENTENCE = 12;

export interface Sentence {
  hash: number;
  /** Normalised length: what a repetition rate counts. */
  length: number;
  /** The sentence as written (trimmed), for messages. */
  text: string;
  range: Range;
}

/** FNV-1a, 32 bits: enough to tell a few thousand sentences apart, and cheap. */
export function hashText(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Units that end a sentence: 。；;！!？?. Found by the regular expression engine's scan: a
 * lookup per character (a Set of codes) was 30 % of cutting a report into sentences.
 */
const SENTENCE_END = /[。；;！!？?]/g;

function cut(lines: readonly string[], skip: (line: number) => boolean): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (skip(i) || !isProseLine(line)) continue;
    let start = 0;
    SENTENCE_END.lastIndex = 0;
    for (;;) {
      // The end mark ends its sentence; the line's end ends the last one.
      const end = SENTENCE_END.exec(line);
      const k = end ? end.index : line.length;
      const raw = line.slice(start, k + 1);
      const norm = normalizeForSimilarity(raw);
      if (norm.length >= MIN_SENTENCE) {
        const lead = raw.length - raw.trimStart().length;
        out.push({ hash: hashText(norm), length: norm.length, text: raw.trim(), range: { start: { line: i, character: start + lead }, end: { line: i, character: Math.min(k + 1, line.length) } } });
      }
      start = k + 1;
      if (!end) break;
    }
  }
  return out;
}

let templateHashes: Set<number> | null = null;
/** The blank template's own sentences (built once from the template data). */
function templateSentences(): Set<number> {
  if (!templateHashes) templateHashes = new Set(cut(newReportText().split(/\r?\n/), () => false).map((s) => s.hash));
  return templateHashes;
}

const cache = new WeakMap<ReportModel, Sentence[]>();

/** The report's own sentences (template sentences and table rows left out), in order. */
export function reportSentences(model: ReportModel): Sentence[] {
  let hit = cache.get(model);
  if (hit) return hit;
  const tables = [model.t2, model.t3, model.t4].filter((t) => t !== null);
  // The title and the section headings are the same every year by design: not repetition.
  const fixed = new Set<number>(model.sections.map((x) => x.headingRange.start.line));
  if (model.title) fixed.add(model.title.range.start.line);
  const inTable = (i: number) => fixed.has(i) || tables.some((t) => i >= t!.startLine && i <= t!.endLine);
  const template = templateSentences();
  hit = cut(model.lines, inTable).filter((s) => !template.has(s.hash));
  cache.set(model, hit);
  return hit;
}

/** Sorted distinct hashes: what a summary keeps. */
export function sentenceHashes(model: ReportModel): Uint32Array {
  return Uint32Array.from(new Set(reportSentences(model).map((s) => s.hash))).sort();
}

export function hasHash(sorted: Uint32Array, h: number): boolean {
  const i = lowerBound(sorted, h);
  return i < sorted.length && sorted[i] === h;
}

/** Whether two sorted hash arrays have a hash in common (one merge, no set). */
export function sharesHash(a: Uint32Array, b: Uint32Array): boolean {
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! === b[j]!) return true;
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return false;
}

export interface Repetition {
  /** Share of the report's own text (normalised characters) found in the other report, 0–1. */
  rate: number;
  /** The sentences found there, in order. */
  shared: Sentence[];
}

/** How much of `mine` the other report (its hashes) also has. */
export function repetition(mine: readonly Sentence[], theirs: Uint32Array): Repetition {
  let total = 0;
  let same = 0;
  const shared: Sentence[] = [];
  const counted = new Set<number>();
  for (const s of mine) {
    // A sentence the report repeats itself counts once, on both sides of the rate.
    if (counted.has(s.hash)) continue;
    counted.add(s.hash);
    total += s.length;
    if (hasHash(theirs, s.hash)) {
      same += s.length;
      shared.push(s);
    }
  }
  return { rate: total ? same / total : 0, shared };
}

/**
 * 跨单位雷同 (C-SAME-TEXT) compares every report of a year with every other: its index holds each
 * report's sentence hashes. Up to this many reports a run (`check`, `review`) builds it; beyond,
 * the run says so and checks everything else with memory still bounded by the small summaries.
 */
export const COHORT_LIMIT = 20_000;

/** Where the cross-agency rule finds the other reports of the same year. */
export interface CohortLookup {
  /** Reports of `year` by other agencies that share at least one sentence hash with `hashes`. */
  peersOf(hashes: Uint32Array, year: number, agencyKey: string, uri?: string): ReportSummary[];
}

/** One year of a cohort: its reports, and (hash, report) pairs sorted by hash, stock phrases left out. */
interface CohortYear {
  reports: ReportSummary[];
  /** Pair k is report `ids[k]` having sentence `hashes[k]`; sorted by hash, then report. */
  hashes: Uint32Array;
  ids: Uint32Array;
}

/**
 * All reports of a run, by year, with an inverted index sentence hash → reports: a lookup
 * touches only the reports that share a sentence, so a run over many reports stays linear in
 * practice. A sentence most agencies of a year use (a locality's own stock phrases) says
 * nothing about copying and is left out of the index.
 *
 * The index is two typed arrays of (hash, report) pairs sorted by hash, 8 bytes a sentence: a
 * Map from each hash to a list of reports cost ~80 bytes a sentence, 35 MB for 16,000 real
 * reports (their sentences are mostly their own).
 */
export class CohortIndex implements CohortLookup {
  private readonly byYear = new Map<number, CohortYear>();

  static of(summaries: Iterable<ReportSummary>): CohortIndex {
    const index = new CohortIndex();
    const years = new Map<number, ReportSummary[]>();
    for (const s of summaries) {
      if (s.year === null || !s.sentences?.length) continue;
      const list = years.get(s.year);
      if (list) list.push(s);
      else years.set(s.year, [s]);
    }
    for (const [year, reports] of years) index.byYear.set(year, indexYear(reports));
    return index;
  }

  peersOf(hashes: Uint32Array, year: number, agencyKey: string, uri?: string): ReportSummary[] {
    const y = this.byYear.get(year);
    if (!y) return [];
    const ids = new Set<number>();
    for (const h of hashes) for (let k = lowerBound(y.hashes, h); k < y.hashes.length && y.hashes[k] === h; k++) ids.add(y.ids[k]!);
    return [...ids]
      .sort((a, b) => a - b)
      .map((id) => y.reports[id]!)
      .filter((s) => s.uri !== uri && !sameAgency(s.agencyKey, agencyKey));
  }

  /** Hashes the index keeps for a year (stock phrases dropped), so rates leave those out too. */
  isStock(year: number, hash: number): boolean {
    const y = this.byYear.get(year);
    if (!y || y.reports.length === 0) return false;
    const k = lowerBound(y.hashes, hash);
    return !(k < y.hashes.length && y.hashes[k] === hash);
  }
}

/** Reports up to this many a year are paired in one number each (hash · 2²¹ + report < 2⁵³). */
const PACKED_IDS = 1 << 21;

function indexYear(reports: ReportSummary[]): CohortYear {
  let n = 0;
  for (const s of reports) n += s.sentences!.length;
  // Pairs sorted by hash, then report: as numbers when they fit one, else by comparison.
  const order: [number, number][] | null = reports.length < PACKED_IDS ? null : [];
  const keys = new Float64Array(order ? 0 : n);
  let at = 0;
  reports.forEach((s, id) => {
    for (const h of s.sentences!) order ? order.push([h, id]) : (keys[at++] = h * PACKED_IDS + id);
  });
  const pairs = order ? order.sort((a, b) => a[0] - b[0] || a[1] - b[1]) : null;
  if (!pairs) keys.sort();
  const hashAt = (k: number) => (pairs ? pairs[k]![0] : Math.floor(keys[k]! / PACKED_IDS));
  const idAt = (k: number) => (pairs ? pairs[k]![1] : keys[k]! % PACKED_IDS);
  // Stock phrases: used by more than a third of a year's reports (and by more than three).
  const limit = Math.max(3, Math.floor(reports.length / 3));
  const hashes = new Uint32Array(n);
  const ids = new Uint32Array(n);
  let kept = 0;
  for (let k = 0; k < n; ) {
    const h = hashAt(k);
    let end = k;
    while (end < n && hashAt(end) === h) end++;
    if (end - k <= limit) for (let j = k; j < end; j++) (hashes[kept] = h), (ids[kept++] = idAt(j));
    k = end;
  }
  return { reports, hashes: hashes.slice(0, kept), ids: ids.slice(0, kept) };
}
