/**
 * The `ogi-report` command line: `check` a folder of reports (text, JSON or SARIF, with
 * `--fix`), `parse` one report into its cell model, `rules` to list the rules.
 * A thin user of the core: reading files, choosing encodings and printing are all it adds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import pkg from '../../../package.json';
import { checkReport, CohortIndex, fixAllText, isLikelyReport, LastYearIndex, parseReport, RULES, summarize, T2_CELL_IDS, T3_CELL_IDS, T4_CELL_IDS, type Locale, type ReportModel } from '../core/index';
import { BinaryFileError, decode, type Decoded, type EncodingOption } from '../io/encoding';
import { encode } from '../io/encode';
import { expandOperands } from './files';
import { formatJson, formatSarif, formatText, type FileResult } from './output';
import { parseArgs, UsageError, USAGE, type Args } from './args';
import { runImport } from './import-command';
import { ConfigFinder } from '../config/load';
import { checkUrlsCommand, needsAsync, reviewCommand } from './review-command';

interface Loaded {
  file: string;
  decoded: Decoded;
  model: ReportModel;
}

function load(file: string, encoding: EncodingOption): Loaded {
  const decoded = decode(readFileSync(file), encoding);
  return { file, decoded, model: parseReport(decoded.text) };
}

function parseCommand(file: string, encoding: EncodingOption): string {
  const { model } = load(file, encoding);
  const cells: Record<string, number | null> = {};
  for (const id of [...T2_CELL_IDS, ...T3_CELL_IDS, ...T4_CELL_IDS]) cells[id] = model.cells.get(id)?.value ?? null;
  return JSON.stringify(
    {
      title: model.title?.text ?? null,
      year: model.year,
      sections: model.sections.map((s) => ({ id: s.id, title: s.title, line: s.headingRange.start.line + 1 })),
      cells,
    },
    null,
    2,
  );
}

function checkCommand(operands: string[], opts: { format: string; fix: boolean; encoding: EncodingOption; locale: Locale; color: boolean; config?: string }): { output: string; exit: number; stderr: string[] } {
  const stderr: string[] = [];
  // Each report's config file (found upwards from it, or --config): severities, settings, ignore globs.
  const finder = new ConfigFinder(opts.config);
  let ignored = 0;
  const { files, explicit, missing } = expandOperands(operands);
  for (const m of missing) stderr.push(`ogi-report: no report files found at '${m}'`);
  let ioError = missing.length > 0;
  const loaded: Loaded[] = [];
  const results: FileResult[] = [];
  let notReports = 0;
  for (const file of files) {
    if (!explicit.has(file) && finder.isIgnored(file)) {
      ignored++;
      continue;
    }
    try {
      const l = load(file, opts.encoding);
      // A folder also holds notes and READMEs: files found there are checked only when they
      // read like a report. A file named on the command line is always checked.
      if (!explicit.has(file) && !isLikelyReport(l.decoded.text)) {
        notReports++;
        continue;
      }
      loaded.push(l);
    } catch (err) {
      if (err instanceof BinaryFileError) stderr.push(`ogi-report: skipped '${file}': not a text file`);
      else {
        stderr.push(`ogi-report: cannot read '${file}': ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
        ioError = true;
      }
    }
  }
  // Every file given is a candidate "last year's report" for the others (cross-year rules).
  const summaries = loaded.map((l) => summarize(l.model, pathToFileURL(l.file).href));
  const lastYear = LastYearIndex.of(summaries);
  // All reports of the run are each other's cohort (C-SAME-TEXT: another agency's report of the same year).
  const cohort = CohortIndex.of(summaries);
  for (const p of new Set(loaded.flatMap((l) => finder.forFile(l.file).problems))) stderr.push(`ogi-report: config: ${p}`);
  if (ignored) stderr.push(`ogi-report: ${ignored} file${ignored === 1 ? '' : 's'} left out by the config's ignore globs`);
  for (const l of loaded) {
    const uri = pathToFileURL(l.file).href;
    const options = { locale: opts.locale, lastYear, cohort, uri, ...finder.optionsFor(l.file) };
    let model = l.model;
    let fixedEdits = 0;
    if (opts.fix) {
      const { text, passes } = fixAllText(l.decoded.text, options);
      if (text !== l.decoded.text) {
        try {
          writeFileSync(l.file, encode(text, l.decoded.encoding));
          model = parseReport(text);
          fixedEdits = passes;
        } catch (err) {
          stderr.push(`ogi-report: cannot write '${l.file}': ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
          ioError = true;
        }
      }
    }
    results.push({ file: l.file, lines: model.lines, diagnostics: checkReport(model, options), fixedEdits });
  }
  if (notReports) stderr.push(`ogi-report: skipped ${notReports} file${notReports === 1 ? '' : 's'} in the folders given that do not read like a report (name a file to check it anyway)`);
  const output = opts.format === 'json' ? formatJson(results) : opts.format === 'sarif' ? formatSarif(results, RULES, pkg.version) : formatText(results, opts.color);
  const hasErrors = results.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
  return { output, exit: ioError ? 2 : hasErrors ? 1 : 0, stderr };
}

function rulesCommand(locale: Locale): string {
  return RULES.map((r) => `${r.code.padEnd(20)} ${r.severity.padEnd(8)} ${{ safe: 'fix', unsafe: 'qfx', none: '   ' }[r.fix]}  ${r.title[locale]}`).join('\n');
}

export function run(argv: string[]): { stdout: string; stderr: string; exit: number } {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') return { stdout: USAGE, stderr: '', exit: 0 };
    if (args.command === 'version') return { stdout: pkg.version, stderr: '', exit: 0 };
    if (args.command === 'rules') return { stdout: rulesCommand(args.locale), stderr: '', exit: 0 };
    if (args.command === 'parse') {
      try {
        return { stdout: parseCommand(args.operands[0]!, args.encoding), stderr: '', exit: 0 };
      } catch (err) {
        const reason = err instanceof BinaryFileError ? 'not a text file' : ((err as NodeJS.ErrnoException).code ?? (err as Error).message);
        return { stdout: '', stderr: `ogi-report: cannot read '${args.operands[0]}': ${reason}`, exit: 2 };
      }
    }
    const r = checkCommand(args.operands, args);
    return { stdout: r.output, stderr: r.stderr.join('\n'), exit: r.exit };
  } catch (err) {
    if (err instanceof UsageError) return { stdout: '', stderr: `ogi-report: ${err.message}\n\n${USAGE}`, exit: 2 };
    return { stdout: '', stderr: `ogi-report: internal error: ${(err as Error).message}`, exit: 2 };
  }
}

/** `review`, and `check` with URLs, fetch and import: they run asynchronously. */
export async function runAsync(argv: string[]): Promise<{ stdout: string; stderr: string; exit: number }> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) return { stdout: '', stderr: `ogi-report: ${err.message}\n\n${USAGE}`, exit: 2 };
    throw err;
  }
  if (!needsAsync(args)) return run(argv);
  try {
    return args.command === 'review' ? await reviewCommand(args) : await checkUrlsCommand(args);
  } catch (err) {
    return { stdout: '', stderr: `ogi-report: internal error: ${(err as Error).message}`, exit: 2 };
  }
}

if (require.main === module && process.argv[2] === 'import') {
  // `import` reads web pages, Word files and PDFs: async, and loads its own bundle (import-command.ts).
  void runImport(process.argv.slice(3)).then(({ stdout, stderr, exit }) => {
    if (stdout) process.stdout.write(stdout + '\n');
    if (stderr) process.stderr.write(stderr + '\n');
    process.exitCode = exit;
  });
} else if (require.main === module) {
  void runAsync(process.argv.slice(2)).then(({ stdout, stderr, exit }) => {
    if (stdout) process.stdout.write(stdout + '\n');
    if (stderr) process.stderr.write(stderr + '\n');
    process.exitCode = exit;
  });
}
