/**
 * A document far larger than any report (a paste gone wrong) gets its outline only, with a
 * status saying so; a document just under the limit is checked in full.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentSymbolRequest, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { MAX_CHECKED_LENGTH } from '../../server/src/lsp/protocol';
import { TestClient } from './client';
import { readSeed } from './seeds';

describe('very large documents', () => {
  let c: TestClient;
  beforeAll(async () => {
    c = await TestClient.start();
  });
  afterAll(async () => {
    await c.stop();
  });

  it('over the limit: no rule runs, the status says structure only, the outline still works', async () => {
    const seed = readSeed('003');
    const text = Array.from({ length: Math.ceil(MAX_CHECKED_LENGTH / seed.length) + 1 }, () => seed).join('\n');
    expect(text.length).toBeGreaterThan(MAX_CHECKED_LENGTH);
    const uri = 'file:///big/huge.ogi.txt';
    const status = c.nextStatus(uri);
    const published = await c.open(uri, text);
    expect(published.diagnostics).toEqual([]);
    expect((await status).structureOnly).toBe(true);
    const symbols = (await c.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols.filter((s) => s.name.startsWith('一、')).length).toBeGreaterThan(1000);
  }, 60_000);

  it('under the limit: checked in full', async () => {
    const planted = readSeed('003').replace('16\t0\t0\t0\t0\t4\t20', '16\t0\t0\t0\t0\t4\t21');
    const uri = 'file:///big/normal.ogi.txt';
    const status = c.nextStatus(uri);
    const published = await c.open(uri, planted);
    expect(published.diagnostics.some((d) => d.code === 'T3-ROWSUM')).toBe(true);
    expect((await status).structureOnly).toBeUndefined();
  });
});
