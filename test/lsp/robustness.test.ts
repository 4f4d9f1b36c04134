/** Malformed and unknown requests, odd documents: the server answers or logs, and stays up. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, HoverRequest, InlayHintRequest, DocumentSymbolRequest } from 'vscode-languageserver-protocol/node';
import { TestClient } from './client';
import { plantedSeed003 } from './seeds';

const URI = 'file:///work/reports/robust.ogi.txt';

describe('robustness', () => {
  let c: TestClient;
  beforeAll(async () => {
    c = await TestClient.start();
    await c.open(URI, plantedSeed003().planted);
  });
  afterAll(async () => {
    await c.stop();
  });

  async function stillAlive(): Promise<void> {
    const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: plantedSeed003().line, character: 2 } });
    expect(h).not.toBeNull();
    expect(c.proc.exitCode).toBeNull();
  }

  it('answers an unknown request with MethodNotFound', async () => {
    await expect(c.conn.sendRequest('ogiReport/noSuchRequest', { x: 1 })).rejects.toMatchObject({ code: -32601 });
    await c.conn.sendNotification('ogiReport/noSuchNotification', { x: 1 });
    await stillAlive();
  });

  it('survives requests with missing or wrong params', async () => {
    const bad: [string, unknown][] = [
      ['textDocument/hover', {}],
      ['textDocument/hover', { textDocument: { uri: URI }, position: { line: -5, character: 'x' } }],
      ['textDocument/hover', { textDocument: { uri: URI }, position: { line: 1e9, character: 1e9 } }],
      ['textDocument/codeAction', { textDocument: { uri: URI } }],
      ['textDocument/codeAction', { textDocument: { uri: URI }, range: null, context: { diagnostics: [{ code: 'T3-ROWSUM' }] } }],
      ['textDocument/documentSymbol', null],
      ['textDocument/inlayHint', { textDocument: { uri: URI } }],
      ['textDocument/diagnostic', { textDocument: {} }],
      ['textDocument/foldingRange', { textDocument: { uri: 42 } }],
    ];
    for (const [method, params] of bad) {
      // Either an empty result or an error response is fine; a crash or a hang is not.
      await c.conn.sendRequest(method, params).catch((e: unknown) => e);
    }
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never-opened', version: 3 }, contentChanges: [{ text: 'x' }] });
    await c.conn.sendNotification('textDocument/didOpen', {});
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { ogiReport: 'nonsense' } });
    await stillAlive();
    expect(c.stderr).toBe('');
    // The failures were logged through window/logMessage, not thrown at the client.
    expect(c.logs.some((l) => l.startsWith('textDocument/hover failed'))).toBe(true);
  });

  it('returns empty results for documents it does not have', async () => {
    const uri = 'file:///not/open.txt';
    const range = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
    expect(await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: range.start })).toBeNull();
    expect(await c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [] } })).toEqual([]);
    expect(await c.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range })).toEqual([]);
    expect(await c.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })).toEqual([]);
  });

  it('checks odd documents without failing: empty, binary-ish, one huge line, CRLF, astral characters', async () => {
    const docs = [
      '',
      '\u0000\u0001\uFFFD'.repeat(500),
      '一、总体情况\t'.repeat(5000),
      plantedSeed003().planted.replace(/\n/g, '\r\n'),
      `𠀀𠀁 ${plantedSeed003().planted}`,
      '| 三、收到和处理政府信息公开申请情况 |\n|---|\n| (七) 总计 | 1 | x |\n',
    ];
    for (const [i, text] of docs.entries()) {
      const p = await c.open(`file:///odd/${i}.ogi.txt`, text);
      expect(Array.isArray(p.diagnostics)).toBe(true);
    }
    await stillAlive();
  });

  it('keeps its diagnostics current when changes arrive faster than it answers', async () => {
    const { planted, line, character } = plantedSeed003();
    const range = { start: { line, character }, end: { line, character: character + 2 } };
    const uri = 'file:///work/reports/burst.ogi.txt';
    await c.open(uri, planted);
    const last = c.nextDiagnostics(uri, 21);
    for (let v = 2; v <= 21; v++) {
      void c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range, text: v % 2 ? '20' : '21' }] });
    }
    const p = await last;
    expect(p.diagnostics.some((d) => d.code === 'T3-ROWSUM')).toBe(false);
  });

  it('shuts down cleanly on shutdown + exit', async () => {
    const other = await TestClient.start();
    await other.stop();
    expect(await other.exited).toBe(0);
  });
});
