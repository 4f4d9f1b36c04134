/**
 * The language server bundle (dist/server.js, which the web extension on vscode.dev also loads) in a real Web
 * Worker in Chromium: initialize, open a seed with a planted wrong total, and get its
 * diagnostics back over postMessage — the same findings the Node server gives.
 * Needs Debian's chromium and playwright-core (`cd test/e2e && npm ci`); skipped without them.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CHROMIUM, loadPlaywright } from '../support/browser';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReport, parseReport } from '../../server/src/core';
import { plantedSeed003 } from '../lsp/seeds';

const ROOT = path.resolve(__dirname, '../..');
const WORKER = path.join(ROOT, 'dist/server.js');

/** The little of playwright-core this test uses (it is installed in test/e2e, not at the root). */
interface Page {
  on(event: 'pageerror', listener: (e: Error) => void): void;
  goto(url: string): Promise<unknown>;
  evaluate<A>(fn: (arg: A) => unknown, arg: A): Promise<unknown>;
  waitForFunction(expression: string, arg: undefined, options: { timeout: number }): Promise<{ jsonValue(): Promise<unknown> }>;
}
interface Playwright {
  chromium: { launch(options: object): Promise<{ newPage(): Promise<Page>; close(): Promise<void> }> };
}

const playwright = loadPlaywright<Playwright>();

const PAGE = `<!DOCTYPE html><meta charset="utf-8"><script>
  window.received = [];
  window.worker = new Worker('/server.js');
  worker.onmessage = (e) => received.push(e.data);
  worker.onerror = (e) => received.push({ workerError: String(e.message) });
</script>`;

describe.skipIf(!playwright)('web build: the language server in a Chromium Web Worker', () => {
  let server: http.Server;
  let url = '';
  beforeAll(async () => {
    if (!fs.existsSync(WORKER)) throw new Error(`${WORKER} is missing: run \`npm run build\` first`);
    server = http.createServer((req, res) => {
      if (req.url === '/server.js') {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        res.end(fs.readFileSync(WORKER));
      } else {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(PAGE);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('answers initialize and publishes the diagnostics of a seed with a planted wrong total', async () => {
    const browser = await playwright!.chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e: Error) => errors.push(String(e)));
      await page.goto(url);
      // Runs in the page, where `worker` is the Worker the page made.
      const send = (message: unknown) => page.evaluate((m) => (globalThis as unknown as { worker: { postMessage(m: unknown): void } }).worker.postMessage(m), message);
      const waitFor = (predicate: string) =>
        page.waitForFunction(`window.received.find(${predicate}) ?? window.received.find((m) => m.workerError)`, undefined, { timeout: 20_000 }).then((h) => h.jsonValue() as Promise<any>); // eslint-disable-line @typescript-eslint/no-explicit-any

      await send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true } } } } });
      const init = await waitFor('(m) => m.id === 1');
      expect(init.workerError).toBeUndefined();
      expect(init.result.serverInfo.name).toBe('ogi-report');
      expect(init.result.capabilities.hoverProvider).toBe(true);
      await send({ jsonrpc: '2.0', method: 'initialized', params: {} });

      const uri = 'file:///report/红旗区2024年度报告.txt';
      const { planted } = plantedSeed003();
      await send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'ogi-report', version: 1, text: planted } } });
      const published = await waitFor(`(m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === ${JSON.stringify(uri)}`);
      expect(published.workerError).toBeUndefined();
      const codes = published.params.diagnostics.map((d: { code: string }) => d.code).sort();
      // The same findings as the core gives in Node (Chinese by default).
      const expected = checkReport(parseReport(planted), { locale: 'zh-CN', uri }).map((d) => d.code).sort();
      expect(codes).toEqual(expected);
      expect(codes).toContain('T3-ROWSUM');
      expect(published.params.diagnostics.find((d: { code: string }) => d.code === 'T3-ROWSUM').message).toMatch(/[\u4e00-\u9fff]/);

      const rowsum = published.params.diagnostics.find((d: { code: string }) => d.code === 'T3-ROWSUM');
      await send({ jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: { textDocument: { uri }, position: rowsum.range.start } });
      const hover = await waitFor('(m) => m.id === 2');
      expect(hover.result?.contents?.value ?? '').toMatch(/表三/);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
