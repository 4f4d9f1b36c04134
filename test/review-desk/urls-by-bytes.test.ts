/**
 * A URL whose content type or path does not say what it serves: a web archive at a path with no
 * extension served as `application/octet-stream`, a PDF served as `text/html`, a Word file at
 * `…/download?id=3` with no type at all, a page served as `application/octet-stream`. The fetched
 * bytes decide (`net/inputs.ts`), and each reads to what its correctly named file reads to.
 * Against a server on 127.0.0.1 that this test starts (never the internet).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { loadReport, type LoadResult } from '../../server/src/cli/load';
import { IMAGE_PROBLEM } from '../../server/src/import/form';
import { Fetcher } from '../../server/src/net/fetch';
import { inputsFromUrls } from '../../server/src/net/inputs';
import { DOCX_DIR, HTML_DIR, PDF_DIR } from '../support/corpus';

const FORMS = path.resolve(__dirname, '../fixtures/forms');

/** Path → [file served, content type the server gives (none when empty)]. */
const ROUTES: Record<string, [string, string]> = {
  '/archive': [path.join(FORMS, 'mhtml', '201_pingtan_nongyenongcunju_2023.mhtml'), 'application/octet-stream'],
  '/report.html': [path.join(PDF_DIR, '001_hongzequ_2023.pdf'), 'text/html; charset=utf-8'],
  '/download?id=3': [path.join(DOCX_DIR, 'blank_template_2021.docx'), ''],
  '/getFile?id=4': [path.join(FORMS, 'doc', 'seed_001_7700c2ba590e2380.doc'), 'application/octet-stream'],
  '/page': [path.join(HTML_DIR, '301_pingtan_nongyenongcunju_2023.page.html'), 'application/octet-stream'],
  '/scan.pdf': ['', 'application/pdf'],
};
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = ROUTES[req.url ?? ''];
    if (!route) return void res.writeHead(404).end();
    const [file, type] = route;
    res.writeHead(200, type ? { 'content-type': type } : {}).end(file ? readFileSync(file) : PNG);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

function seen(r: LoadResult) {
  return r.ok ? { form: r.form, text: r.text, warnings: r.warnings } : r;
}

describe('fetched reports: the bytes say the form', () => {
  it('each URL reads as its file does, whatever its type and path say', async () => {
    const urls = Object.keys(ROUTES).filter((u) => u !== '/scan.pdf');
    const inputs = await inputsFromUrls(urls.map((u) => base + u), new Fetcher());
    expect(inputs.map((i) => i.error)).toEqual(urls.map(() => undefined));
    for (const [k, input] of inputs.entries()) {
      const file = ROUTES[urls[k]!]![0];
      const want = seen(await loadReport({ name: file, path: file }, 'auto'));
      const got = seen(await loadReport({ name: input.url!, ...(input.form ? { form: input.form } : {}), bytes: input.bytes! }, 'auto'));
      expect(got, urls[k]).toEqual(want);
      expect(input.form, urls[k]).toBe((want as { form: string }).form);
    }
  });

  it('a picture served as a PDF is named as one, not passed on', async () => {
    const [input] = await inputsFromUrls([`${base}/scan.pdf`], new Fetcher());
    expect(input!.error).toBe(`${IMAGE_PROBLEM.message}（${IMAGE_PROBLEM.code}）`);
  });
});
