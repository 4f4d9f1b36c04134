/**
 * One loader for `check` and `review` (`cli/load.ts`): read or refuse, decode text or import a
 * page, Word file or PDF. A page read in part is loaded with the importer's problem as a
 * warning; a file with a problem and no text is not loaded, with the problem as the reason.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadReport } from '../../server/src/cli/load';
import { REASON } from '../../server/src/cli/reasons';
import { PARTIAL_IMPORT_DIR, REAL_DIR } from '../support/corpus';
import { scanWithAFewWords, scanWithoutText } from '../support/tiny-pdf';

const IMAGES_PAGE = path.join(PARTIAL_IMPORT_DIR, '219_pingtan_ziyuanshengtaiju_2023.images.html');

describe('loadReport', () => {
  it('a page whose body is pictures: loaded with what could be read, the importer’s problem as a warning', async () => {
    const r = await loadReport({ name: IMAGES_PAGE, path: IMAGES_PAGE }, 'auto');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.form).toBe('html');
    expect(r.text).toMatch(/^平潭综合实验区自然资源与生态环境局2023年政府信息公开工作年度报告\n/);
    expect(r.warnings).toEqual([REASON.partialImport({ code: 'html-no-article', message: '网页中未找到年报正文（六个部分的标题都不在页面中）' })]);
    expect(r.published).toBe('2024-01-05');
    // An imported file is never written back.
    expect(r.source).toBeUndefined();
  });

  it('the same from bytes in memory (a fetched page), the form from the name or given', async () => {
    const bytes = readFileSync(IMAGES_PAGE);
    const byName = await loadReport({ name: 'https://example.gov.cn/a/report.html', bytes }, 'auto');
    const given = await loadReport({ name: 'https://example.gov.cn/show?id=3', form: 'html', bytes }, 'auto');
    expect(byName).toMatchObject({ ok: true, form: 'html' });
    expect(given).toEqual(byName);
  });

  it('a scan with a few words of text: loaded, with the scan said; a scan with none: not loaded, the problem the reason', async () => {
    const some = await loadReport({ name: 'scan.pdf', bytes: scanWithAFewWords() }, 'auto');
    expect(some).toMatchObject({ ok: true, form: 'pdf' });
    if (some.ok) {
      expect(some.text).toContain('Scanned 2023');
      expect(some.warnings).toHaveLength(1);
      expect(some.warnings[0]).toMatch(/^只读到部分内容，已检查读到的部分：此 PDF 共 1 页，没有文字层.*（pdf-no-text-layer）$/);
    }
    const none = await loadReport({ name: 'scan.pdf', bytes: scanWithoutText() }, 'auto');
    expect(none).toMatchObject({ ok: false, form: 'pdf' });
    if (!none.ok) expect(none.reason).toMatch(/^此 PDF 共 1 页，没有文字层.*（pdf-no-text-layer）$/);
  });

  it('text: decoded with its doubts as warnings, and what a safe write needs when it came from disk', async () => {
    const file = path.join(REAL_DIR, '001_hongzequ_2023.txt');
    const r = await loadReport({ name: file, path: file }, 'auto');
    expect(r).toMatchObject({ ok: true, form: 'text', warnings: [] });
    if (r.ok) expect(r.source?.decoded.encoding).toBe('utf8');
    const stray = await loadReport({ name: '<stdin>', bytes: Buffer.concat([readFileSync(file), Buffer.from([0xff])]) }, 'auto');
    expect(stray.ok && stray.warnings[0]).toMatch(/不是有效的 UTF-8/);
    // Standard input is never written back.
    expect(stray.ok && stray.source).toBeUndefined();
  });

  it('what cannot be read: the reason in the words check and review share, never a throw', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ogi-load-'));
    const bin = path.join(dir, 'data.txt');
    writeFileSync(bin, Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0]));
    expect(await loadReport({ name: bin, path: bin }, 'auto')).toEqual({ ok: false, form: 'text', reason: REASON.notText });
    const missing = await loadReport({ name: path.join(dir, 'gone.txt'), path: path.join(dir, 'gone.txt') }, 'auto');
    expect(missing).toMatchObject({ ok: false, form: 'text' });
    expect(!missing.ok && missing.reason).toMatch(/文件不存在/);
    const broken = await loadReport({ name: 'broken.docx', bytes: new TextEncoder().encode('not a zip') }, 'auto');
    expect(broken).toMatchObject({ ok: false, form: 'docx' });
  });
});
