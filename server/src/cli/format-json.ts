/**
 * JSON output, streamed: `[` first, one object per file as it is checked, `]` last, so a run over
 * 100,000 reports never holds them all. Each file says what it is (title, agency, year, level,
 * form) and each diagnostic whether `--fix` would fix it and where its rule is documented.
 */
import { fixAllFix, type Diagnostic } from '../core/index';
import type { FormatOptions, Formatter } from './formatter';
import type { ReportResult } from './pipeline';
import { ruleDocUrl } from './rule-docs';

export function jsonDiagnostic(d: Diagnostic, file: string, lineSources?: readonly (string | undefined)[]) {
  const from = lineSources?.[d.range.start.line];
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    range: d.range,
    ...(from ? { source: from } : {}),
    ...(d.cellId ? { cell: d.cellId } : {}),
    ...(d.expected !== undefined ? { expected: d.expected } : {}),
    fixable: fixAllFix(d) !== undefined,
    docs: ruleDocUrl(d.code),
    ...(d.relatedInformation?.length
      ? { relatedInformation: d.relatedInformation.map((ri) => ({ location: { uri: ri.uri ?? file, range: ri.range }, message: ri.message })) }
      : {}),
  };
}

export function jsonReport(r: ReportResult, quiet: boolean) {
  return {
    file: r.file,
    status: r.status,
    ...(r.reason ? { reason: r.reason } : {}),
    form: r.form,
    title: r.title,
    agency: r.agency,
    year: r.year,
    level: r.level,
    ...(r.warnings.length ? { warnings: r.warnings } : {}),
    ...(r.fix ? { fix: { written: r.fix.written, ...(r.fix.refused ? { refused: r.fix.refused } : {}), changes: r.fix.changes, ...(r.fix.diff ? { diff: r.fix.diff } : {}) } } : {}),
    diagnostics: r.diagnostics.filter((d) => !quiet || d.severity === 'error').map((d) => jsonDiagnostic(d, r.file, r.lineSources)),
  };
}

export function jsonFormatter(o: FormatOptions): Formatter {
  let first = true;
  return {
    report(r) {
      // Indented one level as an array element (`[\n  ` … `\n]` cut off): no second pass over the text.
      const body = JSON.stringify([jsonReport(r, o.quiet)], null, 2).slice(4, -2);
      o.out(`${first ? '[' : ','}\n  ${body}`.replace(/^\n/, ''));
      first = false;
    },
    end() {
      o.out(first ? '[]' : ']');
    },
  };
}
