/**
 * Checking a set of reports together: every report is read (text, or a page, Word file or PDF
 * through the importers), summarised, and then checked with the whole set as its cohort —
 * last year's report of each agency (X-*) and the other agencies of the year (C-SAME-TEXT).
 *
 * Memory is bounded by what is kept per report, not by the reports' texts, as `check` does
 * (`cli/pipeline.ts`): inputs are taken one at a time from an iterable the caller fills lazily
 * (a folder walk, fetched pages). Pass one reads each, decides from its one parse whether a
 * folder file is a report, keeps its packed summary (`compactSummary`) and hands its text to
 * pass two through `check`'s `cli/between-passes.ts`, with no memory budget by default: an imported
 * text goes to a spill file, a text file is read again. Pass two checks it and keeps
 * only what the review's files show (`ReviewedReport`: the findings' code, severity, message,
 * range and cell, and the lines they point at). A fetched page never goes to the network twice
 * (its bytes are in the fetch cache or the input).
 */
import { checkReport, COHORT_LIMIT, CohortIndex, compactSummary, fileLabel, LastYearIndex, parseReport, readsLikeReport, summarize, type CheckOptions, type Diagnostic, type Locale, type ReportSummary } from '../core/index';
import type { EncodingOption } from '../io/encoding';
import { ownCopy } from '../core/memo';
import { formOf, type ReportForm } from '../import/form';
import { digestOf, loadReport, type LoadInput, type LoadResult } from '../cli/load';
import { BetweenPasses, type Kept } from '../cli/between-passes';
import { REASON } from '../cli/reasons';
import { agencyOf, count, failedReport, levelLabel, type ReviewedDiagnostic, type ReviewedReport } from './report';

type Form = ReportForm;

/** One report to review: where its bytes are, or why there are none (a page that did not come). */
export interface ReviewInput {
  /** Path or URL as the user gave it (shown in every output). */
  name: string;
  /** The URI used to pair reports (file:// or http(s)://). */
  uri: string;
  url?: string;
  /** A file on disk, read when needed (a file operand, or a fetched page in the fetch cache). */
  path?: string;
  /** Bytes already in memory (a page fetched without a cache folder, standard input, the editor's files). */
  bytes?: Uint8Array;
  error?: string;
  /** The form when the name does not say it (a page at `…/show?id=3`). */
  form?: Form;
  /** The file was named on the command line (checked even when it does not read like a report). */
  explicit?: boolean;
}

export interface ReviewProgress {
  /** 1: reading and summarising; 2: checking. */
  pass: 1 | 2;
  /** Inputs done in this pass. */
  done: number;
  /** Known in pass two only: pass one takes inputs as they are found. */
  total?: number;
  name: string;
}

export interface ReviewOptions {
  locale: Locale;
  encoding: EncodingOption;
  /** Severity and rule settings for one report (its config file). */
  optionsFor?: (input: ReviewInput) => Pick<CheckOptions, 'severity' | 'settings' | 'deadlines'>;
  onProgress?: (progress: ReviewProgress) => void;
  /** A file found in a folder that is left out (it does not read like a report), with check's reason. */
  onSkip?: (input: ReviewInput, reason: string) => void;
  /** Said once for the run (too many reports for the 跨单位雷同 index). */
  onNotice?: (message: string) => void;
  /** Most reports the 跨单位雷同 index is built over (default `COHORT_LIMIT`, as `check`; tests set a small one). */
  cohortLimit?: number;
  /**
   * Keep each finding whole (fixes, related information), for `check` on URLs, which prints
   * them with check's formatters. The review's files read less (`ReviewedDiagnostic`).
   */
  fullDiagnostics?: boolean;
  /**
   * Where the run keeps the imported texts between its passes beyond the memory budget: it makes
   * a folder of its own in this one and removes it at the end (default the system's temporary folder).
   */
  spillDir?: string;
  /**
   * Characters of text kept in memory between the passes (default 0: a review keeps more per
   * report than `check` and its run is mostly the rules and the writers; keeping up to
   * `KEEP_CHARS` measured within noise on 4,000 reports, 14.9 / 16.7 → 15.6 / 16.1 s CPU, and
   * +20 MB peak). Imported texts go to the spill either way, never imported twice.
   */
  keepChars?: number;
}

