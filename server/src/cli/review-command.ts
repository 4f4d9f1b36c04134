/**
 * `ogi-report review`: a folder (or a website) of reports in, the reviewer's files out —
 * `index.html`, `summary.csv`, `summary.xlsx`, `通报草稿.md` — with a one-screen summary on
 * stdout. Also `check` when URLs are given (the same inputs, printed as check prints).
 *
 * Where reports come from is `gatherInputs` (lazily: the folder walk `check` uses, then the
 * fetched pages); checking them together (last year's report of each agency, the other agencies
 * of the year) is `reviewInputs` (`review/run.ts`), which takes them one at a time, so memory is
 * bounded by one summary per report and what the review's files show of each.
 */
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pkg from '../../../package.json';
import { RULES, type Diagnostic, type Locale } from '../core/index';
import { ConfigFinder } from '../config/load';
import { Fetcher } from '../net/fetch';
import { inputsFromUrls, isUrl, parseUrlList } from '../net/inputs';
import { reviewInputs, type ReviewInput, type ReviewProgress } from '../review/run';
import { summaryCsv } from '../review/csv';
import { noticeMarkdown } from '../review/notice';
import { reviewHtmlParts } from '../review/html';
import { consoleSummary } from '../review/console';
import type { ReviewedReport } from '../review/report';
import { walkOperands } from './walk';
import { jsonFormatter } from './format-json';
import { sarifFormatter } from './format-sarif';
import { textFormatter } from './format-text';
import type { FormatOptions } from './formatter';
import { STDIN_NAME, type ReportResult } from './pipeline';
import { operandsOf } from './check-command';
import { cliText } from './messages';
import { REASON } from './reasons';
import { escapeControls } from './terminal';
import { Tally } from './tally';
import type { Args } from './args';

export interface CommandResult {
  stdout: string;
  stderr: string;
  exit: number;
}

export const DEFAULT_CACHE_DIR = '.ogi-report-cache';
export const DEFAULT_OUT_DIR = 'ogi-report-review';

/** What a run learns while its inputs are taken one at a time: said on stderr, and whether exit 2 is due. */
interface RunNotes {
  stderr: string[];
  ioError: boolean;
  locale: Locale;
}

