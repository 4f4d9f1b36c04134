/**
 * `ogi-report review`: a folder (or a website) of reports in, the reviewer's files out —
 * `index.html`, `summary.csv`, `summary.xlsx`, `通报草稿.md` — with a one-screen summary on
 * stdout. Also `check` when URLs are given (the same inputs, printed as check prints).
 *
 * Where reports come from is `gatherInputs`; checking them together (last year's report of
 * each agency, the other agencies of the year) is `reviewInputs` (`review/run.ts`): the one
 * function to switch when the CLI's shared pipeline lands.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pkg from '../../../package.json';
import { RULES, type Locale } from '../core/index';
import { ConfigFinder } from '../config/load';
import { Fetcher } from '../net/fetch';
import { inputsFromUrls, isUrl, parseUrlList } from '../net/inputs';
import { reviewInputs, type ReviewInput } from '../review/run';
import { summaryCsv } from '../review/csv';
import { noticeMarkdown } from '../review/notice';
import { reviewHtml } from '../review/html';
import { consoleSummary } from '../review/console';
import type { ReviewedReport } from '../review/report';
import { walkOperands } from './walk';
import { jsonFormatter } from './format-json';
import { sarifFormatter } from './format-sarif';
import { textFormatter } from './format-text';
import type { FormatOptions } from './formatter';
import type { ReportResult } from './pipeline';
import { Tally } from './tally';
import type { Args } from './args';

export interface CommandResult {
  stdout: string;
  stderr: string;
  exit: number;
}

export const DEFAULT_CACHE_DIR = '.ogi-report-cache';
export const DEFAULT_OUT_DIR = 'ogi-report-review';

/** Every report the operands, `--urls` and the config's ignore globs lead to. */
export async function gatherInputs(args: Args, finder: ConfigFinder, stderr: string[]): Promise<{ inputs: ReviewInput[]; ioError: boolean }> {
  const urlOperands = args.operands.filter(isUrl);
  const fileOperands = args.operands.filter((o) => !isUrl(o));
  let ioError = false;
  const urls = [...urlOperands];
  if (args.urls) {
    try {
      urls.push(...parseUrlList(readFileSync(args.urls, 'utf8')));
    } catch (err) {
      stderr.push(`ogi-report: cannot read '${args.urls}': ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      ioError = true;
    }
  }
  const inputs: ReviewInput[] = [];
  if (fileOperands.length) {
    // The same walk as `check`: every form, loops and devices skipped, each skip named.
    let ignored = 0;
    for (const entry of walkOperands(fileOperands)) {
      if (entry.kind === 'stdin') continue;
      if (entry.kind === 'skip') {
        stderr.push(`ogi-report: ${entry.explicit ? '未能检查' : '已跳过'} '${entry.path}'：${entry.reason}`);
        if (entry.explicit) ioError = true;
        continue;
      }
      const file = entry.path;
      if (!entry.explicit && finder.isIgnored(file)) {
        ignored++;
        continue;
      }
      const uri = pathToFileURL(resolve(file)).href;
      try {
        inputs.push({ name: file, uri, bytes: new Uint8Array(readFileSync(file)), explicit: entry.explicit });
      } catch (err) {
        inputs.push({ name: file, uri, error: `无法读取（${(err as NodeJS.ErrnoException).code ?? (err as Error).message}）` });
        ioError = true;
      }
    }
    if (ignored) stderr.push(`ogi-report: 配置文件的 ignore 规则排除了 ${ignored} 个文件`);
  }
  if (urls.length) {
    const fetcher = new Fetcher({ cacheDir: args.cacheDir ?? DEFAULT_CACHE_DIR, timeoutMs: (args.timeoutSeconds ?? 20) * 1000 });
    const fetched = await inputsFromUrls(urls, fetcher, args.year);
    if (fetched.some((i) => i.error)) ioError = true;
    inputs.push(...fetched);
  }
  return { inputs, ioError };
}

/** A progress bar on stderr, only on a terminal and only once a run has taken a second. */
function progressBar(): { update: (done: number, total: number) => void; end: () => void } {
  const tty = !!process.stderr.isTTY;
  const started = Date.now();
  let shown = false;
  let lastDraw = 0;
  return {
    update(done, total) {
      if (!tty) return;
      const now = Date.now();
      if (now - started < 1000 || (now - lastDraw < 100 && done < total)) return;
      lastDraw = now;
      shown = true;
      const width = 30;
      const filled = Math.round((done / Math.max(1, total)) * width);
      process.stderr.write(`\r审阅中 [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${Math.round((done / Math.max(1, total)) * 100)}%`);
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
async function runInputs(args: Args, inputs: ReviewInput[], finder: ConfigFinder, stderr: string[], onProgress?: (d: number, t: number) => void): Promise<ReviewedReport[]> {
  let notReports = 0;
  const cwdConfig = join(process.cwd(), 'report');
  const reports = await reviewInputs(inputs, {
    locale: args.locale,
    encoding: args.encoding,
    optionsFor: (input) => finder.optionsFor(input.url ? cwdConfig : input.name),
    onProgress,
    onNotReport: () => notReports++,
  });
  const problems = new Set(inputs.flatMap((i) => finder.forFile(i.url ? cwdConfig : i.name).problems));
  for (const p of problems) stderr.push(`ogi-report: config: ${p}`);
  if (notReports) stderr.push(`ogi-report: skipped ${notReports} file${notReports === 1 ? '' : 's'} in the folders given that do not read like a report (name a file to check it anyway)`);
  return reports;
}

/** As check: 2 when something could not be read, fetched or imported (never a silent 0), else 1 on errors. */
export function exitOf(reports: readonly ReviewedReport[], ioError: boolean): number {
  return ioError || reports.some((r) => r.verdict === 'failed') ? 2 : reports.some((r) => r.verdict === 'errors') ? 1 : 0;
}

export async function reviewCommand(args: Args): Promise<CommandResult> {
  const stderr: string[] = [];
  const finder = new ConfigFinder(args.config);
  const { inputs, ioError } = await gatherInputs(args, finder, stderr);
  const bar = progressBar();
  const reports = await runInputs(args, inputs, finder, stderr, bar.update);
  bar.end();
  const out = args.out ?? DEFAULT_OUT_DIR;
  const titles = titleOf(args.locale);
  const now = new Date();
  const date = now.toISOString().slice(0, 10);
  const files: [string, string | Uint8Array][] = [
    ['index.html', reviewHtml(reports, { titleOf: titles, generatedAt: `${date} ${now.toTimeString().slice(0, 5)}`, source: `ogi-report ${pkg.version} · ${args.operands.concat(args.urls ? [`--urls ${args.urls}`] : []).join(' ')}` })],
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
    for (const [name, content] of files) writeFileSync(join(out, name), content);
  } catch (err) {
    stderr.push(`ogi-report: cannot write to '${out}': ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    return { stdout: '', stderr: stderr.join('\n'), exit: 2 };
  }
  return { stdout: consoleSummary(reports, { titleOf: titles, outDir: out, files: files.map(([n]) => n) }), stderr: stderr.join('\n'), exit: exitOf(reports, ioError) };
}

/** `check` when URLs are among the operands or `--urls` is given: the review's inputs, printed as check prints. */
export async function checkUrlsCommand(args: Args): Promise<CommandResult> {
  const stderr: string[] = [];
  const finder = new ConfigFinder(args.config);
  const { inputs, ioError } = await gatherInputs(args, finder, stderr);
  const reports = await runInputs(args, inputs, finder, stderr);
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
      warnings: [],
      lines: r.lines,
    };
    if (result.status === 'failed') stderr.push(`ogi-report: 未能检查 '${result.file}'：${result.reason}`);
    tally.add(result);
    formatter.report(result);
  }
  formatter.end(tally);
  return { stdout: out.join('\n'), stderr: stderr.join('\n'), exit: exitOf(reports, ioError) };
}

/** `check` and `review` take URLs through the asynchronous path. */
export function needsAsync(args: Args): boolean {
  return args.command === 'review' || (args.command === 'check' && (!!args.urls || args.operands.some(isUrl)));
}
