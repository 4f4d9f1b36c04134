/**
 * Last year's report of the same agency — the one home of this concept (spec §3.4). The CLI,
 * the language server, the review command and the tests all ask this module; they only supply
 * the reports they have (files given, open documents, files on disk beside a report).
 *
 * A report another report may be compared with is kept as a `ReportSummary`: what the
 * cross-year rules read (agency, year, a few cells with their ranges, the prose of sections 一
 * and 五), a few kilobytes instead of a whole model, so a run over 100,000 reports keeps one
 * summary per report and nothing else.
 */
import type { ReportModel } from './model';
import type { Range } from './types';
import type { SectionId } from './template/sections';
import { T2_CELL_IDS } from './template/table2';
import { T3_COLUMN_IDS } from './template/table3';
import { T4_GROUPS } from './template/table4';
import { normalizeLabel } from './template/normalize';
import { sectionText } from './narrative/similarity';
import { sentenceHashes } from './cohort';

const AGENCY_WORDS = /人民政府|政府|局|委员会|委|办公室|办事处|街道|乡|镇|区|县|市|中心|厅|署|院/;

/**
 * The agency key of a report: the parser's `title.agencyKey` (the title without year and the
 * words "政府信息公开工作年度报告"), or, when the title line is only `2023 年政府信息公开工作年度报告`
 * (PDF layouts put the agency on the line above), that line.
 */
