/**
 * The check pipeline over the CLI's operands, as a stream of per-report results. `check`
 * prints them as they come; `review` (and anything else) can consume the same stream.
 *
 * Two passes keep memory bounded by one small summary per report: pass 1 reads and parses
 * each file once, decides from that one parse whether a folder file is a report, and keeps
 * only its `ReportSummary` in a `LastYearIndex`; pass 2 reads each report again, checks it
 * against the index (cross-year rules), applies `--fix` if asked, and yields its result. No
 * model outlives its file.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { agencyKeyOf, checkReport, type CheckOptions, COHORT_LIMIT, CohortIndex, compactSummary, fixAllText, LastYearIndex, parseReport, readsLikeReport, summarize, type Diagnostic, type Locale, type ReportModel, type ReportSummary, type Severity } from '../core/index';
import type { ConfigFinder } from '../config/load';
import { agencyName, agencyLevel, isPeoplesGovernment } from '../core/rule-helpers/agency';
import type { ReportForm } from '../import/index';
import type { EncodingOption } from '../io/encoding';
import { reencode } from '../io/encode';
import { safeWrite, WriteRefusal } from '../io/safe-write';
import { changesOf, unifiedDiff, type Change } from './fix-report';
import { walkOperands } from './walk';
import { REASON } from './reasons';
import { digestOf, loadReport, type LoadedText, type LoadFailure, type LoadInput } from './load';
import { BetweenPasses, type Kept } from './between-passes';

export type FixMode = 'off' | 'write' | 'dry-run';

export interface PipelineOptions {
  locale: Locale;
  encoding: EncodingOption;
  fix: FixMode;
  /** Per-code severity overrides (`off` drops a code), e.g. from a config file. */
  severity?: Record<string, Severity | 'off'>;
  /** Reads standard input for the operand `-` (injected so tests and servers can supply it). */
  readStdin?: () => Promise<Buffer>;
  /** Each report's config file (ignore globs, severities, rule settings); none: defaults. */
  config?: ConfigFinder;
  /** Notices about the run as a whole (not about one file). */
  notice?: (message: string) => void;
  /** Most reports the 跨单位雷同 index is built over (default `COHORT_LIMIT`; tests set a small one). */
  cohortLimit?: number;
  /** Characters of text kept in memory between the passes (default `KEEP_CHARS`; tests set 0). */
  keepChars?: number;
  /** Where the run's spill folder for imported texts is made (default the system's temporary folder). */
  spillDir?: string;
}


export interface FixOutcome {
  changes: Change[];
  /** Unified diff (dry run only). */
  diff?: string;
  written: boolean;
  /** Why the fixed text was not written. */
  refused?: string;
}

export interface ReportResult {
  file: string;
  /** Named on the command line (or stdin): a failure to check it is exit 2. */
  explicit: boolean;
  form: ReportForm;
  status: 'checked' | 'skipped' | 'failed';
  /** Why it was skipped or failed (zh-CN). */
  reason?: string;
  title: string | null;
  agency: string | null;
  year: number | null;
  /** 人民政府 / 部门 / 乡镇街道 / 其他, from the title. */
  level: string | null;
  diagnostics: Diagnostic[];
  /** Decoding doubts and the like: the report was checked, but the user should know. */
  warnings: string[];
  /** The checked text's lines (code frames); empty unless checked. */
  lines: readonly string[];
  /** Where each line of an imported report came from (`第2页` …). */
  lineSources?: readonly (string | undefined)[];
  fix?: FixOutcome;
}

export const STDIN_NAME = '<stdin>';

/** A loaded report (`load.ts`) with its one parse. */
type Loaded = LoadedText & { model: ReportModel };

/** One a report, kept from pass 1 to pass 2: every field is set when it is made (an added field would cost each report a property array). */
type Candidate = {
  path: string;
  explicit: boolean;
  form: ReportForm;
  stdin: Loaded | null;
  uri: string | null;
  /** Pass 1's summary (also in the index), which pass 2's rules read when the text is the same. */
  summary: ReportSummary | null;
  /** Pass 1's text for pass 2 (`between-passes.ts`), or null: read the file again. */
  kept: Kept | null;
  /** Pass 1's bytes as `load.ts` digests them when pass 2 reads them again (else 0): pass 2 read the same text when they match. */
  digest: number;
};

/** Read and parse one report (pass 1 and pass 2), or say why not. */
async function load(input: LoadInput, encoding: EncodingOption): Promise<LoadFailure | Loaded> {
  return parsed(await loadReport(input, encoding));
}

function parsed(loaded: LoadedText | LoadFailure): LoadFailure | Loaded {
  return loaded.ok ? { ...loaded, model: parseReport(loaded.text) } : loaded;
}

/** A folder also holds notes and READMEs; decided from the parse already made, never a second read (the rule is the core's). */
export { readsLikeReport };

