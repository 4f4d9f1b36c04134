/**
 * The three output formats of `ogi-report check`: compiler-style text, JSON (LSP ranges)
 * and SARIF 2.1.0 for code-scanning tools.
 */
import type { Diagnostic, RuleMeta } from '../core/index';
import { pathToFileURL } from 'node:url';

export interface FileResult {
  file: string;
  lines: string[];
  diagnostics: Diagnostic[];
  /** Set when the file could not be read or was skipped. */
  error?: string;
  fixedEdits?: number;
}

/** Display width of a string in a terminal: CJK and full-width forms take two columns. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    w += (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd) ? 2 : 1;
  }
  return w;
}

export function formatText(results: FileResult[], color: boolean): string {
  const paint = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const sevColor: Record<string, string> = { error: '31', warning: '33', info: '36', hint: '2' };
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    if (r.error) {
      out.push(`${r.file}: ${r.error}`);
      continue;
    }
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      if (d.severity === 'warning') warnings++;
      const { line, character } = d.range.start;
      out.push(`${r.file}:${line + 1}:${character + 1} ${paint(sevColor[d.severity]!, d.severity)} ${paint('1', d.code)} ${d.message}`);
      const src = (r.lines[line] ?? '').replace(/\t/g, ' ');
      const endChar = d.range.end.line === line ? d.range.end.character : src.length;
      const pad = displayWidth(src.slice(0, character));
      const width = Math.max(1, displayWidth(src.slice(character, endChar)));
      out.push(`  ${src}`);
      out.push(`  ${' '.repeat(pad)}${paint(sevColor[d.severity]!, '^' + '~'.repeat(width - 1))}`);
    }
  }
  const files = results.length;
  out.push(`${files} file${files === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return out.join('\n');
}

export function formatJson(results: FileResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      file: r.file,
      ...(r.error ? { error: r.error } : {}),
      diagnostics: r.diagnostics.map((d) => ({
        code: d.code,
        severity: d.severity,
        message: d.message,
        range: d.range,
        ...(d.relatedInformation?.length
          ? { relatedInformation: d.relatedInformation.map((ri) => ({ location: { ...(ri.uri ? { uri: ri.uri } : {}), range: ri.range }, message: ri.message })) }
          : {}),
      })),
    })),
    null,
    2,
  );
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function formatSarif(results: FileResult[], rules: readonly RuleMeta[], version: string): string {
  const region = (r: Diagnostic['range']) => ({ startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 });
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'ogi-report',
              version,
              rules: rules.map((m) => ({
                id: m.code,
                name: m.code,
                shortDescription: { text: m.title['zh-CN'] },
                fullDescription: { text: m.description['zh-CN'] },
                defaultConfiguration: { level: SARIF_LEVEL[m.severity] },
              })),
            },
          },
          columnKind: 'utf16CodeUnits',
          results: results.flatMap((r) =>
            r.diagnostics.map((d) => ({
              ruleId: d.code,
              level: SARIF_LEVEL[d.severity],
              message: { text: d.message },
              locations: [{ physicalLocation: { artifactLocation: { uri: pathToFileURL(r.file).href }, region: region(d.range) } }],
              ...(d.relatedInformation?.length
                ? { relatedLocations: d.relatedInformation.map((ri, id) => ({ id, message: { text: ri.message }, physicalLocation: { artifactLocation: { uri: ri.uri ?? pathToFileURL(r.file).href }, region: region(ri.range) } })) }
                : {}),
            })),
          ),
        },
      ],
    },
    null,
    2,
  );
}
