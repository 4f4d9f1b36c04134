/**
 * Straight from the website: `check` and `review` on URLs, against a local HTTP server on
 * 127.0.0.1 serving the corpus (never the internet). The same reports give the same results
 * as from disk; a page that times out or is missing is named as 未能检查; a second run reads
 * the cache; a column page with --year gives that year's reports; a page that only links its
 * report gives the attachment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HTML_DIR, PARTIAL_IMPORT_DIR, PDF_DIR, REAL_DIR } from '../support/corpus';
import { Fetcher } from '../../server/src/net/fetch';
import { inputsFromUrls } from '../../server/src/net/inputs';
import { reviewInputs } from '../../server/src/review/run';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');

let server: Server;
let base: string;
/** Requests the server answered, by path. */
const hits: string[] = [];

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.pdf': 'application/pdf' };

function column(): string {
  // A column page as the sites have them: a list of links, most of them to 年报 of several years.
  const links = readdirSync(HTML_DIR)
    .filter((f) => /^2\d\d_.*\.html$/.test(f))
    .map((f) => {
      const m = /_(\d{4})\.html$/.exec(f)!;
      return `<li><a href="/html/${f}" title="x">平潭综合实验区某单位${m[1]}年政府信息公开工作年度报告</a><span>${m[1]}-01-20</span></li>`;
    });
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开年报</title></head><body><a href="/">首页</a><ul>${links.join('')}</ul><a href="/other.html">2024年工作要点</a></body></html>`;
}

function run(args: string[]): Promise<{ stdout: string; stderr: string; status: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ stdout, stderr, status }));
  });
}

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
  server = createServer((req, res) => {
    const url = decodeURIComponent(req.url ?? '/');
    hits.push(url);
    if (url === '/slow.html') return; // never answers: the client's timeout must end it
    const dirs: Record<string, string> = { '/html/': HTML_DIR, '/real/': REAL_DIR, '/pdf/': PDF_DIR, '/partial/': PARTIAL_IMPORT_DIR };
    const prefix = Object.keys(dirs).find((p) => url.startsWith(p));
    if (url === '/column.html') {
      res.writeHead(200, { 'content-type': TYPES['.html']! }).end(column());
      return;
    }
    if (url === '/attachment-page.html') {
      const pdf = readdirSync(PDF_DIR).find((f) => f.endsWith('.pdf'))!;
      res.writeHead(200, { 'content-type': TYPES['.html']! }).end(`<html><body><h1>洪泽区2023年政府信息公开工作年度报告</h1><p>附件：<a href="/pdf/${encodeURIComponent(pdf)}">${pdf}</a></p></body></html>`);
      return;
    }
    try {
      const file = path.join(dirs[prefix!]!, path.basename(url.slice(prefix!.length)));
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const realFiles = ['108_pingtan_caijinju_2023.txt', '109_pingtan_caijinju_2024.txt', '131_pingtan_zhifayingjiju_2024.txt'];
const htmlFiles = () => readdirSync(HTML_DIR).filter((f) => f.endsWith('.html')).sort();

/** summary.csv without its first column (the path or URL). */
function rowsOf(dir: string): string[] {
  return readFileSync(path.join(dir, 'summary.csv'), 'utf8').trimEnd().split('\r\n').slice(1).map((r) => r.replace(/^("[^"]*"|[^,]*),/, ''));
}

describe('reports from a website', () => {
  it('review --urls gives the same results as the same files read from disk', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'ogi-urls-'));
    const list = path.join(tmp, 'urls.txt');
    writeFileSync(list, ['# 年报', ...realFiles.map((f) => `${base}/real/${f}`), ...htmlFiles().map((f) => `${base}/html/${f}`), ''].join('\n'));
    hits.length = 0;
    const web = await run(['review', '--urls', list, '--out', path.join(tmp, 'web'), '--cache-dir', path.join(tmp, 'cache')]);
    // Two passes over the reports, one request a page: pass two reads the fetch cache.
    expect([...hits].sort()).toEqual([...realFiles.map((f) => `/real/${f}`), ...htmlFiles().map((f) => `/html/${f}`)].sort());
    const disk = await run(['review', ...realFiles.map((f) => path.join(REAL_DIR, f)), ...htmlFiles().map((f) => path.join(HTML_DIR, f)), '--out', path.join(tmp, 'disk')]);
    expect(web.status).toBe(disk.status);
    const webRows = rowsOf(path.join(tmp, 'web'));
    expect(webRows).toHaveLength(realFiles.length + htmlFiles().length);
    expect(webRows).toEqual(rowsOf(path.join(tmp, 'disk')));
    // The cross-year pair is found between URLs as between files: 109 repeats 108.
    expect(webRows[1]).toMatch(/X-REPEAT/);
    expect(readFileSync(path.join(tmp, 'web', 'summary.csv'), 'utf8')).toContain(`${base}/real/109_pingtan_caijinju_2024.txt`);
  }, 120_000);

  it('a fetched report is kept as its cache file, or as bytes when there is no cache; reviewed, it is not fetched again', async () => {
    const urls = realFiles.map((f) => `${base}/real/${f}`);
    const cached = new Fetcher({ cacheDir: path.join(mkdtempSync(path.join(tmpdir(), 'ogi-urls-keep-')), 'cache') });
    const onDisk = await inputsFromUrls(urls, cached);
    expect(onDisk.every((i) => i.path && existsSync(i.path) && !i.bytes)).toBe(true);
    const uncached = new Fetcher();
    const inMemory = await inputsFromUrls(urls, uncached);
    expect(inMemory.every((i) => i.bytes && !i.path)).toBe(true);
    for (const [fetcher, inputs] of [[cached, onDisk], [uncached, inMemory]] as const) {
      const before = fetcher.networkRequests;
      const reports = await reviewInputs(inputs, { locale: 'zh-CN', encoding: 'auto' });
      expect(reports.map((r) => r.verdict)).not.toContain('failed');
      expect(fetcher.networkRequests).toBe(before);
    }
  }, 60_000);

  it('check on a URL gives the diagnostics check gives on the file', async () => {
    const url = await run(['check', '--format', 'json', `${base}/real/${realFiles[2]}`, '--cache-dir', path.join(mkdtempSync(path.join(tmpdir(), 'ogi-urls-one-')), 'cache')]);
    const file = await run(['check', '--format', 'json', path.join(REAL_DIR, realFiles[2]!)]);
    const [u] = JSON.parse(url.stdout) as { file: string; diagnostics: unknown[] }[];
    const [f] = JSON.parse(file.stdout) as { file: string; diagnostics: unknown[] }[];
    expect(u!.file).toBe(`${base}/real/${realFiles[2]}`);
    // The same findings; related information points into the page read (its URL) or the file.
    const located = (ds: unknown[]) => JSON.stringify(ds).replaceAll(JSON.stringify(u!.file).slice(1, -1), '<report>').replaceAll(JSON.stringify(f!.file).slice(1, -1), '<report>');
    expect(located(u!.diagnostics)).toEqual(located(f!.diagnostics));
    expect(url.status).toBe(file.status);
  }, 60_000);

  it('check on a page read only in part says so, as check on the file does', async () => {
    const name = '219_pingtan_ziyuanshengtaiju_2023.images.html';
    const cache = path.join(mkdtempSync(path.join(tmpdir(), 'ogi-urls-partial-')), 'cache');
    const url = await run(['check', '--format', 'json', `${base}/partial/${name}`, '--cache-dir', cache]);
    const file = await run(['check', '--format', 'json', path.join(PARTIAL_IMPORT_DIR, name)]);
    const [u] = JSON.parse(url.stdout) as { status: string; warnings?: string[] }[];
    const [f] = JSON.parse(file.stdout) as { status: string; warnings?: string[] }[];
    expect(u).toMatchObject({ status: 'checked', warnings: [expect.stringMatching(/^只读到部分内容.*（html-no-article）$/)] });
    expect(u!.warnings).toEqual(f!.warnings);
    const text = await run(['check', '--no-color', `${base}/partial/${name}`, '--cache-dir', cache]);
    expect(text.stderr).toContain(`'${base}/partial/${name}'：${f!.warnings![0]}`);
  }, 60_000);

  it('names a page that returns 404 or times out as 未能检查, exit 2, and still writes the others', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'ogi-urls-bad-'));
    const r = await run(['review', `${base}/real/${realFiles[0]}`, `${base}/html/missing.html`, `${base}/slow.html`, '--timeout', '1', '--out', tmp, '--cache-dir', path.join(tmp, 'cache')]);
    expect(r.status).toBe(2);
    const csv = readFileSync(path.join(tmp, 'summary.csv'), 'utf8').trimEnd().split('\r\n');
    expect(csv).toHaveLength(4);
    expect(csv[2]).toMatch(new RegExp(`^${base}/html/missing\\.html,missing,,,html,未能检查,0,0,0,,HTTP 404（页面不存在）$`));
    expect(r.stdout).toContain(`${base}/html/missing.html：HTTP 404（页面不存在）`);
    expect(r.stdout).toContain(`${base}/slow.html：超时（1 秒内无响应）`);
    expect(r.stdout).toMatch(/^检查报告 3 份：.*未能检查 2 份/);
  }, 60_000);

  it('a second run reads the cache and does not fetch again', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'ogi-urls-cache-'));
    const args = ['check', '--format', 'json', ...realFiles.map((f) => `${base}/real/${f}`), '--cache-dir', path.join(tmp, 'cache')];
    hits.length = 0;
    const first = await run(args);
    expect(hits.filter((h) => h.startsWith('/real/')).sort()).toEqual(realFiles.map((f) => `/real/${f}`).sort());
    hits.length = 0;
    const second = await run(args);
    expect(hits).toEqual([]);
    expect(second.stdout).toBe(first.stdout);
  }, 60_000);

  it('a column page with --year gives that year’s report pages only', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'ogi-urls-col-'));
    const r = await run(['check', '--format', 'json', `${base}/column.html`, '--year', '2024', '--cache-dir', path.join(tmp, 'cache')]);
    const files = (JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file);
    expect(files).toEqual(htmlFiles().filter((f) => /^2\d\d_.*_2024\.html$/.test(f)).map((f) => `${base}/html/${f}`));
  }, 60_000);

  it('a page that only links its report follows the Word/PDF attachment and names its URL', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'ogi-urls-att-'));
    const r = await run(['check', '--format', 'json', `${base}/attachment-page.html`, '--cache-dir', path.join(tmp, 'cache')]);
    const files = (JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^${base}/pdf/.+\\.pdf$`));
  }, 60_000);
});
