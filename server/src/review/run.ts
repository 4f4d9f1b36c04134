/**
 * Checking a set of reports together: every report is read (text, or a page, Word file or PDF
 * through the importers), summarised, and then checked with the whole set as its cohort —
 * last year's report of each agency (X-*) and the other agencies of the year (C-SAME-TEXT).
 *
 * Memory: the first pass keeps each report's text and a small summary, not its model; the
 * second pass parses again, one report at a time.
 */
import { checkReport, CohortIndex, isLikelyReport, fileLabel, LastYearIndex, parseReport, summarize, type CheckOptions, type Locale, type ReportSummary } from '../core/index';
import { decode, BinaryFileError, type EncodingOption } from '../io/encoding';
import { formOf } from '../import/form';
import { loadImporters } from '../cli/import-command';
import { agencyOf, count, failedReport, levelLabel, type ReviewedReport } from './report';

/** One report to review: its bytes, or why there are none (a file that cannot be read, a page that did not come). */
export interface ReviewInput {
  /** Path or URL as the user gave it (shown in every output). */
  name: string;
  /** The URI used to pair reports (file:// or http(s)://). */
  uri: string;
  url?: string;
  bytes?: Uint8Array;
  error?: string;
  /** The form when the name does not say it (a page at `…/show?id=3`). */
  form?: 'text' | 'html' | 'docx' | 'pdf';
  /** The file was named on the command line (checked even when it does not read like a report). */
  explicit?: boolean;
}

export interface ReviewOptions {
  locale: Locale;
  encoding: EncodingOption;
  /** Severity and rule settings for one report (its config file). */
  optionsFor?: (input: ReviewInput) => Pick<CheckOptions, 'severity' | 'settings' | 'deadlines'>;
  onProgress?: (done: number, total: number) => void;
  /** A file found in a folder that does not read like a report (a README): left out, counted by the caller. */
  onNotReport?: (input: ReviewInput) => void;
}

interface Read {
  input: ReviewInput;
  form: string;
  text: string;
  /** The publication date the source states (an imported page's metadata), for D-DEADLINE. */
  published?: string;
  summary: ReportSummary;
}

/** The text of one input: decoded, or imported when it is a page, Word file or PDF. */
async function readText(input: ReviewInput, encoding: EncodingOption): Promise<{ form: string; text: string; published?: string } | { form: string; problem: string }> {
  const bytes = input.bytes!;
  const form = input.form ?? formOf(input.url ?? input.name) ?? 'text';
  if (form === 'text') {
    try {
      return { form, text: decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding).text };
    } catch (err) {
      return { form, problem: err instanceof BinaryFileError ? '不是文本文件' : (err as Error).message };
    }
  }
  // The importers choose by the name's extension: give them one that says the form.
  const imported = await (await loadImporters()).importReport(formOf(input.url ?? input.name) === form ? (input.url ?? input.name) : `report.${form}`, bytes);
  if (imported.problem && !imported.text.trim()) return { form: imported.form, problem: imported.problem.message };
  return { form: imported.form, text: imported.text, ...(imported.meta.publishedAt ? { published: imported.meta.publishedAt } : {}) };
}

export async function reviewInputs(inputs: readonly ReviewInput[], options: ReviewOptions): Promise<ReviewedReport[]> {
  const out: (ReviewedReport | Read)[] = [];
  const total = inputs.length * 2;
  let done = 0;
  for (const input of inputs) {
    options.onProgress?.(++done, total);
    if (input.error || !input.bytes) {
      out.push(failedReport(input.name, input.error ?? '无法读取', formOf(input.url ?? input.name) ?? '', input.url));
      continue;
    }
    const read = await readText(input, options.encoding);
    if ('problem' in read) {
      out.push(failedReport(input.name, read.problem, read.form, input.url));
      continue;
    }
    // A folder also holds notes and READMEs; a file named on the command line is always checked.
    if (!input.explicit && read.form === 'text' && !isLikelyReport(read.text)) {
      options.onNotReport?.(input);
      continue;
    }
    out.push({ input, form: read.form, text: read.text, ...(read.published ? { published: read.published } : {}), summary: summarize(parseReport(read.text), input.uri) });
  }
  const summaries = out.filter((r): r is Read => 'summary' in r).map((r) => r.summary);
  const lastYear = LastYearIndex.of(summaries);
  const cohort = CohortIndex.of(summaries);
  const results: ReviewedReport[] = [];
  const byUri = new Map<string, ReviewedReport>();
  for (const r of out) {
    options.onProgress?.(++done, total);
    if (!('summary' in r)) {
      results.push(r);
      continue;
    }
    const model = parseReport(r.text);
    const extra = options.optionsFor?.(r.input) ?? {};
    const diagnostics = checkReport(model, { locale: options.locale, lastYear, cohort, uri: r.input.uri, ...(r.published ? { published: r.published } : {}), ...extra });
    const agency = agencyOf(model, r.input.name);
    const reviewed: ReviewedReport = {
      file: r.input.name,
      ...(r.input.url ? { url: r.input.url } : {}),
      agency,
      year: model.year,
      level: levelLabel(agency, extra.settings?.agencyLevels),
      form: r.form,
      verdict: diagnostics.some((d) => d.severity === 'error') ? 'errors' : 'pass',
      lines: offendingLines(model.lines, diagnostics),
      diagnostics,
    };
    const prev = lastYear.lastYearOf(model, r.input.uri);
    if (prev) (reviewed as ReviewedReport & { lastYearUri?: string }).lastYearUri = prev.uri;
    byUri.set(r.input.uri, reviewed);
    results.push(reviewed);
  }
  // Last year's findings beside this year's (the this-year-vs-last-year chart).
  for (const r of results as (ReviewedReport & { lastYearUri?: string })[]) {
    if (!r.lastYearUri) continue;
    const p = byUri.get(r.lastYearUri);
    if (p) r.lastYear = { file: p.file, errors: count(p, 'error'), warnings: count(p, 'warning') };
    else r.lastYear = { file: fileLabel(r.lastYearUri), errors: 0, warnings: 0 };
    delete r.lastYearUri;
  }
  return results;
}

/** Only the lines the findings point at (the details show them): a batch keeps no whole texts. */
function offendingLines(lines: readonly string[], diagnostics: readonly { range: { start: { line: number } } }[]): string[] {
  const out: string[] = [];
  for (const d of diagnostics) {
    const i = d.range.start.line;
    if (lines[i] !== undefined) out[i] = lines[i]!;
  }
  return out;
}
