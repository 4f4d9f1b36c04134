/**
 * index.html in a real browser: Chromium (playwright-core from test/e2e) opens the page from
 * disk, with no console error, draws the charts, sorts and filters the table. Skipped when
 * /usr/bin/chromium or test/e2e's playwright-core is absent. `OGI_SCREENSHOT=path` also saves
 * a screenshot (the README's).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { CHROMIUM, loadPlaywright } from '../support/browser';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REAL_DIR } from '../support/corpus';

const root = path.resolve(__dirname, '../..');
/** The few playwright-core calls used here (its types live in test/e2e's node_modules, not the root's). */
/** A DOM element as the page functions see it (the test's tsconfig has no DOM lib). */
interface El {
  textContent: string | null;
  children: ArrayLike<El>;
  querySelectorAll(s: string): Iterable<El & { getAttribute(n: string): string | null }>;
  getBoundingClientRect(): { width: number; height: number };
}
interface Page {
  on(event: 'console', f: (m: { type(): string; text(): string }) => void): void;
  on(event: 'pageerror', f: (e: Error) => void): void;
  on(event: 'request', f: (r: { url(): string }) => void): void;
  goto(url: string): Promise<unknown>;
  $$eval<T>(selector: string, f: (els: El[]) => T): Promise<T>;
  click(selector: string): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  selectOption(selector: string, value: string): Promise<unknown>;
  textContent(selector: string): Promise<string | null>;
  screenshot(o: { path: string; fullPage: boolean }): Promise<unknown>;
}
interface Browser {
  newPage(o: { viewport: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}
interface Playwright {
  chromium: { launch(o: { executablePath: string; args: string[] }): Promise<Browser> };
}

const playwright = loadPlaywright<Playwright>();
const available = playwright !== null;

describe.skipIf(!available)('index.html in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'ogi-html-')), 'o');
    try {
      execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), 'review', REAL_DIR, '--out', out], { cwd: root, stdio: 'pipe' });
    } catch {
      // exit 1: the corpus has reports with errors
    }
    browser = await playwright!.chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) problems.push(`network: ${r.url()}`);
    });
    await page.goto(pathToFileURL(path.join(out, 'index.html')).href);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('renders with no console error and no network request, and draws the three charts', async () => {
    expect(problems).toEqual([]);
    const charts = await page.$$eval('svg.chart', (svgs) => svgs.map((s) => ({ rects: [...s.querySelectorAll('rect')].filter((r) => Number(r.getAttribute('width')) > 0).length, width: s.getBoundingClientRect().width, height: s.getBoundingClientRect().height })));
    expect(charts).toHaveLength(3);
    for (const c of charts) {
      expect(c.rects).toBeGreaterThan(5);
      expect(c.width).toBeGreaterThan(200);
      expect(c.height).toBeGreaterThan(100);
    }
    if (process.env.OGI_SCREENSHOT) await page.screenshot({ path: process.env.OGI_SCREENSHOT, fullPage: false });
  });

  it('sorts by a column and filters the rows', async () => {
    await page.click('th:nth-child(6)'); // 错误, ascending
    await page.click('th:nth-child(6)'); // descending
    const errors = await page.$$eval('#reports tbody tr', (rows) => rows.map((r) => Number(r.children[5]!.textContent)));
    expect(errors).toEqual([...errors].sort((a, b) => b - a));
    expect(errors[0]).toBeGreaterThan(0);
    await page.fill('#q', '洪泽区');
    expect(await page.textContent('#shown')).toBe('2');
    await page.fill('#q', '');
    await page.selectOption('#verdict', 'pass');
    const passing = await page.$$eval('#reports tbody tr', (rows) => rows.filter((r) => r.textContent!.includes('通过')).length);
    expect(passing).toBeGreaterThan(0);
    expect(await page.textContent('#shown')).toBe(String(passing));
    expect(problems).toEqual([]);
  });
});
