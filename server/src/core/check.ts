/**
 * `checkReport`: run every rule over a model. A rule that throws is reported as an internal
 * diagnostic instead of taking the others down.
 */
import type { ReportModel } from './model';
import type { Diagnostic, Locale, Severity } from './types';
import { RULE_LIST } from './rules/index';
import type { RuleContext, RuleMeta, RuleSettings } from './rules/rule';
import type { CohortLookup } from './cohort';
import type { LastYearLookup, ReportSummary } from './last-year';
import { comparePositions } from './text';

export interface CheckOptions {
  locale?: Locale;
  /** Per-code severity override; `off` drops the code. */
  severity?: Record<string, Severity | 'off'>;
  /** Where last year's report of the same agency is found, for the cross-year rules. */
  lastYear?: LastYearLookup;
  /** The document's own URI (never its own last year's report). */
  uri?: string;
  /**
   * This report's own summary (`summarize`), when the caller made it from this same text — a
   * run's first pass (`check`, `review`). The repetition rules (X-SAME-TEXT, X-REPEAT,
   * C-SAME-TEXT) read its normalised sections and sentence hashes instead of computing them
   * again. The caller vouches that it is of this text: one of another text gives wrong findings.
   */
  summary?: ReportSummary;
  /** Per-code rule options (thresholds), e.g. `{ 'S-BOILERPLATE': { minChars: 40 } }`; unknown keys are ignored. */
  ruleOptions?: Record<string, Record<string, number>>;
  /** The other reports of the run, for the cross-agency rules (C-*). */
  cohort?: CohortLookup;
  /** A locality's settings (config file): repetition threshold, agency levels, deadline. */
  settings?: RuleSettings;
  /** Only run these codes (tests that look at one rule). */
  only?: string[];
  /** When the report was published (YYYY-MM-DD), as its source states it (an imported page's PubDate). */
  published?: string;
  /** Publication deadlines, `MM-DD` of the following year (default 01-31 department, 03-31 government). */
  deadlines?: Partial<{ department: string; government: string }>;
}

export const RULES: readonly RuleMeta[] = RULE_LIST.map((r) => r.meta);

export function checkReport(model: ReportModel, options: CheckOptions = {}): Diagnostic[] {
  const locale = options.locale ?? 'zh-CN';
  const out: Diagnostic[] = [];
  const lastYear = options.lastYear?.lastYearOf(model, options.uri) ?? null;
  // One context for all the rules, pointed at each rule in turn: rules run one after another and
  // keep nothing of it, and a context and a closure per rule were ~60 objects per report.
  let code = '';
  let override: Severity | undefined;
  let severity: Severity = 'info';
  const ctx: RuleContext = {
    model,
    locale,
    lastYear,
    summary: options.summary ?? null,
    uri: options.uri,
    published: options.published,
    deadlines: options.deadlines,
    options: undefined,
    cohort: options.cohort ?? null,
    settings: options.settings ?? {},
    // Rules pass a fresh object literal: completing it in place saves a copy per diagnostic.
    report: (d) => {
      const full = d as Diagnostic;
      full.code = code;
      full.severity = override ?? d.severity ?? severity;
      out.push(full);
    },
  };
  for (const rule of RULE_LIST) {
    const ruleCode = rule.meta.code;
    if (options.only && !options.only.includes(ruleCode)) continue;
    const ruleOverride = options.severity?.[ruleCode];
    if (ruleOverride === 'off') continue;
    code = ruleCode;
    override = ruleOverride;
    severity = rule.meta.severity;
    ctx.options = options.ruleOptions?.[ruleCode];
    try {
      rule.check(ctx);
    } catch (err) {
      out.push({
        code: 'INTERNAL',
        severity: 'warning',
        message: `${ruleCode}: ${(err as Error)?.message ?? String(err)}`,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      });
    }
  }
  return out.sort((a, b) => comparePositions(a.range.start, b.range.start));
}
