/** Command-line arguments of `ogi-report`, validated up front so mistakes exit 2 with usage. */
import type { Locale } from '../core/index';
import type { EncodingOption } from '../io/encoding';

export class UsageError extends Error {}

export const USAGE = `Usage:
  ogi-report check [options] <files|dirs|globs...>   检查年报（目录中的 .txt/.md 文件）
  ogi-report review [options] <files|dirs|globs|URLs...> --out <folder>
                                                     审阅一批年报，写出 index.html、summary.csv、summary.xlsx、通报草稿.md
  ogi-report parse [--encoding E] <file>             输出单元格模型（JSON）
  ogi-report rules [--locale L]                      列出全部规则
  ogi-report import <file> [-o out.txt]              把网页/Word/PDF 年报转换为年报文本

Options for check:
  --format text|json|sarif   output format (default text)
  --fix                      apply safe fixes in place (original encoding and line endings), then report what is left
  --encoding auto|utf8|gb18030   input encoding (default auto: BOM, UTF-8, else GB18030)
  --locale zh-CN|en          message language (default zh-CN)
  --no-color                 plain text output
  --config FILE              use this ogi-report.config.json(c) instead of the ones found upwards from each report
  --urls FILE                also check the web pages listed in FILE (one URL a line); URLs may also be given as operands
  --year N                   with a column page (the site's 年报 list): check that year's reports
  --cache-dir DIR            keep fetched pages here, so a second run does not fetch again (default .ogi-report-cache)
  --timeout SECONDS          per request (default 20)

Options for review:
  --out DIR                  folder for the four files (created if missing; default ogi-report-review)

Exit status: 0 no errors, 1 errors found, 2 usage or I/O error.`;

export interface Args {
  command: 'check' | 'review' | 'parse' | 'rules' | 'help' | 'version';
  operands: string[];
  format: 'text' | 'json' | 'sarif';
  fix: boolean;
  encoding: EncodingOption;
  locale: Locale;
  color: boolean;
  /** review: the output folder. */
  out?: string;
  config?: string;
  urls?: string;
  year?: number;
  cacheDir?: string;
  timeoutSeconds?: number;
}

function positive(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} needs a positive number, not '${value ?? ''}'`);
  return n;
}

function path(flag: string, value: string | undefined): string {
  if (!value) throw new UsageError(`${flag} needs a path`);
  return value;
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined) throw new UsageError(`${flag} needs a value (${allowed.join('|')})`);
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join('|')}, not '${value}'`);
  return value as T;
}

export function parseArgs(argv: string[]): Args {
  const args: Args = { command: 'help', operands: [], format: 'text', fix: false, encoding: 'auto', locale: 'zh-CN', color: !!process.stdout.isTTY && !process.env.NO_COLOR };
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') return args;
  if (command === '--version' || command === '-v') return { ...args, command: 'version' };
  if (command !== 'check' && command !== 'review' && command !== 'parse' && command !== 'rules') throw new UsageError(`unknown command '${command}'`);
  args.command = command;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? rest[++i];
    if (flag === '--format') args.format = oneOf(flag, value(), ['text', 'json', 'sarif'] as const);
    else if (flag === '--encoding') args.encoding = oneOf(flag, value(), ['auto', 'utf8', 'gb18030'] as const);
    else if (flag === '--locale') args.locale = oneOf(flag, value(), ['zh-CN', 'en'] as const);
    else if (flag === '--fix') args.fix = true;
    else if (flag === '--out' && args.command === 'review') args.out = path(flag, value());
    else if (flag === '--config') args.config = path(flag, value());
    else if (flag === '--urls') args.urls = path(flag, value());
    else if (flag === '--cache-dir') args.cacheDir = path(flag, value());
    else if (flag === '--year') args.year = Math.trunc(positive(flag, value()));
    else if (flag === '--timeout') args.timeoutSeconds = positive(flag, value());
    else if (flag === '--no-color') args.color = false;
    else if (flag === '--') args.operands.push(...rest.slice(i + 1)), (i = rest.length);
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option '${a}'`);
    else args.operands.push(a);
  }
  if ((args.command === 'check' || args.command === 'review') && !args.operands.length && !args.urls) throw new UsageError(`${args.command} needs at least one file, directory, glob or URL`);
  if (args.command === 'review' && args.fix) throw new UsageError('review does not take --fix (run check --fix first)');
  if (args.command === 'parse' && args.operands.length !== 1) throw new UsageError('parse takes exactly one file');
  return args;
}
