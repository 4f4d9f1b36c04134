/**
 * A partial read is said, not silent: a PDF with scanned pages among pages with text, and a web
 * page whose tables were published as pictures, are read with a `problem` naming what was not
 * read (the pages, the sections), which `check` and `review` show as the partial-import warning.
 * What is no missing content — a blank page, a picture beside a table, a site's logos around the
 * article — gives no problem.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadReport } from '../../server/src/cli/load';
import { REASON } from '../../server/src/cli/reasons';
import { importReport } from '../../server/src/import/index';
import { pageList } from '../../server/src/import/pdf';
import { picturedTableSections } from '../../server/src/import/pictured-tables';
import { HTML_DIR } from '../support/corpus';
import { BLANK_PAGE, pagesPdf, SCANNED_PAGE, TEXT_PAGE } from '../support/tiny-pdf';

describe('a PDF with pages that carry no text', () => {
  it('names the scanned pages among pages with text', async () => {
    const pdf = pagesPdf([TEXT_PAGE, TEXT_PAGE, SCANNED_PAGE, SCANNED_PAGE, TEXT_PAGE], { font: true });
    const r = await importReport('report.pdf', pdf);
    expect(r.problem).toEqual({ code: 'pdf-pages-without-text', message: '第 3、4 页没有文字，可能是扫描件：这些页上的内容（如表格中的数字）未能读取；请索取可复制文字的 PDF、Word 或网页版本' });
    expect(r.text).toContain('page with text');
    // check and review show it beside the findings.
    const loaded = await loadReport({ name: 'report.pdf', bytes: pdf }, 'auto');
    expect(loaded.ok && loaded.warnings).toEqual([REASON.partialImport(r.problem!)]);
  });

  it('a blank page (a frame, nothing else) is no missing content; a scan of every page is still one scan', async () => {
    expect((await importReport('a.pdf', pagesPdf([TEXT_PAGE, BLANK_PAGE, TEXT_PAGE], { font: true }))).problem).toBeUndefined();
    expect((await importReport('a.pdf', pagesPdf([TEXT_PAGE, TEXT_PAGE], { font: true }))).problem).toBeUndefined();
    expect((await importReport('a.pdf', pagesPdf([SCANNED_PAGE, SCANNED_PAGE]))).problem?.code).toBe('pdf-no-text-layer');
  });

  it('page numbers are written as a reader writes them', () => {
    expect(pageList([3])).toBe('3');
    expect(pageList([3, 4])).toBe('3、4');
    expect(pageList([3, 4, 5, 8])).toBe('3–5、8');
    expect(pageList([1, 3, 5, 6, 7, 8])).toBe('1、3、5–8');
  });
});

/** The real saved page (site around the article, 13 pictures outside it), with its article's k-th tables replaced by pictures. */
const PAGE = readFileSync(path.join(HTML_DIR, '301_pingtan_nongyenongcunju_2023.page.html'), 'utf8');
function withPictures(which: number[]): Uint8Array {
  let k = 0;
  return new TextEncoder().encode(PAGE.replace(/<table[\s\S]*?<\/table>/gi, (t) => (which.includes(k++) ? '<p style="text-align:center"><img src="/u/cms/table.png" width="600"></p>' : t)));
}

describe('a web page whose tables are pictures', () => {
  it('the page as published reads with no problem (its pictures are the site’s, outside the article)', async () => {
    expect(PAGE.match(/<img/gi)!.length).toBeGreaterThan(5);
    expect((await importReport('page.html', new TextEncoder().encode(PAGE))).problem).toBeUndefined();
  });

  it('names the sections that hold a picture where their table should be', async () => {
    expect((await importReport('page.html', withPictures([1]))).problem).toEqual({
      code: 'tables-as-pictures',
      message: '第三部分的表格是图片，其中的数字无法读取：请索取表格为文字的版本（Word、PDF 或网页），或把表格录入后再检查',
    });
    expect((await importReport('page.html', withPictures([0, 1, 2]))).problem?.message).toMatch(/^第二、三、四部分的表格是图片/);
    const loaded = await loadReport({ name: 'page.html', bytes: withPictures([0, 2]) }, 'auto');
    expect(loaded.ok && loaded.warnings[0]).toMatch(/^只读到部分内容，已检查读到的部分：第二、四部分的表格是图片.*（tables-as-pictures）$/);
  });

  it('a picture beside a section’s table, or in a section without a table, is no missing table', () => {
    const lines = ['某局2023年政府信息公开工作年度报告', '一、总体情况', '正文', '二、主动公开政府信息情况', '表\t1', '三、收到和处理政府信息公开申请情况', '表\t2', '四、政府信息公开行政复议、行政诉讼情况', '表\t3', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
    const tables = [{ kind: 'table' as const, at: 4 }, { kind: 'table' as const, at: 6 }, { kind: 'table' as const, at: 8 }];
    expect(picturedTableSections(lines, [...tables, { kind: 'picture', at: 4 }])).toEqual([]);
    expect(picturedTableSections(lines, [...tables, { kind: 'picture', at: 2 }, { kind: 'picture', at: 11 }])).toEqual([]);
    expect(picturedTableSections(lines, [tables[0]!, { kind: 'picture', at: 6 }, tables[2]!])).toEqual(['三']);
  });
});