/**
 * 人民政府 / 部门 / 乡镇街道 / 其他, from the agency's name (`agencyKeyOf`, which also finds the
 * agency on the line above a bare `2023 年…年度报告` title). A place name alone
 * (`平潭综合实验区`, `洪泽区`) is the place's government reporting.
 */
export function levelOf(model: ReportModel): string | null {
  const name = agencyKeyOf(model) || agencyName(model);
  if (!name) return null;
  if (/街道|乡|镇/.test(name) || agencyLevel(model) === 'township') return '乡镇街道';
  const department = /办公室|局|委员会|委|厅|中心|办事处|管理处|所$|院$|署$/;
  if (isPeoplesGovernment(model) || (name.includes('人民政府') && !department.test(name.replace(/.*人民政府/, '')))) return '人民政府';
  if (department.test(name)) return '部门';
  return /(省|市|州|盟|县|区|旗)$/.test(name) ? '人民政府' : '其他';
}

function uriOf(c: Candidate): string {
  // Made once per report: both passes (and a written fix) ask for it.
  return (c.uri ??= c.stdin ? 'stdin:' : pathToFileURL(resolve(c.path)).href);
}

function blank(file: string, explicit: boolean, form: ReportForm, status: 'skipped' | 'failed', reason: string): ReportResult {
  return { file, explicit, form, status, reason, title: null, agency: null, year: null, level: null, diagnostics: [], warnings: [], lines: [] };
}

