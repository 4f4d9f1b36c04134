/** Shared helpers of the reviewer's-rule tests: which codes are ours, and reading a folder of reports. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseReport, checkReport, type Diagnostic, type OtherReport } from '../../server/src/core/index';

/** The codes of the reviewer's rules: narrative ↔ table, years, cross-year. */
export const REVIEW_CODE = /^(?:N|Y|X)-/;

export interface LoadedReport extends OtherReport {
  file: string;
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

/** Check one report with the others of its folder as `previous`; only the reviewer's codes. */
export function reviewDiagnostics(report: LoadedReport, all: LoadedReport[]): Diagnostic[] {
  const previous = all.filter((o) => o.uri !== report.uri).map(({ uri, model }) => ({ uri, model }));
  return checkReport(report.model, { uri: report.uri, previous }).filter((d) => REVIEW_CODE.test(d.code) || d.code === 'INTERNAL');
}

export interface Expected {
  code: string;
  /** 1-based, as an editor shows it. */
  line: number;
}

export function asExpected(diagnostics: Diagnostic[]): Expected[] {
  return diagnostics.map((d) => ({ code: d.code, line: d.range.start.line + 1 })).sort((a, b) => a.line - b.line || a.code.localeCompare(b.code));
}
