/**
 * The client bundle's stand-ins for parts of vscode-languageclient (scripts/lsp-shims.mjs):
 * each answers as the library it replaces for what the client asks of it, and the server offers
 * only features the client keeps (an inert feature would silently drop a new capability).
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, satisfies } from '../../client/src/shims/semver';
import { Minimatch } from '../../client/src/shims/minimatch';
import { NotebookDocumentSyncFeature } from '../../client/src/shims/notebookFeature';
import { skeletonText, type SkeletonText } from '../../client/src/shims/newReportText';
import { newReportText } from '../../server/src/core/skeleton';
import { AGENCY_PLACEHOLDER } from '../../server/src/core/template/sections';
import ts from 'typescript';
import { INERT_FEATURE_MODULES, KEPT_SERVER_CAPABILITIES, trimTypes } from '../../scripts/lsp-shims.mjs';
import { TestClient } from '../lsp/client';

// The real libraries, as vscode-languageclient requires them.
const require = createRequire(import.meta.url);
const realParse = require('semver/functions/parse') as (v: string) => { prerelease: unknown[] } | null;
const realSatisfies = require('semver/functions/satisfies') as (v: unknown, range: string) => boolean;
const RealMinimatch = (require('minimatch') as { Minimatch: new (p: string, o?: object) => { match(p: string): boolean; makeRe(): RegExp | false } }).Minimatch;

describe('semver stand-in (the VS Code version check)', () => {
  const versions = ['1.100.0', '1.91.0', '1.90.9', '1.91.1', '2.0.0', '0.9.0', '1.105.0-insider', '1.99.3', 'v1.95.0', '1.95', 'x.y.z', ''];
  it('parses as semver does', () => {
    for (const v of versions) expect(parse(v) === null, v).toBe(realParse(v) === null);
  });
  it('satisfies ^1.91.0 as semver does, with the client’s insider pre-release cleared', () => {
    for (const v of versions) {
      const mine = parse(v);
      const real = realParse(v);
      if (!mine || !real) continue;
      // What the client does before asking: an insider build is the release it precedes.
      mine.prerelease = [];
      real.prerelease = [];
      expect(satisfies(mine, '^1.91.0'), v).toBe(realSatisfies(real, '^1.91.0'));
    }
    expect(satisfies('1.100.0-insider', '^1.91.0')).toBe(realSatisfies('1.100.0-insider', '^1.91.0'));
  });
});

describe('minimatch stand-in (glob filters)', () => {
  const paths = ['/w/a.txt', '/w/sub/a.txt', '/w/.hidden/a.txt', '/w/a.TXT', '/w/b.md', '/w/年报/2024年度报告.txt', '/w/ogi-report.config.json', '/x/ogi-report.config.jsonc', '/w/a[1].txt'];
  const globs = ['**/*.txt', '/w/*.txt', '**/ogi-report.config.json', '**/ogi-report.config.{json,jsonc}', '/w/**/a.txt', '/w/?.md', '**/*年度报告*.txt', '/w/[ab].*', '/w/[!a].md'];
  for (const options of [{ dot: true }, { dot: true, nocase: true }, { noext: true }]) {
    it(`matches as minimatch does (${JSON.stringify(options)})`, () => {
      for (const g of globs) {
        const mine = new Minimatch(g, options);
        const real = new RealMinimatch(g, options);
        expect(mine.makeRe()).not.toBe(false);
        for (const p of paths) expect(mine.match(p), `${g} ${p}`).toBe(real.match(p));
      }
    });
  }
  it('refuses a malformed glob (makeRe false) and matches nothing with it', () => {
    expect(new Minimatch('**/{a,b').makeRe()).toBe(false);
    expect(new Minimatch('**/{a,b').match('/a')).toBe(false);
  });
});

describe('new-report text made at build time', () => {
  it('is the core’s blank report for every year, agency and line ending', async () => {
    // What scripts/build.mjs defines for the client bundle.
    (globalThis as { OGI_REPORT_SKELETON?: SkeletonText }).OGI_REPORT_SKELETON = skeletonText(newReportText, AGENCY_PLACEHOLDER);
    const shim = await import('../../client/src/shims/newReportText');
    for (const year of [2019, 2024, 2025, 2031])
      for (const eol of ['\n', '\r\n'])
        for (const agency of [undefined, '红旗区人民政府']) expect(shim.newReportText({ year, eol, ...(agency ? { agency } : {}) })).toBe(newReportText({ year, eol, ...(agency ? { agency } : {}) }));
    expect(shim.newReportText()).toBe(newReportText());
  });
});

