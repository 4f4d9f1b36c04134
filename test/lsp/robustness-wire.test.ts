/**
 * Server robustness at the wire (issue 5), beside robustness.test.ts: malformed JSON-RPC
 * written as raw bytes to the server's stdin (bad or missing Content-Length, invalid JSON,
 * invalid UTF-8, JSON that is not a message), requests for closed and unknown documents,
 * and edits whose versions arrive out of order. After each, the server must still answer:
 * a hover and a diagnostics round trip on a real document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { TestClient } from './client';
import { plantedSeed003 } from './seeds';

const URI = 'file:///work/reports/wire.ogi.txt';

/** One framed message, as a client would write it. */
function frame(body: string | Buffer, length = Buffer.byteLength(body)): Buffer {
  return Buffer.concat([Buffer.from(`Content-Length: ${length}\r\n\r\n`, 'ascii'), typeof body === 'string' ? Buffer.from(body, 'utf8') : body]);
}

describe('robustness on the wire', () => {
  let c: TestClient;
  const { planted, line, character } = plantedSeed003();

  beforeAll(async () => {
    c = await TestClient.start();
    await c.open(URI, planted);
  });
  afterAll(async () => {
    await c.stop();
  });

  /** Write raw bytes to the server's stdin, after everything the connection wrote before. */
  function writeRaw(bytes: Buffer): Promise<void> {
    return new Promise((resolve, reject) => c.proc.stdin!.write(bytes, (e) => (e ? reject(e) : resolve())));
  }

  /** The server is up and in frame: a hover and a diagnostics round trip on the planted report work. */
  async function stillAnswers(): Promise<void> {
    const hover = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line, character } });
    expect(hover).not.toBeNull();
    const range = { start: { line, character }, end: { line, character: character + 2 } };
    const fixed = await c.change(URI, [{ range, text: '20' }]);
    expect(fixed.diagnostics.some((d) => d.code === 'T3-ROWSUM')).toBe(false);
    const broken = await c.change(URI, [{ range, text: '21' }]);
    expect(broken.diagnostics.some((d) => d.code === 'T3-ROWSUM')).toBe(true);
    expect(c.proc.exitCode).toBeNull();
  }

  /**
   * After a header block it rejects, vscode-jsonrpc's reader stops looking at what else is
   * already buffered until the next bytes arrive (upstream behaviour, not the server's): so
   * keep writing a harmless `$/` notification until the first request is answered.
   */
  async function answerAfterNudges(): Promise<void> {
    const nudges = setInterval(() => void c.conn.sendNotification('$/ogiReport/nudge', {}), 50);
    try {
      await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line, character } });
    } finally {
      clearInterval(nudges);
    }
  }

  // Raw bytes that are not a valid message. Each leaves the stream in frame: a body the
  // reader cannot decode is dropped, a header block it rejects is consumed whole.
  const badBodies: [string, Buffer][] = [
    ['invalid JSON', frame('{"jsonrpc":"2.0","id":1,"method":')],
    ['JSON that is not a message', frame('[1,2,3]')],
    ['a message without method or id', frame('{"jsonrpc":"2.0","params":{}}')],
    ['a response to no request', frame('{"jsonrpc":"2.0","id":987654,"result":null}')],
    ['invalid UTF-8 in the body', frame(Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0xc3]))],
    ['a notification with params of the wrong type', frame('{"jsonrpc":"2.0","method":"textDocument/didChange","params":"nonsense"}')],
    ['a request with params of the wrong type', frame('{"jsonrpc":"2.0","id":"w1","method":"textDocument/hover","params":[1,2]}')],
    ['a cancellation of an unknown request', frame('{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":424242}}')],
  ];
  const badHeaders: [string, Buffer][] = [
    ['Content-Length that is not a number', Buffer.from('Content-Length: twelve\r\n\r\n', 'ascii')],
    ['a header block without Content-Length', Buffer.from('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n', 'ascii')],
    ['a header line without a colon', Buffer.from('garbage line\r\n\r\n', 'ascii')],
    // The body's tail is then read as a header block (rejected); the blank line ends it.
    ['a Content-Length shorter than the body', Buffer.concat([frame('{"jsonrpc":"2.0","method":"x"}', 5), Buffer.from('\r\n\r\n')])],
  ];

  it.each(badBodies)('survives %s', async (_what, bytes) => {
    await writeRaw(bytes);
    await stillAnswers();
  });

  it.each(badHeaders)('survives %s', async (_what, bytes) => {
    await writeRaw(bytes);
    await answerAfterNudges();
    await stillAnswers();
  });

  it('answers an unknown request with MethodNotFound and ignores an unknown notification', async () => {
    await expect(c.conn.sendRequest('ogiReport/doesNotExist', {})).rejects.toMatchObject({ code: -32601 });
    await c.conn.sendNotification('ogiReport/doesNotExistEither', {});
    await stillAnswers();
  });

  it('answers null or [] for a document that was opened and then closed, and for one never opened', async () => {
    const closed = 'file:///work/reports/closed.ogi.txt';
    await c.open(closed, planted);
    const cleared = c.nextDiagnostics(closed);
    await c.close(closed);
    expect((await cleared).diagnostics).toEqual([]);
    for (const uri of [closed, 'file:///never/opened.txt']) {
      const range = { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } };
      expect(await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } })).toBeNull();
      expect(await c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [] } })).toEqual([]);
      expect(await c.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })).toEqual([]);
      expect(await c.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range })).toEqual([]);
      const folds = await c.conn.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
      expect(folds ?? []).toEqual([]);
    }
    // Closing again, or closing what was never open, is harmless.
    await c.close(closed);
    await c.close('file:///never/opened.txt');
    await stillAnswers();
  });

  it('stays up and current when a change arrives with an older version than the document has', async () => {
    const uri = 'file:///work/reports/versions.ogi.txt';
    await c.open(uri, planted);
    const range = { start: { line, character }, end: { line, character: character + 2 } };
    const send = (version: number, text: string) =>
      c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    const seen: PublishDiagnosticsParams[] = [];
    const v10 = c.nextDiagnostics(uri, 10);
    await send(10, '20');
    seen.push(await v10);
    // An older version (a client bug or a reordered stream): whatever the server makes of
    // it, it must publish for a version it has seen and keep going.
    const stale = c.nextDiagnostics(uri);
    await send(4, '21');
    seen.push(await stale);
    expect([4, 10]).toContain(seen[1]!.version);
    // A newer version after that is checked against the text as it now stands.
    const v11 = c.nextDiagnostics(uri, 11);
    await send(11, '20');
    const last = await v11;
    expect(last.diagnostics.some((d) => d.code === 'T3-ROWSUM')).toBe(false);
    const hover = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
    expect(hover).not.toBeNull();
    await stillAnswers();
  });

  it('keeps no stderr output and reports no uncaught error', () => {
    expect(c.stderr).toBe('');
    expect(c.logs.filter((l) => l.startsWith('uncaught') || l.startsWith('unhandled'))).toEqual([]);
  });
});
