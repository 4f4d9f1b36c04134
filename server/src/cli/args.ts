/** Command-line arguments of `ogi-report`, validated up front so mistakes exit 2 with usage. */
import type { Locale } from '../core/index';
import type { EncodingOption } from '../io/encoding';

/** A usage mistake, said in Chinese and in English (one language a line). */
export class UsageError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh}\n${en}`);
  }
}

// One language per line, Chinese first.
export const USAGE = `用法 Usage:
  ogi-report check [选项] <文件|文件夹|通配符…|->
      检查年报：文件夹中的 .txt .md .html .mht .docx .doc .wps .pdf；- 读标准输入
      check reports: files, folders (.txt .md .html .mht .docx .doc .wps .pdf), globs; - reads standard input
  ogi-report review [选项] <文件|文件夹|通配符|网址…> --out <文件夹>
      审阅一批年报，写出 index.html、summary.csv、summary.xlsx、通报草稿.md
      review a batch of reports: writes index.html, summary.csv, summary.xlsx and a draft notice
  ogi-report parse [--encoding E] <文件>
      输出单元格模型（JSON）
      print the cell model as JSON
  ogi-report rules [--locale L]
      列出全部规则
      list every rule
  ogi-report import <文件> [-o out.txt]
      把网页/Word/PDF 年报转换为年报文本
      convert a web page, Word or PDF report into report text

