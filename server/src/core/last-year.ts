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

/**
 * Summaries indexed by year and by every agency-key suffix that may pair (`sameAgency`), so a
 * lookup costs the length of one key, not the number of reports: linear over an archive.
 */
export class LastYearIndex implements LastYearLookup {
  /** year → key suffix (≥ MIN_SUFFIX_KEY, or the whole key) → summaries whose key ends with it. */
  private readonly byYear = new Map<number, Map<string, ReportSummary[]>>();
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
    let keys = this.byYear.get(summary.year);
    if (!keys) this.byYear.set(summary.year, (keys = new Map()));
    for (const suffix of suffixesOf(summary.agencyKey)) {
      const list = keys.get(suffix);
      if (list) list.push(summary);
      else keys.set(suffix, [summary]);
    }
  }

  delete(uri: string): void {
    const old = this.byUri.get(uri);
    if (!old) return;
    this.byUri.delete(uri);
    const keys = old.year === null ? undefined : this.byYear.get(old.year);
    if (!keys) return;
    for (const suffix of suffixesOf(old.agencyKey)) {
      const list = keys.get(suffix);
      if (!list) continue;
      const rest = list.filter((s) => s !== old);
      if (rest.length) keys.set(suffix, rest);
      else keys.delete(suffix);
    }
  }

  get(uri: string): ReportSummary | undefined {
    return this.byUri.get(uri);
  }

  lastYearOf(model: ReportModel, uri?: string): ReportSummary | null {
    const key = agencyKeyOf(model);
    if (!key || model.year === null) return null;
    const keys = this.byYear.get(model.year - 1);
    if (!keys) return null;
    // Candidates: reports whose key ends with ours (ours is the shorter), and reports whose
    // key is a suffix of ours (theirs is the shorter, or equal).
    const found = new Set<ReportSummary>(keys.get(key) ?? []);
    for (const suffix of suffixesOf(key)) for (const s of keys.get(suffix) ?? []) if (s.agencyKey === suffix) found.add(s);
    let best: ReportSummary | null = null;
    for (const s of found) {
      if (s.uri === uri || !sameAgency(s.agencyKey, key)) continue;
      // Several candidates: the first by URI, so every caller picks the same one.
      if (!best || s.uri < best.uri) best = s;
    }
    return best;
  }
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
