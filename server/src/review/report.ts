/**
 * What the review writers read: one row per report, whatever its form or source. The writers
 * (`csv.ts`, `xlsx.ts`, `notice.ts`, `html.ts`, `console.ts`) are functions of a list of these.
 */
import type { Diagnostic, ReportModel, AgencyLevel } from '../core/index';
import { agencyKeyOf, agencyName, fileLabel } from '../core/index';
import { isPeoplesGovernmentName, levelOfName } from '../core/rule-helpers/agency';

export type Verdict = 'pass' | 'errors' | 'failed';

export const VERDICT_LABEL: Record<Verdict, string> = { pass: '通过', errors: '有错误', failed: '未能检查' };

/** What the writers read of a finding: a review of 16,000 reports keeps no fixes or related information. */
export type ReviewedDiagnostic = Pick<Diagnostic, 'code' | 'severity' | 'message' | 'range' | 'cellId'>;

export interface ReviewedReport<D extends ReviewedDiagnostic = ReviewedDiagnostic> {
  /** The file path or URL as given (a URL for reports fetched from a website). */
  file: string;
  /** The page or attachment URL when the report came from a website. */
  url?: string;
  agency: string;
  year: number | null;
  /** 县级·部门, 乡镇（街道）, 市级·人民政府 … */
  level: string;
  form: string;
  verdict: Verdict;
  /** Why the report could not be checked (verdict `failed`). */
  problem?: string;
  /** Checked, but the reviewer should know: a page read only in part, bytes shown as � (as `check` says them). */
  warnings?: string[];
  /** The lines findings point at, by line number (a sparse array: the rest are not kept). */
  lines: string[];
  diagnostics: D[];
  /** The file of last year's report of the same agency when the run had it. */
  lastYear?: { file: string; errors: number; warnings: number };
}

const LEVEL_WORD: Record<AgencyLevel, string> = { township: '乡镇（街道）', county: '县级', city: '市级', province: '省级', unknown: '' };

/** The agency's level in words, from its name (the title, or the line above a title without it). */
export function levelLabel(name: string, overrides?: Record<string, AgencyLevel>): string {
  const level = levelOfName(name, overrides);
  if (level === 'township') return LEVEL_WORD.township;
  const kind = isPeoplesGovernmentName(name) ? '人民政府' : '部门';
  return LEVEL_WORD[level] ? `${LEVEL_WORD[level]}·${kind}` : kind;
}

export function agencyOf(model: ReportModel, file: string): string {
  return agencyKeyOf(model) || agencyName(model) || fileLabel(file).replace(/\.[a-z]+$/i, '');
}

export function count(r: ReviewedReport, severity: ReviewedDiagnostic['severity']): number {
  let n = 0;
  for (const d of r.diagnostics) if (d.severity === severity) n++;
  return n;
}

/** Distinct codes of a report, in first-seen order. */
export function codesOf(r: ReviewedReport): string[] {
  return [...new Set(r.diagnostics.map((d) => d.code))];
}

/** 说明 (csv, xlsx): why a report could not be checked, or what the reviewer should know of one checked (read only in part …). */
export function noteOf(r: ReviewedReport): string {
  return r.verdict === 'failed' ? (r.problem ?? '') : (r.warnings ?? []).join('；');
}

/** Reports checked with something the reviewer should know (a page read only in part …). */
export function warnedOf(reports: readonly ReviewedReport[]): ReviewedReport[] {
  return reports.filter((r) => r.verdict !== 'failed' && r.warnings?.length);
}

/** A failed report (could not be read, fetched or imported). */
export function failedReport(file: string, problem: string, form = '', url?: string): ReviewedReport {
  return { file, url, agency: fileLabel(file).replace(/\.[a-z]+$/i, ''), year: null, level: '', form, verdict: 'failed', problem, lines: [], diagnostics: [] };
}

export interface RuleStat {
  code: string;
  title: string;
  severity: string;
  reports: number;
  findings: number;
  agencies: string[];
}

/** Per rule: how many reports and which agencies (按规则 sheet, the notice, the bar chart). */
export function ruleStats(reports: readonly ReviewedReport[], titles: (code: string) => string): RuleStat[] {
  const by = new Map<string, RuleStat>();
  // Each rule's agencies also as a set: a list's `includes` made this quadratic (16,000 reports: ~50 s).
  const named = new Map<string, Set<string>>();
  for (const r of reports) {
    const seen = new Set<string>();
    for (const d of r.diagnostics) {
      let s = by.get(d.code);
      if (!s) by.set(d.code, (s = { code: d.code, title: titles(d.code), severity: d.severity, reports: 0, findings: 0, agencies: [] }));
      s.findings++;
      if (d.severity === 'error') s.severity = 'error';
      else if (d.severity === 'warning' && s.severity !== 'error') s.severity = 'warning';
      if (seen.has(d.code)) continue;
      seen.add(d.code);
      s.reports++;
      const name = r.year ? `${r.agency}（${r.year}）` : r.agency;
      let agencies = named.get(d.code);
      if (!agencies) named.set(d.code, (agencies = new Set()));
      if (!agencies.has(name)) agencies.add(name), s.agencies.push(name);
    }
  }
  const rank: Record<string, number> = { error: 0, warning: 1, info: 2, hint: 3 };
  return [...by.values()].sort((a, b) => rank[a.severity]! - rank[b.severity]! || b.reports - a.reports || a.code.localeCompare(b.code));
}

export interface Headline {
  reports: number;
  withErrors: number;
  clean: number;
  skipped: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function headline(reports: readonly ReviewedReport[]): Headline {
  const h: Headline = { reports: reports.length, withErrors: 0, clean: 0, skipped: 0, errors: 0, warnings: 0, infos: 0 };
  for (const r of reports) {
    if (r.verdict === 'failed') h.skipped++;
    else if (r.verdict === 'errors') h.withErrors++;
    else h.clean++;
    h.errors += count(r, 'error');
    h.warnings += count(r, 'warning');
    h.infos += count(r, 'info') + count(r, 'hint');
  }
  return h;
}
