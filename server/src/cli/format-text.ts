/**
 * Compiler-style text output, streamed report by report: `file:line:col severity CODE message`,
 * the source line cut around the cell and a caret under it. Report text is escaped (terminal
 * control sequences in a report never reach the terminal).
 */
import type { Diagnostic } from '../core/index';
import type { FormatOptions, Formatter } from './formatter';
import type { ReportResult } from './pipeline';
import { codeFrame, escapeControls } from './terminal';
import type { Tally } from './tally';
import { cliText } from './messages';

const SEVERITY_COLOR: Record<string, string> = { error: '31', warning: '33', info: '36', hint: '2' };

export function textFormatter(o: FormatOptions): Formatter {
  const paint = (code: string, s: string) => (o.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const file = (f: string) => escapeControls(f);
  return {
    report(r: ReportResult) {
      if (r.fix) {
        if (r.fix.diff) o.out(escapeControls(r.fix.diff).replace(/\\x0a/g, '\n'));
        else {
          for (const c of r.fix.changes) o.out(`${file(r.file)}:${c.line + 1}:${c.character + 1}  ${escapeControls(c.cell ?? '')}${c.cell ? ' ' : ''}${escapeControls(c.before)} → ${escapeControls(c.after)}${r.fix.written ? '' : cliText(o.locale, 'not-written')}`);
          if (r.fix.refused) o.err(`ogi-report: ${cliText(o.locale, 'not-fixed')} '${file(r.file)}'：${r.fix.refused}`);
        }
      }
      for (const w of r.warnings) o.err(`ogi-report: '${file(r.file)}'：${escapeControls(w)}`);
      for (const d of r.diagnostics) {
        if (o.quiet && d.severity !== 'error') continue;
        o.out(diagnosticLines(r, d, paint).join('\n'));
      }
    },
    end(tally: Tally) {
      o.out(tally.summary(o.locale));
    },
  };
}

function diagnosticLines(r: ReportResult, d: Diagnostic, paint: (code: string, s: string) => string): string[] {
  const { line, character } = d.range.start;
  const from = r.lineSources?.[line];
  const where = `${escapeControls(r.file)}:${line + 1}:${character + 1}${from ? ` [${escapeControls(from)}]` : ''}`;
  const src = r.lines[line] ?? '';
  const end = d.range.end.line === line ? d.range.end.character : src.length;
  const frame = codeFrame(src, character, end);
  const color = SEVERITY_COLOR[d.severity]!;
  return [`${where} ${paint(color, d.severity)} ${paint('1', d.code)} ${escapeControls(d.message)}`, `  ${frame.source}`, `  ${paint(color, frame.caret)}`];
}
