import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { importReport } from '../../server/src/import/index';
import { importHtml } from '../../server/src/import/html';
import { parseReport } from '../../server/src/core/index';
import { readPage, SKIP, type HNode } from '../../server/src/import/html-article';
import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import { HTML_DIR } from '../support/corpus';
import { cellDiffs, cellsOf, expectedPages } from './support';

const enc = (s: string) => new TextEncoder().encode(s);

describe('HTML importer: the real published pages', () => {
  for (const page of expectedPages()) {
    it(`${page.file} reads to every cell of expected.jsonl`, async () => {
      const r = await importReport(page.file, readFileSync(path.join(HTML_DIR, page.file)));
      expect(r.problem).toBeUndefined();
      const cells = cellsOf(r.text);
      expect(cellDiffs(cells, page.cells)).toEqual([]);
      for (const id of page.absent_rows) expect(cells[id], id).toBeNull();
      expect(r.meta.publishedAt).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(r.meta.title).toContain('年度报告');
    });
  }

  it('a full page is read from its article: no navigation, no scripts, the title first', async () => {
    const file = '302_pingtan_xingzhengshenpiju_2024.page.html';
    const r = await importReport(file, readFileSync(path.join(HTML_DIR, file)));
    const lines = r.text.split('\n');
    expect(lines[0]).toBe('平潭综合实验区行政审批局2024年政府信息公开工作年度报告');
    expect(r.text).not.toMatch(/gklist|function\s*\(|网站地图/);
    expect(r.meta).toMatchObject({ publishedAt: '2025-01-24', title: lines[0] });
    expect(r.lineSources).toHaveLength(lines.length - 1);
  });
});

describe('HTML importer: tables, pasted Word HTML, encodings', () => {
  const report = (table: string, head = '') =>
    `<html><head>${head}<meta name="PubDate" content="2024-03-05 10:00"></head><body><div id="nav">首页 总体情况 行政复议</div>` +
    `<div class="c"><p>某局2023年政府信息公开工作年度报告</p><p>一、总体情况</p><p>二、主动公开政府信息情况</p>${table}` +
    `<p>三、收到和处理政府信息公开申请情况</p><p>四、政府信息公开行政复议、行政诉讼情况</p><p>五、存在的主要问题及改进情况</p><p>六、其他需要报告的事项</p></div></body></html>`;

  it('a cell merged down rows belongs to each row; merged across columns it is written once', () => {
    const r = importHtml(enc(report('<table><tr><td rowspan="2">甲</td><td colspan="3">7</td></tr><tr><td>1</td><td>2</td><td>3</td></tr></table>')));
    expect(r.text).toContain('甲\t7\n甲\t1\t2\t3\n');
  });

  it('Word-pasted HTML (<o:p>, spans with inline styles, &nbsp;) reads as its text', () => {
    const r = importHtml(enc(report('<table><tr><td><p class=MsoNormal><span style="font-family:宋体">行政<o:p></o:p></span><span lang=EN-US>许可</span></p></td><td><p align=center>&nbsp;12<o:p>&nbsp;</o:p></p></td></tr></table>')));
    expect(r.text).toContain('行政许可\t12\n');
    expect(r.meta.publishedAt).toBe('2024-03-05');
  });

  it('a GBK page declared as such decodes', () => {
    // "规章" in GBK, with the page declaring charset=gbk.
    const head = enc(report('<table><tr><td>XX</td><td>5</td></tr></table>', '<meta charset="gbk">'));
    const text = new TextDecoder().decode(head);
    const [before, after] = text.split('XX');
    const bytes = new Uint8Array([...enc(before!), 0xb9, 0xe6, 0xd5, 0xc2, ...enc(after!)]);
    expect(importHtml(bytes).text).toContain('规章\t5');
  });

  it('cell spans among inline styles still merge; text that only looks like an attribute stays; entities join their text', () => {
    const r = importHtml(
      enc(report('<table><tr><td style="width:40px" rowspan="2" class="x">甲</td><td valign=center style=\'border:1px\'>7</td></tr><tr><td>1</td></tr></table><p>附注 style="a" 与 A&amp;B 说明</p>')),
    );
    expect(r.text).toContain('甲\t7\n甲\t1\n');
    expect(r.text).toContain('附注 style="a" 与 A&B 说明\n');
  });

  it('empty cells where a page leaves 0 unwritten: the row reads blank cells, not a short row', () => {
    // The label spans three columns (two empty cells after it), then 自然人 … 其他 empty, then 总计.
    const row = (label: string, cells: string[]) => `<tr><td colspan="3">${label}</td>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const r = importHtml(
      enc(report(`<table>${row('一、本年新收政府信息公开申请数量', ['3', '', '', '', '', '', '3'])}${row('二、上年结转政府信息公开申请数量', ['', '', '', '', '', '', '0'])}</table>`)),
    );
    const cells = cellsOf(r.text);
    expect([cells['t3.r1.np'], cells['t3.r1.biz'], cells['t3.r1.tot']]).toEqual([3, null, 3]);
    expect([cells['t3.r2.np'], cells['t3.r2.oth'], cells['t3.r2.tot']]).toEqual([null, null, 0]);
    const model = parseReport(r.text);
    expect(model.t3!.rows.find((x) => x.id === 'r2')!.values).toHaveLength(7);
  });

  it('a page without a report says so, and never throws on junk', () => {
    expect(importHtml(enc('<html><body><p>通知公告</p></body></html>')).problem?.code).toBe('html-no-article');
    expect(() => importHtml(new Uint8Array([0, 255, 60, 116, 97, 98, 108, 101, 62, 60, 116, 100, 32, 114, 111, 119, 115, 112, 97, 110, 61, 57, 57, 57, 57, 57, 62]))).not.toThrow();
  });
});

describe('HTML importer on random tag soup', () => {
  // Pieces a saved page is made of, unclosed and misnested at random: the one-pass reader must
  // build the tree htmlparser2 would (implied closes, void elements, skipped subtrees).
  const piece = fc.constantFrom(
    '<p>', '</p>', '<div>', '</div>', '<table>', '</table>', '<tr>', '<td rowspan="2">', '<td colspan=3>', '</td>', '<br>', '</br>',
    '<script>x<y</script>', '<select><option>一、总体情况</option></select>', '<title>某局2023年年度报告</title>', '<meta name="PubDate" content="2024-01-05">',
    '<!-- 二、主动公开政府信息情况 -->', '<span>', '</span>', '<svg><title>t</title></svg>', '<form>', '<form>', '</form>',
    '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '行政许可', '12', 'A&amp;B', '&nbsp;', ' ', '\n',
  );
  const soup = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));
  /** The same page with presentation attributes on every tag, as a site's pages carry them. */
  const styled = (html: string) => html.replace(/<(p|div|td|tr|table|span)(?=[\s>])/g, '<$1 style="font-family: 宋体; width: 40px" class="MsoNormal" valign=center');

  /** htmlparser2's own DOM of the page, in the light tree's shape (skipped subtrees and comments left out). */
  const domTree = (nodes: ChildNode[]): HNode[] =>
    nodes.flatMap((n): HNode[] => {
      if (n.type === 'text') return [{ type: 'text', data: n.data }];
      if (n.type !== 'tag' || SKIP.has(n.name)) return [];
      const cell = n.name === 'td' || n.name === 'th';
      const attribs = cell ? Object.fromEntries(Object.entries(n.attribs).filter(([k]) => k === 'rowspan' || k === 'colspan')) : {};
      return [{ type: 'tag', name: n.name, attribs, children: domTree(n.children) }];
    });

  it('the one-pass reader builds the tree htmlparser2 builds', () => {
    fc.assert(
      fc.property(soup, (html) => {
        const dom = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
        expect(readPage(html).roots).toEqual(domTree(dom.children));
      }),
      { numRuns: 300 },
    );
  });

  it('…and on the real pages', () => {
    for (const page of expectedPages()) {
      const html = readFileSync(path.join(HTML_DIR, page.file), 'utf8');
      const dom = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
      expect(readPage(html).roots, page.file).toEqual(domTree(dom.children));
    }
  });

  it('never throws, and reads the same with presentation attributes added', () => {
    fc.assert(
      fc.property(soup, (html) => {
        const plain = importHtml(enc(html));
        expect(typeof plain.text).toBe('string');
        expect(importHtml(enc(styled(html))).text).toBe(plain.text);
      }),
      { numRuns: 300 },
    );
  });
});
