/** Hover, code actions (quick fix, fix all, source.fixAll), symbols, folding and inlay hints over stdio. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
  type MarkupContent,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { HOVERS } from '../../server/src/core/template/hovers';
import { TestClient } from './client';
import { plantedSeed003 } from './seeds';

const URI = 'file:///work/reports/planted-2024.ogi.txt';
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } };

/** The edits of an action for URI, from `documentChanges` or `changes`. */
function editsOf(action: CodeAction): TextEdit[] {
  const dc = action.edit?.documentChanges as TextDocumentEdit[] | undefined;
  if (dc) return dc.filter((e) => e.textDocument.uri === URI).flatMap((e) => e.edits as TextEdit[]);
  return action.edit?.changes?.[URI] ?? [];
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(URI, 'ogi-report', 1, text), edits);
}

describe('features on the planted report', () => {
  const seed = plantedSeed003();
  let c: TestClient;
  let diagnostics: Diagnostic[];
  beforeAll(async () => {
    c = await TestClient.start();
    diagnostics = (await c.open(URI, seed.planted)).diagnostics;
  });
  afterAll(async () => {
    await c.stop();
  });

  it('hover on a row label explains the row', async () => {
    const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: seed.line, character: 4 } });
    const value = (h?.contents as MarkupContent).value;
    expect((h?.contents as MarkupContent).kind).toBe('markdown');
    expect(value).toContain('（七）总计');
    expect(value).toContain(HOVERS['t3.row.r3_7']!['zh-CN'].slice(0, 20));
    expect(h?.range?.start.line).toBe(seed.line);
  });

  it('hover outside anything the core knows is null', async () => {
    const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 1, character: 0 } });
    expect(h).toBeNull();
  });

  it('offers a preferred quick fix whose edits give back the original text', async () => {
    const d = diagnostics.find((x) => x.code === 'T3-ROWSUM')!;
    const actions = (await c.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: d.range,
      context: { diagnostics: diagnostics.filter((x) => x.range.start.line === d.range.start.line) },
    })) as CodeAction[];
    const preferred = actions.filter((a) => a.kind === 'quickfix' && a.isPreferred);
    expect(preferred).toHaveLength(1);
    const edit = preferred[0]!.edit!.documentChanges![0] as TextDocumentEdit;
    expect(edit.textDocument).toEqual({ uri: URI, version: 1 });
    expect(apply(seed.planted, editsOf(preferred[0]!))).toBe(seed.original);
    // One action per distinct fix, even when several rules blame the same cell.
    const titles = actions.map((a) => a.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('matches diagnostics sent back with byte columns (Neovim 0.7) by code, message and line', async () => {
    const d = diagnostics.find((x) => x.code === 'T3-ROWSUM')!;
    const bytes = Buffer.byteLength(seed.planted.split('\n')[d.range.start.line]!.slice(0, d.range.start.character));
    const sent = { ...d, range: { start: { line: d.range.start.line, character: bytes }, end: { line: d.range.end.line, character: bytes + 2 } } };
    const actions = (await c.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: { start: { line: d.range.start.line, character: 0 }, end: { line: d.range.start.line + 1, character: 0 } },
      context: { diagnostics: [sent] },
    })) as CodeAction[];
    expect(actions.some((a) => a.isPreferred)).toBe(true);
  });

  it('source.fixAll returns an inline edit for the exact version that restores the original', async () => {
    const actions = (await c.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: WHOLE,
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    expect(actions).toHaveLength(1);
    expect(actions[0]!.kind).toBe('source.fixAll.ogi-report');
    expect((actions[0]!.edit!.documentChanges![0] as TextDocumentEdit).textDocument.version).toBe(c.version(URI));
    expect(apply(seed.planted, editsOf(actions[0]!))).toBe(seed.original);
    // Quick fixes are not mixed into a source request, nor source actions into a plain one.
    expect(actions.every((a) => a.kind!.startsWith('source'))).toBe(true);
    const plain = (await c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range: WHOLE, context: { diagnostics: [] } })) as CodeAction[];
    expect(plain.every((a) => a.kind === 'quickfix')).toBe(true);
  });

  it('offers "fix all <code>" when a code has several fixable problems', async () => {
    // Two blank cells (— where a 0 belongs) in 二、上年结转: two S-BLANK-CELL findings, each with a
    // safe "填 0". (This used to plant a second wrong total and fix both totals at once; two wrong
    // numbers in one table are no longer "fixed" together — the sums cannot prove which cells
    // are wrong, issue 8.)
    const lines = seed.planted.split('\n');
    const line = lines.findIndex((l) => l.startsWith('二、上年结转'));
    const first = lines[line]!.indexOf('\t0\t') + 1;
    const second = lines[line]!.indexOf('\t0\t', first) + 1;
    const blanks = [second, first].map((ch) => ({ range: { start: { line, character: ch }, end: { line, character: ch + 1 } }, newText: '—' }));
    const blanked = apply(seed.planted, blanks);
    const p = await c.change(URI, blanks.map((b) => ({ range: b.range, text: b.newText })));
    const found = p.diagnostics.filter((d) => d.code === 'S-BLANK-CELL');
    expect(found.length).toBeGreaterThanOrEqual(2);
    const actions = (await c.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: found[0]!.range,
      context: { diagnostics: [found[0]!] },
    })) as CodeAction[];
    const all = actions.find((a) => a.title === '修复本文件中所有 S-BLANK-CELL');
    expect(all).toBeDefined();
    expect(apply(blanked, editsOf(all!))).toBe(seed.planted);
    await c.change(URI, seed.planted);
  });

  it('returns a hierarchical outline with the six sections and folding ranges', async () => {
    const symbols = (await c.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })) as DocumentSymbol[];
    const names = symbols.map((s) => s.name).join(' ');
    for (const heading of ['一、总体情况', '二、', '三、', '四、', '五、', '六、']) expect(names).toContain(heading);
    expect(symbols.some((s) => s.children && s.children.length > 0)).toBe(true);
    const folds = await c.conn.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: URI } });
    expect(folds?.length).toBeGreaterThanOrEqual(6);
    expect(folds!.every((f) => f.endLine > f.startLine)).toBe(true);
  });

  it('shows the expected total as an inlay hint, and none when the setting is off', async () => {
    const hints = await c.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri: URI }, range: WHOLE });
    const hint = hints?.find((h) => h.position.line === seed.line);
    expect(hint).toBeDefined();
    expect(String(hint!.label)).toContain('20');
    expect(hint!.position.character).toBe(seed.character + 2);
    await c.configure({ inlayHints: { enabled: false } });
    expect(await c.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri: URI }, range: WHOLE })).toEqual([]);
    await c.configure({});
  });
});