describe('inert client features', () => {
  it('the server announces only capabilities the client keeps', async () => {
    const c = await TestClient.start();
    try {
      const offered = Object.keys(c.init.capabilities);
      expect(offered.length).toBeGreaterThan(3);
      expect(offered.filter((k) => !KEPT_SERVER_CAPABILITIES.includes(k))).toEqual([]);
    } finally {
      await c.stop();
    }
  });
  it('leaves out only feature modules of the pinned vscode-languageclient that exist', () => {
    const lib = path.resolve(__dirname, '../../node_modules/vscode-languageclient');
    expect(JSON.parse(fs.readFileSync(path.join(lib, 'package.json'), 'utf8')).version).toBe('11.0.0');
    const client = fs.readFileSync(path.join(lib, 'lib/common/client.js'), 'utf8');
    for (const m of INERT_FEATURE_MODULES) expect(client).toContain(`require("./${m}")`);
  });
});

describe('vscode-languageserver-types and -protocol cut to what the bundle names (trimTypes)', () => {
  const lib = (p: string): string => fs.readFileSync(path.resolve(__dirname, '../../node_modules', p), 'utf8');
  const exported = (m: Record<string, unknown>): string[] => Object.keys(m).filter((k) => m[k] !== undefined);
  /** Evaluate a trimmed CommonJS module with the real modules it requires. */
  const load = (code: string, from: string): Record<string, unknown> => {
    const module = { exports: {} as Record<string, unknown> };
    const req = createRequire(path.resolve(__dirname, '../../node_modules', from));
    new Function('exports', 'require', 'module', code)(module.exports, req, module);
    return module.exports;
  };

  it('keeps what a consumer names and what that uses; drops what nobody names', () => {
    const source = lib('vscode-languageserver-types/lib/esm/main.js');
    const out = trimTypes(ts, source, 'const d = Diagnostic.create(range, message);');
    expect(out).toContain('export var Diagnostic;');
    // Diagnostic.is checks its range and related information: those stay with it.
    expect(out).toContain('export var Range;');
    expect(out).toContain('export var DiagnosticRelatedInformation;');
    expect(out).toContain('var Is;');
    expect(out).not.toContain('export var SemanticTokens;');
    expect(out).not.toContain('class FullTextDocument');
    expect(out.length).toBeLessThan(source.length / 2);
  });

  it('in the protocol module, keeps each re-exported sub-module and every request a consumer names, and it still loads', () => {
    const from = 'vscode-languageserver-protocol/lib/common/protocol.js';
    const full = load(lib(from), from);
    const trimmed = load(trimTypes(ts, lib(from), 'connection.onRequest(HoverRequest.type); CodeActionRequest.method;'), from);
    const method = (m: Record<string, unknown>, name: string): unknown => (m[name] as { method?: string } | undefined)?.method;
    expect(method(trimmed, 'HoverRequest')).toBe(method(full, 'HoverRequest'));
    expect((trimmed.CodeActionRequest as { method: string }).method).toBe('textDocument/codeAction');
    expect(trimmed.CompletionRequest).toBeUndefined();
    // What the sub-modules export (getters) is all still there and resolves.
    expect(method(trimmed, 'SemanticTokensRequest')).toBe(method(full, 'SemanticTokensRequest'));
    expect(method(trimmed, 'SemanticTokensRequest')).toBe('textDocument/semanticTokens/full');
    expect(exported(trimmed).length).toBeLessThan(exported(full).length);
  });
});

describe('the notebook-sync stand-in (client/src/shims/notebookFeature.ts)', () => {
  it('has every member vscode-languageclient asks of the notebook feature, and syncs no document', () => {
    const lib = path.resolve(__dirname, '../../node_modules/vscode-languageclient/lib/common');
    const asked = new Set<string>();
    for (const file of ['client.js', 'diagnostic.js']) {
      const text = fs.readFileSync(path.join(lib, file), 'utf8');
      for (const m of text.matchAll(/notebookFeature\.(\w+)/g)) asked.add(m[1]!);
    }
    expect([...asked].sort()).toEqual(['onChangeNotificationSent', 'onCloseNotificationSent', 'onOpenNotificationSent', 'onSaveNotificationSent']);
    const feature = new NotebookDocumentSyncFeature({});
    for (const member of asked) expect((feature as unknown as Record<string, () => { dispose(): void }>)[member]!().dispose).toBeTypeOf('function');
    // The real module needs vscode to load: read its cell scheme from the source.
    const cellScheme = /static CellScheme = '([^']+)'/.exec(fs.readFileSync(path.join(lib, 'notebook.js'), 'utf8'))?.[1];
    expect(NotebookDocumentSyncFeature.CellScheme).toBe(cellScheme);
    const protocol = require('vscode-languageserver-protocol') as { NotebookDocumentSyncRegistrationType: { method: string } };
    expect(feature.registrationType.method).toBe(protocol.NotebookDocumentSyncRegistrationType.method);
    expect(feature.handles()).toBe(false);
  });
});