/** Where pass two finds a report's text again: kept by pass one, or loaded again. */
type Source = { kind: 'file'; path: string } | { kind: 'bytes'; bytes: Uint8Array } | { kind: 'kept'; kept: Kept };

interface Pending {
  input: ReviewInput;
  form: Form;
  source: Source;
  /** The publication date the source states (an imported page's metadata), for D-DEADLINE. */
  published?: string;
  /** What pass one's load said beside the text (a partial import, decoding doubts). */
  warnings?: string[];
  /** Pass one's summary (also in the indexes), which pass two's rules read when the text is the same. */
  summary?: ReportSummary;
  /** The bytes pass one read from disk as `cli/load.ts` digests them (`source` a file): pass two read the same text when it matches. */
  digest?: number;
}

/** An input as the loader (`cli/load.ts`, the same as `check`'s) takes it. */
function loadInput(input: ReviewInput): LoadInput {
  return { name: input.url ?? input.name, ...(input.form ? { form: input.form } : {}), ...(input.bytes ? { bytes: input.bytes } : input.path !== undefined ? { path: input.path } : {}) };
}

/** Pass two's text: pass one's, or the file or bytes loaded again as pass one loaded them. */
async function textAgain(p: Pending, encoding: EncodingOption, passes: BetweenPasses): Promise<LoadResult> {
  const s = p.source;
  if (s.kind === 'kept') return passes.take(s.kept);
  return loadReport({ ...loadInput(p.input), form: p.form, ...(s.kind === 'bytes' ? { bytes: s.bytes } : {}) }, encoding);
}

/**
 * What the review's files read of a finding (`html.ts`, `xlsx.ts`, `csv.ts`, `notice.ts`): no
 * fixes, no related information; the message copied, as it may quote (and so be a view of) the text.
 */
function forWriters(d: Diagnostic): ReviewedDiagnostic {
  return { code: d.code, severity: d.severity, message: ownCopy(d.message), range: d.range, ...(d.cellId !== undefined ? { cellId: d.cellId } : {}) };
}

export async function reviewInputs(inputs: Iterable<ReviewInput> | AsyncIterable<ReviewInput>, options: ReviewOptions & { fullDiagnostics: true }): Promise<ReviewedReport<Diagnostic>[]>;
export async function reviewInputs(inputs: Iterable<ReviewInput> | AsyncIterable<ReviewInput>, options: ReviewOptions): Promise<ReviewedReport[]>;
export async function reviewInputs(inputs: Iterable<ReviewInput> | AsyncIterable<ReviewInput>, options: ReviewOptions): Promise<ReviewedReport<ReviewedDiagnostic>[]> {
  const passes = new BetweenPasses({ keepChars: options.keepChars ?? 0, ...(options.spillDir ? { spillDir: options.spillDir } : {}) });
  try {
    return await run(inputs, options, passes);
  } finally {
    passes.remove();
  }
}

