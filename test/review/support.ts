/** Shared helpers of the reviewer's-rule tests: which codes are ours, and reading a folder of reports. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseReport, checkReport, LastYearIndex, summarize, type Diagnostic, type ReportModel } from '../../server/src/core/index';

/** The codes of the reviewer's rules: narrative ↔ table, years, cross-year. */
export const REVIEW_CODE = /^(?:N|Y|X)-/;

export interface LoadedReport {
  file: string;
  uri: string;
  model: ReportModel;
}

/** Every `.txt` in a folder, parsed, with a `file://` URI. */
export function loadFolder(dir: string): LoadedReport[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const full = path.join(dir, file);
      return { file, uri: `file://${full}`, model: parseReport(readFileSync(full, 'utf8')) };
    });
}

/** The reports of a folder as candidates for last year's report. */
export function lastYearIndex(all: LoadedReport[]): LastYearIndex {
  return LastYearIndex.of(all.map((r) => summarize(r.model, r.uri)));
}

/** Check one report with the others of its folder as last year's candidates; only the reviewer's codes. */
export function reviewDiagnostics(report: LoadedReport, all: LoadedReport[], index = lastYearIndex(all)): Diagnostic[] {
  return checkReport(report.model, { uri: report.uri, lastYear: index }).filter((d) => REVIEW_CODE.test(d.code) || d.code === 'INTERNAL');
}

export interface Expected {
  code: string;
  /** 1-based, as an editor shows it. */
  line: number;
}

export function asExpected(diagnostics: Diagnostic[]): Expected[] {
  return diagnostics.map((d) => ({ code: d.code, line: d.range.start.line + 1 })).sort((a, b) => a.line - b.line || a.code.localeCompare(b.code));
}