async function readStdinDefault(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Check every report the operands name or contain. Yields skipped and failed files during
 * pass 1 (as they are met), then each checked report in pass 2. Never throws for a bad file.
 */
export async function* checkOperands(operands: Iterable<string>, options: PipelineOptions): AsyncGenerator<ReportResult> {
  const passes = new BetweenPasses({ ...(options.keepChars !== undefined ? { keepChars: options.keepChars } : {}), ...(options.spillDir ? { spillDir: options.spillDir } : {}) });
  try {
    yield* bothPasses(operands, options, passes);
  } finally {
    passes.remove();
  }
}

async function* bothPasses(operands: Iterable<string>, options: PipelineOptions, passes: BetweenPasses): AsyncGenerator<ReportResult> {
  const cohortLimit = options.cohortLimit ?? COHORT_LIMIT;
  const index = new LastYearIndex();
  const cohortSummaries: ReportSummary[] = [];
  const candidates: Candidate[] = [];
  // A run over one report need not read it twice.
  let single: Loaded | null = null;
  for (const entry of walkOperands(operands)) {
    if (entry.kind === 'skip') {
      yield blank(entry.path, entry.explicit, 'text', entry.explicit ? 'failed' : 'skipped', entry.reason);
      continue;
    }
    let candidate: Candidate;
    let loaded: Loaded;
    if (entry.kind === 'stdin') {
      const read = await load({ name: STDIN_NAME, form: 'text', bytes: await (options.readStdin ?? readStdinDefault)() }, options.encoding);
      if (!read.ok) {
        yield blank(STDIN_NAME, true, read.form, 'failed', read.reason);
        continue;
      }
      loaded = read;
      // The bytes' form: a PDF or a Word file piped in is imported (`load.ts`).
      candidate = { path: STDIN_NAME, explicit: true, form: loaded.form, stdin: loaded, uri: null, summary: null, kept: null, digest: 0 };
    } else {
      if (!entry.explicit && options.config?.isIgnored(entry.path)) {
        yield blank(entry.path, false, entry.form, 'skipped', REASON.ignored);
        continue;
      }
      const read = await load({ name: entry.path, form: entry.form, path: entry.path }, options.encoding);
      if (!read.ok) {
        yield blank(entry.path, entry.explicit, read.form, 'failed', read.reason);
        continue;
      }
      loaded = read;
      if (!entry.explicit && !readsLikeReport(loaded.model)) {
        yield blank(entry.path, false, loaded.form, 'skipped', REASON.notReportImported(loaded.importProblem));
        continue;
      }
      // A fix is written to the file as pass 2 reads it (its bytes and encoding): only then is a text file read again.
      const kept = options.fix === 'off' || loaded.form !== 'text' ? passes.keep(loaded) : null;
      candidate = { path: entry.path, explicit: entry.explicit, form: loaded.form, stdin: null, uri: null, summary: null, kept, digest: kept ? 0 : digestOf(loaded) };
    }
    try {
      const summary = compactSummary(summarize(loaded.model, uriOf(candidate)));
      // The summary's flat copy serves both passes; the first string is garbage now.
      candidate.uri = summary.uri;
      candidate.summary = summary;
      index.add(summary);
      if (cohortSummaries.length <= cohortLimit) cohortSummaries.push(summary);
    } catch {
      // Without a summary the report is still checked; it just cannot be last year's report of another.
    }
    candidates.push(candidate);
    single = candidates.length === 1 ? loaded : null;
  }
  let cohort: CohortIndex | undefined;
  if (cohortSummaries.length > cohortLimit) options.notice?.(REASON.cohortTooBig(cohortLimit));
  else if (cohortSummaries.length > 1) cohort = CohortIndex.of(cohortSummaries);
  cohortSummaries.length = 0;
  for (const c of candidates) {
    let loaded: Loaded;
    // The text pass 1 summarised (the same object, the same text kept, or the same bytes read again): its summary serves the rules.
    let same = true;
    if (c.stdin) loaded = c.stdin;
    else if (single) loaded = single;
    else {
      let read: LoadFailure | Loaded;
      if (c.kept) {
        read = parsed(passes.take(c.kept));
        c.kept = null;
      } else {
        read = await load({ name: c.path, form: c.form, path: c.path }, options.encoding);
        same = read.ok && digestOf(read) === c.digest;
      }
      if (!read.ok) {
        yield blank(c.path, c.explicit, c.form, 'failed', read.reason);
        continue;
      }
      loaded = read;
    }
    const summary = same ? c.summary : null;
    let result: ReportResult;
    try {
      result = checkOne(c, loaded, summary, index, cohort, options);
    } catch (err) {
      // A bug in one rule must not end a run over a thousand reports; the file is named.
      result = blank(c.path, c.explicit, c.form, 'failed', REASON.internal(err));
    }
    yield result;
  }
}

/** Config problems are said once each per run, not once per report. */
const saidConfigProblems = new WeakMap<ConfigFinder, Set<string>>();

function sayConfigProblems(file: string, options: PipelineOptions): void {
  const finder = options.config;
  if (!finder || !options.notice) return;
  let said = saidConfigProblems.get(finder);
  if (!said) saidConfigProblems.set(finder, (said = new Set()));
  for (const p of finder.forFile(file).problems) if (!said.has(p)) said.add(p), options.notice(`config: ${p}`);
}

function checkOne(c: Candidate, loaded: Loaded, summary: ReportSummary | null, index: LastYearIndex, cohort: CohortIndex | undefined, options: PipelineOptions): ReportResult {
  if (!c.stdin) sayConfigProblems(c.path, options);
  const checkOptions: CheckOptions = {
    locale: options.locale,
    lastYear: index,
    ...(cohort ? { cohort } : {}),
    uri: uriOf(c),
    ...(summary ? { summary } : {}),
    ...(c.stdin ? {} : options.config?.optionsFor(c.path)),
    ...(options.severity ? { severity: options.severity } : {}),
    ...(loaded.published ? { published: loaded.published } : {}),
  };
  let model = loaded.model;
  const warnings = [...loaded.warnings];
  let fix: FixOutcome | undefined;
  if (options.fix !== 'off') {
    const fixedText = fixAllText(loaded.text, checkOptions).text;
    if (fixedText !== loaded.text) {
      const changes = changesOf(loaded.model, fixedText, options.locale);
      if (options.fix === 'dry-run') fix = { changes, diff: unifiedDiff(c.path, loaded.text, fixedText), written: false };
      else fix = writeFix(c, loaded, fixedText, changes);
      if (fix.written) {
        model = parseReport(fixedText);
        // Later reports compare with this one as it now is on disk, and so do its own rules.
        const fixed = compactSummary(summarize(model, uriOf(c)));
        index.add(fixed);
        checkOptions.summary = fixed;
      }
    }
  }
  const title = model.title?.text ?? null;
  return {
    file: c.path,
    explicit: c.explicit,
    form: c.form,
    status: 'checked',
    title,
    agency: agencyKeyOf(model) || null,
    year: model.year,
    level: levelOf(model),
    diagnostics: checkReport(model, checkOptions),
    warnings,
    lines: model.lines,
    ...(loaded.lineSources ? { lineSources: loaded.lineSources } : {}),
    ...(fix ? { fix } : {}),
  };
}

function writeFix(c: Candidate, loaded: Loaded, fixedText: string, changes: Change[]): FixOutcome {
  if (!loaded.source) return { changes, written: false, refused: c.stdin ? '标准输入无法写回' : `${c.form} 格式的文件不能直接修改，请在原文件中改正` };
  const { bytes, decoded, snapshot } = loaded.source;
  const encoded = reencode(bytes, decoded.text, fixedText, decoded.encoding);
  if (!encoded.ok) return { changes, written: false, refused: encoded.reason };
  try {
    safeWrite(c.path, encoded.bytes, snapshot);
    return { changes, written: true };
  } catch (err) {
    return { changes, written: false, refused: err instanceof WriteRefusal ? err.message : `写入失败：${(err as Error).message}` };
  }
}