export function agencyKeyOf(model: ReportModel): string {
  const title = model.title;
  if (!title) return '';
  if (title.agencyKey) return title.agencyKey;
  for (let i = title.range.start.line - 1; i >= Math.max(0, title.range.start.line - 3); i--) {
    const line = normalizeLabel(model.lines[i] ?? '').replace(/^#+/, '');
    if (!line) continue;
    if (line.length <= 40 && !/\d/.test(line) && AGENCY_WORDS.test(line)) return line;
    break;
  }
  return '';
}

/** Keys shorter than this do not name a place, so they never pair by suffix (`财政金融局`). */
const MIN_SUFFIX_KEY = 6;

/**
 * Same agency: equal keys, or one key is the other with a higher-level place in front
 * (`淮安市洪泽区人民政府` and `洪泽区人民政府`; `新乡市红旗区渠东街道办事处` and `红旗区渠东街道办事处`).
 */
export function sameAgency(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= MIN_SUFFIX_KEY && long.endsWith(short);
}

export interface AgencyYear {
  agencyKey: string;
  year: number | null;
}

/** `candidate` is last year's report of `report`'s agency. */
export function isLastYearOf(candidate: AgencyYear, report: AgencyYear): boolean {
  return report.year !== null && candidate.year === report.year - 1 && sameAgency(candidate.agencyKey, report.agencyKey);
}

/** The cells a later report compares with: table 二 (X-VALID), the four totals rows of table 三 (X-CARRY), table 四 totals. */
export const SUMMARY_CELL_IDS: readonly string[] = [
  ...T2_CELL_IDS,
  ...['r1', 'r2', 'r3_7', 'r4'].flatMap((row) => T3_COLUMN_IDS.map((c) => `t3.${row}.${c}`)),
  ...T4_GROUPS.map((g) => `t4.${g.id}.total`),
];

/** Sections whose prose is compared with last year's (X-SAME-TEXT). */
const SUMMARY_SECTIONS: readonly SectionId[] = ['一', '五'];

export interface SummaryCell {
  value: number | null;
  range: Range | null;
}

export interface SummarySection {
  headingRange: Range;
  /** The section's prose normalised for comparison (`narrative/similarity.ts`). */
  text: string;
}

/** What the cross-year rules need of a report. */
export interface ReportSummary extends AgencyYear {
  uri: string;
  title: string | null;
  cells: ReadonlyMap<string, SummaryCell>;
  sections: ReadonlyMap<SectionId, SummarySection>;
  /**
   * Sorted hashes of the report's own sentences (`cohort.ts`), for the repetition rules
   * (X-REPEAT, C-SAME-TEXT): 4 bytes a sentence. Absent in summaries made elsewhere.
   */
  sentences?: Uint32Array;
}

export function summarize(model: ReportModel, uri: string): ReportSummary {
  const cells = new Map<string, SummaryCell>();
  for (const id of SUMMARY_CELL_IDS) {
    const c = model.cells.get(id);
    if (c && (c.value !== null || c.range)) cells.set(id, { value: c.value, range: c.range });
  }
  const sections = new Map<SectionId, SummarySection>();
  for (const id of SUMMARY_SECTIONS) {
    const s = model.sections.find((x) => x.id === id);
    if (s) sections.set(id, { headingRange: s.headingRange, text: sectionText(model, s) });
  }
  return { uri, agencyKey: agencyKeyOf(model), year: model.year, title: model.title?.text ?? null, cells, sections, sentences: sentenceHashes(model) };
}

/**
 * A string that changes whenever `summarize(model)` may: the agency, year, title, the
 * summary's cells with their ranges, and the raw lines of the compared sections. Much
 * cheaper than a summary (no prose normalisation), so an editor can tell on every keystroke
 * whether the reports that compare with this one need checking again.
 */
export function summaryFingerprint(model: ReportModel): string {
  const parts: unknown[] = [agencyKeyOf(model), model.year, model.title?.text ?? null];
  for (const id of SUMMARY_CELL_IDS) {
    const c = model.cells.get(id);
    if (c && (c.value !== null || c.range)) parts.push(id, c.value, c.range);
  }
  for (const id of SUMMARY_SECTIONS) {
    const s = model.sections.find((x) => x.id === id);
    if (s) parts.push(id, s.headingRange, model.lines.slice(s.bodyStartLine, s.endLine + 1).join('\n'));
  }
  return JSON.stringify(parts);
}

/** A summary made only when a cross-year rule reads more than its agency and year. */
export function lazySummary(model: ReportModel, uri: string): ReportSummary {
  let full: ReportSummary | undefined;
  let source: ReportModel | null = model; // let go once summarised: a summary pins no model
  const get = (): ReportSummary => {
    if (!full) {
      full = summarize(source!, uri);
      source = null;
    }
    return full;
  };
  return {
    uri,
    agencyKey: agencyKeyOf(model),
    year: model.year,
    get title() {
      return get().title;
    },
    get cells() {
      return get().cells;
    },
    get sections() {
      return get().sections;
    },
  };
}

/** Where the checker finds last year's report of a report. */
export interface LastYearLookup {
  /** Last year's report of the agency of `model`, not the document `uri` itself; null if none. */
  lastYearOf(model: ReportModel, uri?: string): ReportSummary | null;
}

/** A year's reports: by agency key, and in the order of their keys read from the end. */
interface YearReports {
  /** Agency key → its report (several when one agency has more than one that year). */
  byKey: Map<string, ReportSummary | ReportSummary[]>;
  /**
   * The year's reports sorted by key read backwards, so the keys ending with a given key (the
   * same agency with a higher-level place in front) are one run found by binary search. Sorted
   * on the first lookup after additions; null until then.
   */
  byEnding: ReportSummary[] | null;
  /** Added since `byEnding` was sorted, scanned one by one until they are many. */
  recent: ReportSummary[];
  /** Deleted since `byEnding` was sorted (still in it; skipped on lookup). */
  stale: number;
}

/** Order of keys read from their last character: a key sorts right before the keys that end with it. */
function compareEndings(a: string, b: string): number {
  for (let i = a.length - 1, j = b.length - 1; i >= 0 && j >= 0; i--, j--) {
    const d = a.charCodeAt(i) - b.charCodeAt(j);
    if (d) return d;
  }
  return a.length - b.length;
}

/**
 * Summaries indexed by year and agency key, so a lookup costs the length of one key (and the
 * logarithm of a year's reports), not the number of reports: linear over an archive. Each
 * report costs the index one map entry and one array slot; it used to be one list per suffix
 * of its key (~0.7 KB a report, and a scan of every report whose key shares a 6-character
 * tail: 1.8 % of a 16,000-report run).
 */
export class LastYearIndex implements LastYearLookup {
  private readonly byYear = new Map<number, YearReports>();
  private readonly byUri = new Map<string, ReportSummary>();

  static of(summaries: Iterable<ReportSummary>): LastYearIndex {
    const index = new LastYearIndex();
    for (const s of summaries) index.add(s);
    return index;
  }

  get size(): number {
    return this.byUri.size;
  }

  /** Add or replace (same URI) a report. */
  add(summary: ReportSummary): void {
    this.delete(summary.uri);
    this.byUri.set(summary.uri, summary);
    if (summary.year === null || !summary.agencyKey) return;
    let y = this.byYear.get(summary.year);
    if (!y) this.byYear.set(summary.year, (y = { byKey: new Map(), byEnding: null, recent: [], stale: 0 }));
    const same = y.byKey.get(summary.agencyKey);
    y.byKey.set(summary.agencyKey, same === undefined ? summary : Array.isArray(same) ? [...same, summary] : [same, summary]);
    if (y.byEnding) y.recent.push(summary), forgetOrderIfStale(y);
  }

  delete(uri: string): void {
    const old = this.byUri.get(uri);
    if (!old) return;
    this.byUri.delete(uri);
    const y = old.year === null ? undefined : this.byYear.get(old.year);
    const same = y?.byKey.get(old.agencyKey);
    if (!y || same === undefined) return;
    const rest = Array.isArray(same) ? same.filter((s) => s !== old) : same === old ? [] : [same];
    if (rest.length === 0) y.byKey.delete(old.agencyKey);
    else y.byKey.set(old.agencyKey, rest.length === 1 ? rest[0]! : rest);
    if (y.byEnding) y.stale++, forgetOrderIfStale(y);
  }

  get(uri: string): ReportSummary | undefined {
    return this.byUri.get(uri);
  }

  lastYearOf(model: ReportModel, uri?: string): ReportSummary | null {
    const key = agencyKeyOf(model);
    if (!key || model.year === null) return null;
    const y = this.byYear.get(model.year - 1);
    if (!y) return null;
    let best: ReportSummary | null = null;
    const consider = (s: ReportSummary): void => {
      // Several candidates: the first by URI, so every caller picks the same one.
      if (s.uri === uri || !sameAgency(s.agencyKey, key) || this.byUri.get(s.uri) !== s) return;
      if (!best || s.uri < best.uri) best = s;
    };
    // Their key is ours, or ours without the place in front (a suffix long enough to name one).
    for (const suffix of suffixesOf(key)) {
      const hit = y.byKey.get(suffix);
      if (Array.isArray(hit)) hit.forEach(consider);
      else if (hit) consider(hit);
    }
    // Their key is ours with a higher-level place in front.
    if (key.length >= MIN_SUFFIX_KEY) {
      const sorted = this.sortedByEnding(y);
      for (let k = lowerBound(sorted, key); k < sorted.length && sorted[k]!.agencyKey.endsWith(key); k++) consider(sorted[k]!);
      y.recent.forEach((s) => s.agencyKey.endsWith(key) && consider(s));
    }
    return best;
  }

  private sortedByEnding(y: YearReports): ReportSummary[] {
    if (!y.byEnding) {
      const all: ReportSummary[] = [];
      for (const v of y.byKey.values()) Array.isArray(v) ? all.push(...v) : all.push(v);
      y.byEnding = all.sort((a, b) => compareEndings(a.agencyKey, b.agencyKey));
      y.recent = [];
      y.stale = 0;
    }
    return y.byEnding;
  }
}

/**
 * Many changes since the year was sorted (an editor replaces a report's summary on every
 * keystroke): drop the order, so neither `recent` nor the replaced summaries it holds grow
 * without bound; the next lookup sorts again. Amortised, a change costs a few comparisons.
 */
function forgetOrderIfStale(y: YearReports): void {
  if (y.byEnding && y.recent.length + y.stale > 64 + y.byEnding.length / 4) (y.byEnding = null), (y.recent = []), (y.stale = 0);
}

/** The first place in `sorted` whose key does not read (from the end) before `key`. */
function lowerBound(sorted: readonly ReportSummary[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareEndings(sorted[mid]!.agencyKey, key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The key itself and every suffix long enough to name a place. */
function suffixesOf(key: string): string[] {
  const out = [key];
  for (let i = 1; key.length - i >= MIN_SUFFIX_KEY; i++) out.push(key.slice(i));
  return out;
}

/** The file name at the end of a URI or path, for messages. */
export function fileLabel(uri: string): string {
  const last = uri.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