/** A file left out or not readable, in the words and form `check` prints it. */
function sayNotChecked(notes: RunNotes, status: 'skipped' | 'failed', file: string, reason: string): void {
  notes.stderr.push(`ogi-report: ${cliText(notes.locale, status)} '${escapeControls(file)}'：${escapeControls(reason)}`);
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Every report the operands, `--files-from`, `--urls` and the config's ignore globs lead to, one
 * at a time as they are found: a folder is walked lazily (the same walk as `check`: every form,
 * loops and devices skipped, each skip named) and a file is read only when the review takes it.
 */
export async function* gatherInputs(args: Args, finder: ConfigFinder, notes: RunNotes): AsyncGenerator<ReviewInput> {
  let operands: Iterable<string>;
  try {
    operands = await operandsOf(args, { readStdin });
  } catch (err) {
    notes.stderr.push(`ogi-report: ${cliText(notes.locale, 'cannot-read', { file: `--files-from '${args.filesFrom}'`, reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message })}`);
    notes.ioError = true;
    operands = [];
  }
  const urls: string[] = [];
  const files = (function* () {
    for (const o of operands) {
      if (isUrl(o)) urls.push(o);
      else yield o;
    }
  })();
  for (const entry of walkOperands(files)) {
    if (entry.kind === 'stdin') {
      yield { name: STDIN_NAME, uri: 'stdin:', bytes: new Uint8Array(await readStdin()), explicit: true };
      continue;
    }
    if (entry.kind === 'skip') {
      sayNotChecked(notes, entry.explicit ? 'failed' : 'skipped', entry.path, entry.reason);
      if (entry.explicit) notes.ioError = true;
      continue;
    }
    if (!entry.explicit && finder.isIgnored(entry.path)) {
      sayNotChecked(notes, 'skipped', entry.path, REASON.ignored);
      continue;
    }
    yield { name: entry.path, uri: pathToFileURL(resolve(entry.path)).href, path: entry.path, explicit: entry.explicit };
  }
  if (args.urls) {
    try {
      urls.push(...parseUrlList(readFileSync(args.urls, 'utf8')));
    } catch (err) {
      notes.stderr.push(`ogi-report: cannot read '${args.urls}': ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      notes.ioError = true;
    }
  }
  if (urls.length) {
    // Fetched once each: a report's bytes are read again from the cache folder, never the site.
    const fetcher = new Fetcher({ cacheDir: args.cacheDir ?? DEFAULT_CACHE_DIR, timeoutMs: (args.timeoutSeconds ?? 20) * 1000 });
    const fetched = await inputsFromUrls(urls, fetcher, args.year);
    if (fetched.some((i) => i.error)) notes.ioError = true;
    yield* fetched;
  }
}

/** A progress bar on stderr, only on a terminal and only once a run has taken a second. */
function progressBar(): { update: (p: ReviewProgress) => void; end: () => void } {
  const tty = !!process.stderr.isTTY;
  const started = Date.now();
  let shown = false;
  let lastDraw = 0;
  return {
    update({ done, total }) {
      if (!tty) return;
      const now = Date.now();
      if (now - started < 1000 || (now - lastDraw < 100 && done !== total)) return;
      lastDraw = now;
      shown = true;
      // Pass one takes the reports as the folders give them: a count; pass two knows the total.
      if (total === undefined) {
        process.stderr.write(`\r\x1b[K读取中 ${done} 份`);
        return;
      }
      const width = 30;
      const filled = Math.round((done / Math.max(1, total)) * width);
      process.stderr.write(`\r\x1b[K审阅中 [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${Math.round((done / Math.max(1, total)) * 100)}%`);
    },
    end() {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}

function titleOf(locale: Locale): (code: string) => string {
  const titles = new Map(RULES.map((r) => [r.code, r.title[locale]]));
  return (code) => titles.get(code) ?? code;
}

/** Check every input together; the config of each report decides its severities and settings. */
async function runInputs(args: Args, inputs: AsyncIterable<ReviewInput>, finder: ConfigFinder, notes: RunNotes, full: true, onProgress?: (p: ReviewProgress) => void): Promise<ReviewedReport<Diagnostic>[]>;
async function runInputs(args: Args, inputs: AsyncIterable<ReviewInput>, finder: ConfigFinder, notes: RunNotes, full: false, onProgress?: (p: ReviewProgress) => void): Promise<ReviewedReport[]>;
async function runInputs(args: Args, inputs: AsyncIterable<ReviewInput>, finder: ConfigFinder, notes: RunNotes, full: boolean, onProgress?: (p: ReviewProgress) => void): Promise<ReviewedReport[]> {
  const cwdConfig = join(process.cwd(), 'report');
  // Said once each, in the order met.
  const problems = new Set<string>();
  const configOf = (input: ReviewInput) => {
    const file = input.url || input.path === undefined ? cwdConfig : input.name;
    for (const p of finder.forFile(file).problems) problems.add(p);
    return finder.optionsFor(file);
  };
  const reports = await reviewInputs(inputs, {
    locale: args.locale,
    encoding: args.encoding,
    optionsFor: configOf,
    onProgress,
    onSkip: (input, reason) => sayNotChecked(notes, 'skipped', input.name, reason),
    onNotice: (message) => notes.stderr.push(`ogi-report: ${message}`),
    fullDiagnostics: full,
  });
  for (const p of problems) notes.stderr.push(`ogi-report: config: ${p}`);
  return reports;
}

/** As check: 2 when something could not be read, fetched or imported (never a silent 0), else 1 on errors. */
export function exitOf(reports: readonly ReviewedReport[], ioError: boolean): number {
  return ioError || reports.some((r) => r.verdict === 'failed') ? 2 : reports.some((r) => r.verdict === 'errors') ? 1 : 0;
}

export async function reviewCommand(args: Args): Promise<CommandResult> {
  const notes: RunNotes = { stderr: [], ioError: false, locale: args.locale };
  const stderr = notes.stderr;
  const finder = new ConfigFinder(args.config);
  const bar = progressBar();
  const reports = await runInputs(args, gatherInputs(args, finder, notes), finder, notes, false, bar.update);
  bar.end();
  // Every file was skipped (each named above): an empty review would only overwrite the last one's folder.
  if (reports.length === 0) {
    stderr.push(`ogi-report: ${cliText(args.locale, 'nothing-checked')}`);
    return { stdout: '', stderr: stderr.join('\n'), exit: 2 };
  }
  const out = args.out ?? DEFAULT_OUT_DIR;
  const titles = titleOf(args.locale);
  const now = new Date();
  const date = now.toISOString().slice(0, 10);
  // index.html in pieces, written as they are made (`writePieces`); the others are small.
  const files: [string, string | Uint8Array | Iterable<string>][] = [
    ['index.html', reviewHtmlParts(reports, { titleOf: titles, generatedAt: `${date} ${now.toTimeString().slice(0, 5)}`, source: `ogi-report ${pkg.version} · ${args.operands.concat(args.urls ? [`--urls ${args.urls}`] : []).join(' ')}` })],
    ['summary.csv', summaryCsv(reports)],
    ['通报草稿.md', noticeMarkdown(reports, { titleOf: titles, date })],
  ];
  try {
    // exceljs is loaded only here, when a workbook is written.
    const { summaryXlsx } = await import('../review/xlsx');
    files.splice(2, 0, ['summary.xlsx', await summaryXlsx(reports, titles)]);
  } catch (err) {
    stderr.push(`ogi-report: cannot write summary.xlsx: ${(err as Error).message}`);
  }
  try {
    const { noticeDocx } = await import('../review/docx');
    files.push(['通报草稿.docx', await noticeDocx(files.find(([n]) => n === '通报草稿.md')![1] as string)]);
  } catch (err) {
    stderr.push(`ogi-report: cannot write 通报草稿.docx: ${(err as Error).message}`);
  }
  try {
    mkdirSync(out, { recursive: true });
    for (const [name, content] of files) {
      if (typeof content === 'string' || content instanceof Uint8Array) writeFileSync(join(out, name), content);
      else writePieces(join(out, name), content);
    }
  } catch (err) {
    stderr.push(`ogi-report: cannot write to '${out}': ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    return { stdout: '', stderr: stderr.join('\n'), exit: 2 };
  }
  return { stdout: consoleSummary(reports, { titleOf: titles, outDir: out, files: files.map(([n]) => n) }), stderr: stderr.join('\n'), exit: exitOf(reports, notes.ioError) };
}

/** A file written from its pieces as they come, a megabyte at a time: a 60 MB page is never one string. */
function writePieces(path: string, pieces: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    let pending = '';
    const flush = () => {
      const bytes = Buffer.from(pending, 'utf8');
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      pending = '';
    };
    for (const piece of pieces) {
      pending += piece;
      if (pending.length >= 1 << 20) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
}

/** `check` when URLs are among the operands or `--urls` is given: the review's inputs, printed as check prints. */
export async function checkUrlsCommand(args: Args): Promise<CommandResult> {
  const notes: RunNotes = { stderr: [], ioError: false, locale: args.locale };
  const stderr = notes.stderr;
  const finder = new ConfigFinder(args.config);
  const reports = await runInputs(args, gatherInputs(args, finder, notes), finder, notes, true);
  // Printed by the same formatters as `check` (collected here: a URL run is a few pages, not an archive).
  const out: string[] = [];
  const options: FormatOptions = { locale: args.locale, color: args.color && !args.output, quiet: args.quiet, out: (s) => out.push(s), err: (s) => stderr.push(s), cwd: process.cwd(), version: pkg.version };
  const formatter = args.format === 'json' ? jsonFormatter(options) : args.format === 'sarif' ? sarifFormatter(options) : textFormatter(options);
  const tally = new Tally();
  for (const r of reports) {
    const result: ReportResult = {
      file: r.url ?? r.file,
      explicit: true,
      form: r.form as ReportResult['form'],
      status: r.verdict === 'failed' ? 'failed' : 'checked',
      ...(r.verdict === 'failed' ? { reason: r.problem ?? '' } : {}),
      title: null,
      agency: r.agency || null,
      year: r.year,
      level: r.level || null,
      diagnostics: r.diagnostics,
      warnings: r.warnings ?? [],
      lines: r.lines,
    };
    if (result.status === 'failed') stderr.push(`ogi-report: 未能检查 '${result.file}'：${result.reason}`);
    tally.add(result);
    formatter.report(result);
  }
  formatter.end(tally);
  return { stdout: out.join('\n'), stderr: stderr.join('\n'), exit: exitOf(reports, notes.ioError) };
}

/** `check` and `review` take URLs through the asynchronous path. */
export function needsAsync(args: Args): boolean {
  return args.command === 'review' || (args.command === 'check' && (!!args.urls || args.operands.some(isUrl)));
}
