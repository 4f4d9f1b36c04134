/**
 * SARIF 2.1.0, streamed: the tool and its rules first, then each result as its report is
 * checked. URIs are relative to `SRCROOT` (the working folder, in `originalUriBaseIds`) so a
 * log is portable; each result carries its rule's `helpUri`, its safe fix as a SARIF `fix`, and a
 * `partialFingerprints` entry that survives lines moving (code + cell, or the line's text).
 */
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixAllFix, RULES, type Diagnostic, type Range } from '../core/index';
import type { FormatOptions, Formatter } from './formatter';
import type { ReportResult } from './pipeline';
import { ruleDocUrl } from './rule-docs';

const LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

const region = (r: Range) => ({ startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 });

function artifact(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (file.startsWith('<')) return { uri: encodeURIComponent(file) };
  const rel = relative(cwd, resolve(cwd, file));
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
  return { uri: pathToFileURL(resolve(cwd, file)).href };
}

function fingerprint(d: Diagnostic, lines: readonly string[]): string {
  const anchor = d.cellId ?? (lines[d.range.start.line] ?? '').trim();
  return createHash('sha256').update(`${d.code}\0${anchor}`).digest('hex').slice(0, 32);
}

export function sarifFormatter(o: FormatOptions): Formatter {
  const notifications: unknown[] = [];
  let first = true;
  const head = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ogi-report',
            version: o.version,
            informationUri: ruleDocUrl('').replace(/#$/, ''),
            rules: RULES.map((m) => ({
              id: m.code,
              name: m.code,
              shortDescription: { text: m.title['zh-CN'] },
              fullDescription: { text: m.description['zh-CN'] },
              helpUri: ruleDocUrl(m.code),
              defaultConfiguration: { level: LEVEL[m.severity] },
              properties: { fix: m.fix, tags: m.tags },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(o.cwd.endsWith(sep) ? o.cwd : o.cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        results: [] as unknown[],
      },
    ],
  };
  // Everything up to the results array, written once; results follow one by one.
  const opening = JSON.stringify(head, null, 2);
  const cut = opening.lastIndexOf('"results": []');
  return {
    report(r: ReportResult) {
      if (r.status !== 'checked') {
        notifications.push({ level: r.explicit ? 'error' : 'warning', message: { text: `${r.file}：${r.reason ?? ''}` }, locations: [{ physicalLocation: { artifactLocation: artifact(r.file, o.cwd) } }] });
        return;
      }
      const loc = artifact(r.file, o.cwd);
      // Checked, but the user should know (a page read only in part, bytes shown as �): said as the text output says it.
      for (const w of r.warnings) notifications.push({ level: 'warning', message: { text: `${r.file}：${w}` }, locations: [{ physicalLocation: { artifactLocation: loc } }] });
      for (const d of r.diagnostics) {
        if (o.quiet && d.severity !== 'error') continue;
        const fix = fixAllFix(d);
        const result = {
          ruleId: d.code,
          level: LEVEL[d.severity],
          message: { text: d.message },
          locations: [{ physicalLocation: { artifactLocation: loc, region: region(d.range) } }],
          partialFingerprints: { 'ogiReport/v1': fingerprint(d, r.lines) },
          ...(d.relatedInformation?.length
            ? { relatedLocations: d.relatedInformation.map((ri, id) => ({ id, message: { text: ri.message }, physicalLocation: { artifactLocation: ri.uri ? { uri: ri.uri } : loc, region: region(ri.range) } })) }
            : {}),
          ...(fix
            ? { fixes: [{ description: { text: fix.title }, artifactChanges: [{ artifactLocation: loc, replacements: fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })) }] }] }
            : {}),
        };
        o.out(`${first ? opening.slice(0, cut) + '"results": [\n' : ',\n'}${JSON.stringify(result)}`.replace(/\n$/, ''));
        first = false;
      }
    },
    end() {
      const invocation = { executionSuccessful: true, toolExecutionNotifications: notifications };
      const tail = `\n      ],\n      "invocations": ${JSON.stringify([invocation])}\n    }\n  ]\n}`;
      o.out(`${first ? opening.slice(0, cut) + '"results": [' : ''}${tail}`);
    },
  };
}
