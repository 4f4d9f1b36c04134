/**
 * HTML importer: a saved page (the whole site around the article), an article-only copy, or
 * Word/Excel/WPS-pasted HTML → report text. The article is the smallest block holding the
 * most of the six section headings (so navigation and footers stay out); tables become
 * tab-separated rows with merged cells expanded; paragraphs become lines. The page is read in
 * one pass into a light tree that leaves scripts, styles and forms out (`html-article.ts`).
 */
import { decodeText } from './decode';
import { readPage, type HElement, type HNode } from './html-article';
import type { ImportResult } from './index';
import { picturedTablesProblem, type Placed } from './pictured-tables';
import { expandSpans, gridRowText, type SpanCell } from './table-grid';
import { collapseSpace, isoDate, joinPieces, sectionMarkCount } from './text-normal';

/** Elements that start and end a line. */
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'section', 'article', 'blockquote', 'pre', 'center',
  'dd', 'dt', 'dl', 'form', 'header', 'footer', 'nav', 'main', 'aside', 'address', 'figure', 'figcaption', 'hr', 'caption', 'body', 'html',
]);

function isElement(n: HNode): n is HElement {
  return n.type === 'tag';
}

interface Line {
  text: string;
  source?: string;
}

class Renderer {
  readonly lines: Line[] = [];
  /** Where each table and picture stood among the lines: a table published as a picture is said. */
  readonly placed: Placed[] = [];
  private pieces: string[] = [];
  private tables = 0;
  private paragraphs = 0;

  flush(): void {
    const text = joinPieces(this.pieces);
    this.pieces = [];
    if (text) this.lines.push({ text, source: `段落${++this.paragraphs}` });
  }

  node(n: HNode): void {
    if (n.type === 'text') {
      this.pieces.push(n.data);
      return;
    }
    const name = n.name;
    if (name === 'br') return this.flush();
    if (name === 'img') {
      this.placed.push({ kind: 'picture', at: this.lines.length });
      return;
    }
    if (name === 'table') {
      this.flush();
      this.placed.push({ kind: 'table', at: this.lines.length });
      this.table(n);
      return;
    }
    const block = BLOCK.has(name);
    if (block) this.flush();
    for (const c of n.children) this.node(c);
    if (block) this.flush();
  }

  private table(table: HElement): void {
    const t = ++this.tables;
    const rows: SpanCell[][] = [];
    for (const tr of rowsOf(table)) {
      rows.push(
        tr.children.filter(isElement).filter((c) => c.name === 'td' || c.name === 'th').map((cell) => ({
          text: cellText(cell),
          rowSpan: Number(cell.attribs.rowspan ?? 1),
          colSpan: Number(cell.attribs.colspan ?? 1),
        })),
      );
    }
    expandSpans(rows).forEach((cells, r) => {
      const text = gridRowText(cells);
      if (text.replace(/\t/g, '').trim()) this.lines.push({ text, source: `表格${t} 第${r + 1}行` });
    });
  }
}

/** The rows of one table (through thead/tbody/tfoot), not those of tables nested in its cells. */
function rowsOf(table: HElement): HElement[] {
  const out: HElement[] = [];
  const walk = (e: HElement) => {
    for (const c of e.children) {
      if (!isElement(c)) continue;
      if (c.name === 'tr') out.push(c);
      else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') walk(c);
    }
  };
  walk(table);
  return out;
}

/** A cell's text: its paragraphs joined into one label (a label wrapped over two lines reads whole). */
function cellText(cell: HElement): string {
  const r = new Renderer();
  for (const c of cell.children) r.node(c);
  r.flush();
  return joinPieces(r.lines.map((l) => l.text.replace(/\t/g, ' ')));
}

/** No headings as blocks of their own (one block of run-on text): the smallest element naming the most. */
function findArticleLoosely(root: HNode[]): { el: HElement | null; marks: number } {
  let loose: { el: HElement | null; marks: number; size: number } = { el: null, marks: 0, size: Infinity };
  const visit = (n: HNode): string => {
    if (n.type === 'text') return n.data;
    const text = n.children.map(visit).join('');
    const marks = sectionMarkCount(text);
    if (marks > loose.marks || (marks === loose.marks && marks > 0 && text.length < loose.size)) loose = { el: n, marks, size: text.length };
    return text;
  };
  root.forEach(visit);
  return loose;
}

const SCRIPTS = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/**
 * A quoted attribute the importer never reads, inside a tag: the value holds no `<`/`>` and the
 * tag's `>` follows before any `<` (text that merely looks like an attribute is left alone).
 */
const UNREAD_ATTRIBUTES = /\s(?:style|class|id|width|height|valign|align|border|cellpadding|cellspacing|lang|href|target|src|alt|title)\s*=\s*(?:"[^"<>]*"|'[^'<>]*')(?=[^<>]*>)/gi;

/** `page`: the page's bytes, or its text when already decoded (a web archive's part, whose header names the charset). */
export function importHtml(page: Uint8Array | string): ImportResult {
  // Scripts, styles and presentation attributes are never read; cutting them first spares the
  // parser most of a saved page (the article's cells carry long inline styles).
  const html = (typeof page === 'string' ? page : decodeText(page)).replace(SCRIPTS, '').replace(UNREAD_ATTRIBUTES, '');
  const { roots, article, meta } = readPage(html);
  const title = collapseSpace(meta.articletitle ?? meta['og:title'] ?? meta['dc.title'] ?? meta['<title>'] ?? '') || undefined;
  const publishedAt = isoDate(meta.pubdate ?? meta['article:published_time'] ?? meta['dc.date'] ?? meta.publishdate ?? meta.firstpublishedtime);
  const source = meta.url ?? meta['og:url'];
  // No block holds two headings as blocks of their own (one block of run-on text): the smallest naming the most.
  const found = article ?? findArticleLoosely(roots);
  const r = new Renderer();
  if (found.el) r.node(found.el);
  else roots.forEach((c) => r.node(c));
  r.flush();
  const lines = r.lines;
  const rendered = lines.length;
  // The title often sits outside the article block (a heading above it): put it first.
  // (A first paragraph that merely mentions 年度报告 is the introduction, not the title.)
  const hasTitle = lines.slice(0, 3).some((l) => l.text.length <= 80 && (l.text.includes(title ?? '\0') || /年度报告|年报/.test(l.text)));
  if (title && !hasTitle) lines.unshift({ text: title, source: '<meta ArticleTitle>' });
  // The publication date goes into the text, under the title, as a copied page shows it: the
  // text then checks the same (D-DEADLINE) whether it is checked as imported or saved and edited.
  if (publishedAt) {
    const titleLine = lines.slice(0, 3).findIndex((l) => l.text.length <= 80 && /年度报告|年报/.test(l.text));
    lines.splice(titleLine + 1, 0, { text: `发布时间：${publishedAt}`, source: '<meta PubDate>' });
  }
  const result: ImportResult = {
    form: 'html',
    text: lines.map((l) => l.text).join('\n') + '\n',
    meta: { ...(title ? { title } : {}), ...(publishedAt ? { publishedAt } : {}), ...(source ? { source } : {}) },
    lineSources: lines.map((l) => l.source),
  };
  if (found.marks === 0) result.problem = { code: 'html-no-article', message: '网页中未找到年报正文（六个部分的标题都不在页面中）' };
  else {
    // Positions are of the article's lines: the title and date put in front of them shift them all by the same.
    const pictured = picturedTablesProblem(lines, r.placed, lines.length - rendered);
    if (pictured) result.problem = pictured;
  }
  return result;
}