describe('clients without documentChanges or hierarchical symbols', () => {
  it('gets plain `changes` edits and flat symbols', async () => {
    const c = await TestClient.start({
      capabilities: { workspace: { configuration: false }, textDocument: { publishDiagnostics: {} } },
    });
    try {
      const seed = plantedSeed003();
      const p = await c.open(URI, seed.planted);
      const d = p.diagnostics.find((x) => x.code === 'T3-ROWSUM')!;
      const actions = (await c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
      const fix = actions.find((a) => a.isPreferred)!;
      expect(fix.edit?.documentChanges).toBeUndefined();
      expect(apply(seed.planted, editsOf(fix))).toBe(seed.original);
      const symbols = await c.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } });
      expect(symbols!.length).toBeGreaterThan(0);
      expect(symbols!.every((s) => 'location' in s)).toBe(true);
    } finally {
      await c.stop();
    }
  });

  it('takes settings pushed in didChangeConfiguration when it cannot answer workspace/configuration', async () => {
    const c = await TestClient.start({ capabilities: { textDocument: { publishDiagnostics: {} } } });
    try {
      await c.open(URI, plantedSeed003().planted);
      const next = c.nextDiagnostics(URI);
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { ogiReport: { severity: { 'T3-ROWSUM': 'off' } } } });
      expect((await next).diagnostics.some((d) => d.code === 'T3-ROWSUM')).toBe(false);
    } finally {
      await c.stop();
    }
  });
});
