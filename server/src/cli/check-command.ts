/**
 * `ogi-report check`: runs the pipeline over the operands (and `--files-from`), streams each
 * result to the chosen format, names every file it could not check, and picks the exit status:
 * 2 when a file named on the command line could not be checked, else 1 on errors (or more
 * warnings than `--max-warnings`), else 0.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import pkg from '../../../package.json';
import type { Args } from './args';
import type { FormatOptions, Formatter } from './formatter';
import { jsonFormatter } from './format-json';
import { sarifFormatter } from './format-sarif';
import { textFormatter } from './format-text';
import { checkOperands } from './pipeline';
import { ConfigFinder } from '../config/load';
import { Tally } from './tally';
import { escapeControls } from './terminal';
import { cliText } from './messages';

/** The output file cannot be written (full disk …): the run stops with exit 2. */
class OutputError extends Error {}

export interface CommandIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<Buffer>;
  /**
   * Resolves when what was written has left the process (or at once when nothing waits). A
   * pipe takes output only while the event loop runs, and checking is synchronous: without a
   * pause the whole output of a run waited in memory (`check` of 40,000 reports `| gzip`: 1.4 GB).
   */
  drained?: () => Promise<void>;
}

/** Lines of a `--files-from` list, one path a line (blank lines and a trailing CR ignored). */
function* linesOf(text: string): Generator<string> {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim()) yield line;
    start = end + 1;
  }
}

/** The operands, then the `--files-from` list's paths (`review` reads the same list). */
export async function operandsOf(args: Args, io: Pick<CommandIO, 'readStdin'>): Promise<Iterable<string>> {
  if (!args.filesFrom) return args.operands;
  const list = args.filesFrom === '-' ? (await io.readStdin()).toString('utf8') : readFileSync(args.filesFrom, 'utf8');
  const operands = args.operands;
  return (function* () {
    yield* operands;
    yield* linesOf(list);
  })();
}

export async function checkCommand(args: Args, io: CommandIO): Promise<number> {
  try {
    return await checkInto(args, io);
  } catch (err) {
    if (!(err instanceof OutputError)) throw err;
    io.stderr(`ogi-report: ${err.message}`);
    return 2;
  }
}

async function checkInto(args: Args, io: CommandIO): Promise<number> {
  let outFd: number | null = null;
  if (args.output) {
    try {
      outFd = openSync(args.output, 'w');
    } catch (err) {
      io.stderr(`ogi-report: ${cliText(args.locale, 'cannot-write', { file: `'${args.output}'`, reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message })}`);
      return 2;
    }
  }
  try {
    let operands: Iterable<string>;
    try {
      operands = await operandsOf(args, io);
    } catch (err) {
      io.stderr(`ogi-report: ${cliText(args.locale, 'cannot-read', { file: `--files-from '${args.filesFrom}'`, reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message })}`);
      return 2;
    }
    const fd = outFd;
    const options: FormatOptions = {
      locale: args.locale,
      color: args.color && !args.output,
      quiet: args.quiet,
      out:
        fd === null
          ? io.stdout
          : (s) => {
              try {
                writeSync(fd, s + '\n');
              } catch (err) {
                throw new OutputError(cliText(args.locale, 'cannot-write', { file: `'${args.output}'`, reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message }));
              }
            },
      err: io.stderr,
      cwd: process.cwd(),
      version: pkg.version,
    };
    const formatter: Formatter = args.format === 'json' ? jsonFormatter(options) : args.format === 'sarif' ? sarifFormatter(options) : textFormatter(options);
    const tally = new Tally();
    for await (const r of checkOperands(operands, {
      locale: args.locale,
      encoding: args.encoding,
      fix: args.fix,
      readStdin: io.readStdin,
      config: new ConfigFinder(args.config),
      notice: (m) => io.stderr(`ogi-report: ${m}`),
    })) {
      tally.add(r);
      if (r.status !== 'checked') io.stderr(`ogi-report: ${cliText(args.locale, r.status === 'skipped' ? 'skipped' : 'failed')} '${escapeControls(r.file)}'：${escapeControls(r.reason ?? '')}`);
      formatter.report(r);
      if (io.drained) await io.drained();
    }
    formatter.end(tally);
    // With --output the terminal is free for the summary; JSON and SARIF on stdout stay pure.
    if (args.output && args.format !== 'text') io.stdout(tally.summary(args.locale));
    if (tally.explicitFailed) return 2;
    // Asked to check and nothing was checked: as loud as ESLint's "no files matching".
    if (!tally.checked) {
      io.stderr(`ogi-report: ${cliText(args.locale, 'nothing-checked')}`);
      return 2;
    }
    if (tally.errors) return 1;
    if (args.maxWarnings !== null && tally.warnings > args.maxWarnings) {
      io.stderr(`ogi-report: ${cliText(args.locale, 'too-many-warnings', { count: tally.warnings, max: args.maxWarnings })}`);
      return 1;
    }
    return 0;
  } finally {
    if (outFd !== null) closeSync(outFd);
  }
}