async function run(inputs: Iterable<ReviewInput> | AsyncIterable<ReviewInput>, options: ReviewOptions, passes: BetweenPasses): Promise<ReviewedReport<ReviewedDiagnostic>[]> {
  // In input order: a report that could not be read keeps its place among the others.
  const order: (ReviewedReport | Pending)[] = [];
  const lastYear = new LastYearIndex();
  const summaries: ReportSummary[] = [];
  let done = 0;
  for await (const input of inputs) {
    options.onProgress?.({ pass: 1, done: ++done, name: input.name });
    if (input.error) {
      order.push(failedReport(input.name, input.error, input.form ?? formOf(input.url ?? input.name) ?? '', input.url));
      continue;
    }
    const read = await loadReport(loadInput(input), options.encoding);
    if (!read.ok) {
      order.push(failedReport(input.name, read.reason, read.form, input.url));
      continue;
    }
    const model = parseReport(read.text);
    // A folder also holds notes and READMEs (and pages, Word files, PDFs that are no report, as
    // `check` decides); a file named on the command line or a fetched page is always checked.
    if (!input.explicit && !readsLikeReport(model)) {
      options.onSkip?.(input, REASON.notReportImported(read.importProblem));
      continue;
    }
    let summary: ReportSummary | undefined;
    try {
      summary = compactSummary(summarize(model, input.uri));
      lastYear.add(summary);
      summaries.push(summary);
    } catch {
      // Without a summary the report is still checked; it just cannot be last year's report of another.
    }
    // The text is kept for pass two, or let go here and pass two finds it again.
    const kept = passes.keep(read);
    const source: Source = kept ? { kind: 'kept', kept } : input.bytes ? { kind: 'bytes', bytes: input.bytes } : { kind: 'file', path: input.path! };
    order.push({
      input: { ...input, bytes: undefined },
      form: read.form,
      source,
      ...(read.published ? { published: read.published } : {}),
      ...(read.warnings.length ? { warnings: read.warnings } : {}),
      ...(summary ? { summary } : {}),
      ...(source.kind === 'file' && read.snapshot ? { digest: digestOf(read) } : {}),
    });
  }
  // As `check`: beyond the limit, no 跨单位雷同 index (said once), everything else checked.
  let cohort: CohortIndex | undefined;
  const cohortLimit = options.cohortLimit ?? COHORT_LIMIT;
  if (summaries.length > cohortLimit) options.onNotice?.(REASON.cohortTooBig(cohortLimit));
  else cohort = CohortIndex.of(summaries);
  summaries.length = 0;

  // Last year's report of each, by its URI: what the this-year-vs-last-year chart needs of it.
  const counts = new Map<string, { file: string; errors: number; warnings: number }>();
  const lastYearUri = new Map<ReviewedReport, string>();
  const results: ReviewedReport<ReviewedDiagnostic>[] = [];
  const total = order.length;
  done = 0;
  for (const item of order) {
    if (!('source' in item)) {
      options.onProgress?.({ pass: 2, done: ++done, total, name: item.file });
      results.push(item);
      continue;
    }
    const { input } = item;
    options.onProgress?.({ pass: 2, done: ++done, total, name: input.name });
    const again = await textAgain(item, options.encoding, passes);
    if (!again.ok) {
      results.push(failedReport(input.name, again.reason, item.form, input.url));
      continue;
    }
    let reviewed: ReviewedReport<ReviewedDiagnostic>;
    try {
      const model = parseReport(again.text);
      const extra = options.optionsFor?.(input) ?? {};
      // Pass one's summary is of this text unless the file changed on disk between the passes.
      const same = item.source.kind !== 'file' || (item.digest !== undefined && item.digest === digestOf(again));
      const summary = same ? item.summary : undefined;
      const diagnostics = checkReport(model, { locale: options.locale, lastYear, cohort, uri: input.uri, ...(summary ? { summary } : {}), ...(item.published ? { published: item.published } : {}), ...extra });
      // Copied: a name read from the title line is a view of the whole text.
      const agency = ownCopy(agencyOf(model, input.name));
      reviewed = {
        file: input.name,
        ...(input.url ? { url: input.url } : {}),
        agency,
        year: model.year,
        level: levelLabel(agency, extra.settings?.agencyLevels),
        form: item.form,
        verdict: diagnostics.some((d) => d.severity === 'error') ? 'errors' : 'pass',
        ...(item.warnings ? { warnings: item.warnings } : {}),
        lines: offendingLines(model.lines, diagnostics),
        diagnostics: options.fullDiagnostics ? diagnostics : diagnostics.map(forWriters),
      };
      const prev = lastYear.lastYearOf(model, input.uri);
      if (prev) lastYearUri.set(reviewed, prev.uri);
      counts.set(input.uri, { file: input.name, errors: count(reviewed, 'error'), warnings: count(reviewed, 'warning') });
    } catch (err) {
      // A bug in one rule must not end a review of a thousand reports; the file is named.
      reviewed = failedReport(input.name, REASON.internal(err), item.form, input.url);
    }
    results.push(reviewed);
  }
  // Last year's findings beside this year's (the this-year-vs-last-year chart).
  for (const [r, uri] of lastYearUri) r.lastYear = counts.get(uri) ?? { file: fileLabel(uri), errors: 0, warnings: 0 };
  return results;
}

/** Only the lines the findings point at (the details show them): a batch keeps no whole texts. */
function offendingLines(lines: readonly string[], diagnostics: readonly { range: { start: { line: number } } }[]): string[] {
  const out: string[] = [];
  for (const d of diagnostics) {
    const i = d.range.start.line;
    // Copied: a line cut from the text is a view of it and would keep the whole text alive.
    if (lines[i] !== undefined && out[i] === undefined) out[i] = ownCopy(lines[i]!);
  }
  return out;
}
