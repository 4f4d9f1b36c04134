/**
 * What a rule is: metadata (code, title, default severity, fix kind, tags, docs) and a pure
 * `check` that reads the model and reports diagnostics. Nothing else about a rule leaks out.
 */
import type { ReportModel } from '../model';
import type { Localized } from '../i18n/messages';
import type { ReportSummary } from '../last-year';
import type { CohortLookup } from '../cohort';
import type { AgencyLevel } from '../rule-helpers/agency';
import type { Diagnostic, FixKind, Locale, Position, Range, Severity } from '../types';

export type Tag = 'table2' | 'table3' | 'table4' | 'structure' | 'narrative' | 'year' | 'cross-year' | 'arithmetic';

export type { Localized };

export interface RuleMeta {
  /** Stable code from the spec, e.g. `T3-ROWSUM`. */
  code: string;
  title: Localized;
  /** What it checks and why; the rule docs are generated from this. */
  description: Localized;
  severity: Severity;
  /**
   * The strongest fix the rule may offer: `safe` fixes are proven by the numbers and join
   * fix-all, `source.fixAll` and `--fix`; `unsafe` fixes are quick fixes a person chooses one by
   * one; `none` offers no fix. A test holds every rule's fixes to this.
   */
  fix: FixKind | 'none';
  tags: Tag[];
  /** A short wrong example for the docs. */
  example?: string;
  /**
   * Thresholds the rule reads, with their defaults (the docs list them). A caller may override
   * them per rule (`CheckOptions.ruleOptions`); the rule reads the merged values with `ruleOptions`.
   */
  options?: Readonly<Record<string, number>>;
}

/** A rule's options: its defaults, overridden by what the caller set for it. */
export function ruleOptions<K extends string>(ctx: RuleContext, defaults: Readonly<Record<K, number>>): Record<K, number> {
  const set = ctx.options ?? {};
  const out = { ...defaults } as Record<K, number>;
  for (const k of Object.keys(defaults) as K[]) {
    const v = set[k];
    if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
  }
  return out;
}


/** Settings a locality chooses (the config file, `config/`); every field has a default. */
export interface RuleSettings {
  /** Share of a report's own text repeated from another report from which X-REPEAT / C-SAME-TEXT report (0–1; default 0.5). */
  repeatThreshold?: number;
  /** Agency level by agency name (a substring of the title's agency), over the level read from the title. */
  agencyLevels?: Record<string, AgencyLevel>;
}

export interface RuleContext {
  model: ReportModel;
  locale: Locale;
  /** Last year's report of the same agency, when the caller has it (cross-year rules). */
  lastYear: ReportSummary | null;
  /** This report's own summary when the caller made it from this same text (`CheckOptions.summary`). */
  summary?: ReportSummary | null;
  /** This document's URI when the caller knows it (cross-year rules skip comparing it with itself). */
  uri?: string;
  /** When the report was published (YYYY-MM-DD), as its source states it (D-DEADLINE). */
  published?: string;
  /** Publication deadlines (`MM-DD` of the following year) where a locality sets its own (D-DEADLINE). */
  deadlines?: Partial<{ department: string; government: string }>;
  /** The caller's option values for this rule (see `RuleMeta.options`); absent means defaults. */
  options?: Readonly<Record<string, number>>;
  /** Other reports of the same run (cross-agency rules); null when the caller checks one report. */
  cohort: CohortLookup | null;
  settings: RuleSettings;
  /** Report a diagnostic; `severity` defaults to the rule's. */
  report(d: Omit<Diagnostic, 'code' | 'severity'> & { severity?: Severity }): void;
}

export interface Explanation {
  markdown: string;
  range: Range;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
  /**
   * What the rule compared at a position (the hover on a prose number that took part in a
   * check, whether or not it agreed). Only rules that read prose have one.
   */
  explain?(model: ReportModel, position: Position, locale: Locale): Explanation | null;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
