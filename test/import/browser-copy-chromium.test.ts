/**
 * The browser-copied fixtures are what Chromium really gives: selecting a page again and
 * pressing Ctrl+C puts the committed text on the clipboard — getSelection()'s text with each
 * no-break space made a plain one. Needs Debian's chromium and playwright-core (`cd test/e2e && npm ci`);
 * skipped without them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, loadPlaywright } from '../support/browser';
import { FORMS_DIR } from './support';

const COPY_DIR = path.join(FORMS_DIR, 'browser-copy');

interface Copier {
  show(html: string): Promise<void>;
  article(): Promise<[string, string]>;
  all(): Promise<string>;
  clipboard(): Promise<string>;
  close(): Promise<void>;
}
interface CopyScript {
  openCopier(chromium: string): Promise<Copier>;
  variantHtml(file: string): string;
  pages: string;
}

const playwright = loadPlaywright<object>();

describe.skipIf(!playwright)('browser copies made again in Chromium', () => {
  const script = createRequire(__filename)(path.join(COPY_DIR, 'make-browser-copy.cjs')) as CopyScript;
  let copier: Copier;
  beforeAll(async () => {
    copier = await script.openCopier(CHROMIUM);
  }, 60_000);
  afterAll(async () => copier?.close());

  const fixture = (name: string) => readFileSync(path.join(COPY_DIR, name), 'utf8');

  for (const file of ['210_pingtan_shijianju_2024.html', '302_pingtan_xingzhengshenpiju_2024.page.html']) {
    it(`${file}: Ctrl+C gives the committed copy`, async () => {
      await copier.show(readFileSync(path.join(script.pages, file), 'utf8'));
      const [selected, inner] = await copier.article();
      const pasted = await copier.clipboard();
      const name = file.replace(/(\.page)?\.html$/, '');
      expect(pasted).toBe(fixture(`${name}.txt`));
      expect(pasted).toBe(selected.replace(/\u00a0/g, ' '));
      expect(inner).toBe(fixture(`${name}.innertext.txt`));
    }, 60_000);
  }

  it('a variant with broken labels and typos: the committed copy', async () => {
    await copier.show(script.variantHtml('201_pingtan_nongyenongcunju_2023.html'));
    await copier.article();
    expect(await copier.clipboard()).toBe(fixture('variant_201_pingtan_nongyenongcunju_2023.txt'));
  }, 60_000);
});