check 的选项 Options for check:
  --format text|json|sarif        输出格式（默认 text）
                                  output format (default text)
  --output FILE                   输出写入文件而不是标准输出
                                  write the output to FILE instead of standard output
  --quiet                         只报告错误
                                  report errors only
  --max-warnings N                警告超过 N 个时以状态 1 退出
                                  exit 1 when there are more than N warnings
  --fix                           就地应用安全修正（原编码、原换行），逐条列出改动
                                  apply safe fixes in place (original encoding and line endings), one line per change
  --fix-dry-run, --diff           只以统一差异格式显示修正，不写文件
                                  show the fixes as a unified diff, write nothing
  --files-from FILE               从文件读取要检查的路径（每行一个；- 为标准输入）
                                  read the paths to check from FILE, one a line (- for standard input)
  --encoding auto|utf8|gb18030    输入编码（默认 auto：BOM、UTF-8，否则 GB18030）
                                  input encoding (default auto: BOM, UTF-8, else GB18030)
  --locale zh-CN|en               消息语言（默认 zh-CN）
                                  message language (default zh-CN)
  --no-color                      不使用颜色
                                  plain text output
  --config FILE                   使用此配置文件，而不是从每份年报向上查找的 ogi-report.config.json(c)
                                  use this config file instead of the ones found upwards from each report
  --urls FILE                     另外检查 FILE 中列出的网页（每行一个网址）；网址也可直接作为参数
                                  also check the web pages listed in FILE (one URL a line); URLs may be operands too
  --year N                        给出栏目页（网站的年报列表）时：检查该年度的年报
                                  with a column page (the site's list of annual reports): check that year's reports
  --cache-dir DIR                 已下载网页的缓存文件夹（默认 .ogi-report-cache）
                                  keep fetched pages here (default .ogi-report-cache)
  --timeout SECONDS               每个请求的超时（默认 20）
                                  per request timeout (default 20)
  -h, --help                      显示本帮助
                                  show this help

review 的选项（另可用 --files-from --encoding --config --urls --year --cache-dir --timeout --locale）
Options for review (also --files-from, --encoding, --config, --urls, --year, --cache-dir, --timeout, --locale):
  --out DIR, -o DIR               写出结果的文件夹（默认 ogi-report-review）
                                  folder for the review files (default ogi-report-review)

退出状态：0 无错误，1 发现错误（或警告超过 --max-warnings），2 用法错误、有指定的文件未能检查或没有检查任何年报
Exit status: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 usage error, a named file could not be checked, or nothing was checked`;

export interface Args {
  command: 'check' | 'review' | 'parse' | 'rules' | 'help' | 'version';
  operands: string[];
  format: 'text' | 'json' | 'sarif';
  fix: 'off' | 'write' | 'dry-run';
  encoding: EncodingOption;
  locale: Locale;
  color: boolean;
  quiet: boolean;
  maxWarnings: number | null;
  output: string | null;
  filesFrom: string | null;
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
  if (value === undefined || !Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} 需要一个正数，不能是 '${value ?? ''}'`, `${flag} needs a positive number, not '${value ?? ''}'`);
  return n;
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined) throw new UsageError(`${flag} 需要一个值（${allowed.join('|')}）`, `${flag} needs a value (${allowed.join('|')})`);
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} 只能是 ${allowed.join('|')}，不能是 '${value}'`, `${flag} must be one of ${allowed.join('|')}, not '${value}'`);
  return value as T;
}

function needValue(flag: string, value: string | undefined): string {
  if (value === undefined || value === '') throw new UsageError(`${flag} 需要一个值`, `${flag} needs a value`);
  return value;
}

export function parseArgs(argv: string[]): Args {
  const args: Args = {
    command: 'help',
    operands: [],
    format: 'text',
    fix: 'off',
    encoding: 'auto',
    locale: 'zh-CN',
    color: !!process.stdout.isTTY && !process.env.NO_COLOR,
    quiet: false,
    maxWarnings: null,
    output: null,
    filesFrom: null,
  };
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') return args;
  if (command === '--version' || command === '-v') return { ...args, command: 'version' };
  if (command !== 'check' && command !== 'review' && command !== 'parse' && command !== 'rules') throw new UsageError(`未知命令 '${command}'`, `unknown command '${command}'`);
  args.command = command;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? rest[++i];
    if (flag === '--help' || flag === '-h') return { ...args, command: 'help' };
    else if (flag === '--format') args.format = oneOf(flag, value(), ['text', 'json', 'sarif'] as const);
    else if (flag === '--encoding') args.encoding = oneOf(flag, value(), ['auto', 'utf8', 'gb18030'] as const);
    else if (flag === '--locale') args.locale = oneOf(flag, value(), ['zh-CN', 'en'] as const);
    else if (flag === '--fix') args.fix = args.fix === 'dry-run' ? 'dry-run' : 'write';
    else if (flag === '--fix-dry-run' || flag === '--diff') args.fix = 'dry-run';
    else if (flag === '--no-color') args.color = false;
    // review writes a folder: -o and --output name it too (as for import), never silently ignored.
    else if ((flag === '--out' || flag === '--output' || flag === '-o') && args.command === 'review') args.out = needValue(flag, value());
    else if (flag === '--config') args.config = needValue(flag, value());
    else if (flag === '--urls') args.urls = needValue(flag, value());
    else if (flag === '--cache-dir') args.cacheDir = needValue(flag, value());
    else if (flag === '--year') args.year = Math.trunc(positive(flag, value()));
    else if (flag === '--timeout') args.timeoutSeconds = positive(flag, value());
    else if (flag === '--quiet' || flag === '-q') args.quiet = true;
    else if (flag === '--output' || flag === '-o') args.output = needValue(flag, value());
    else if (flag === '--files-from') args.filesFrom = needValue(flag, value());
    else if (flag === '--max-warnings') {
      const v = needValue(flag, value());
      if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings 需要非负整数，不能是 '${v}'`, `--max-warnings needs a non-negative integer, not '${v}'`);
      args.maxWarnings = Number(v);
    } else if (flag === '--') args.operands.push(...rest.slice(i + 1)), (i = rest.length);
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`未知选项 '${a}'`, `unknown option '${a}'`);
    else args.operands.push(a);
  }
  if ((args.command === 'check' || args.command === 'review') && !args.operands.length && !args.filesFrom && !args.urls)
    throw new UsageError(`${args.command} 需要至少一个文件、文件夹、通配符或网址`, `${args.command} needs at least one file, folder, glob or URL`);
  if (args.command === 'review' && args.fix !== 'off') throw new UsageError('review 不接受 --fix（请先运行 check --fix）', 'review does not take --fix (run check --fix first)');
  if (args.command === 'check' && args.fix === 'write' && args.operands.includes('-')) throw new UsageError('--fix 不能写回标准输入（可用 --fix-dry-run）', '--fix cannot write back to standard input (use --fix-dry-run)');
  if (args.filesFrom === '-' && args.operands.includes('-')) throw new UsageError('标准输入只能读一次：--files-from - 与 - 不能同时使用', 'standard input can be read once: --files-from - or -, not both');
  if (args.command === 'parse' && args.operands.length !== 1) throw new UsageError('parse 只接受一个文件', 'parse takes exactly one file');
  return args;
}
