/**
 * HTML importer: a saved page (the whole site around the article), an article-only copy, or
 * Word/Excel/WPS-pasted HTML → report text. The article is the smallest block holding the
 * most of the six section headings (so navigation and footers stay out); tables become
 * tab-separated rows with merged cells expanded; paragraphs become lines.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { decodeText } from './decode';
import type { ImportResult } from './index';
import { expandSpans, gridRowText, type SpanCell } from './table-grid';
import { collapseSpace, isoDate, joinPieces, SECTION_MARKS, sectionMarkCount } from './text-normal';

/** Elements whose text is never part of the report. */
const SKIP = new Set(['script', 'style', 'noscript', 'head', 'title', 'iframe', 'select', 'option', 'button', 'input', 'textarea', 'template', 'svg', 'object', 'map']);
/** Elements that start and end a line. */
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'section', 'article', 'blockquote', 'pre', 'center',
  'dd', 'dt', 'dl', 'form', 'header', 'footer', 'nav', 'main', 'aside', 'address', 'figure', 'figcaption', 'hr', 'caption', 'body', 'html',
]);

function isElement(n: ChildNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

interface Line {
  text: string;
  source?: string;
}

class Renderer {
  readonly lines: Line[] = [];
  private pieces: string[] = [];
  private tables = 0;
  private paragraphs = 0;

  flush(): void {
    const text = joinPieces(this.pieces);
    this.pieces = [];
    if (text) this.lines.push({ text, source: `段落${++this.paragraphs}` });
  }

  node(n: ChildNode): void {
    if (n.type === 'text') {
      this.pieces.push(n.data);
      return;
    }
    if (!isElement(n)) return;
    const name = n.name.toLowerCase();
    if (SKIP.has(name)) return;
    if (name === 'br') return this.flush();
    if (name === 'table') {
      this.flush();
      this.table(n);
      return;
    }
    const block = BLOCK.has(name);
    if (block) this.flush();
    for (const c of n.children) this.node(c);
    if (block) this.flush();
  }

  private table(table: Element): void {
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
function rowsOf(table: Element): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
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
function cellText(cell: Element): string {
  const r = new Renderer();
  for (const c of cell.children) r.node(c);
  r.flush();
  return joinPieces(r.lines.map((l) => l.text.replace(/\t/g, ' ')));
}

function textOf(n: ChildNode): string {
  if (n.type === 'text') return n.data;
  if (!isElement(n) || SKIP.has(n.name)) return '';
  return n.children.map(textOf).join('');
}

/**
 * The smallest element holding the most section headings: the article, not the page around it.
 * A heading counts where it is a short block of its own — an introduction that names all six
 * parts in one sentence is not the article.
 */
function findArticle(root: ChildNode[]): { el: Element | null; marks: number } {
  let best: { el: Element | null; marks: number; size: number } = { el: null, marks: 0, size: Infinity };
  // Per element: its text length, the headings among its short blocks (a bit per heading), and
  // its text only while short (long texts are never headings; not building them keeps this linear).
  const visit = (n: ChildNode): { len: number; heads: number; short: string | null } => {
    if (n.type === 'text') return { len: n.data.length, heads: 0, short: n.data.length <= SHORT ? n.data : null };
    if (!isElement(n) || SKIP.has(n.name)) return { len: 0, heads: 0, short: '' };
    let len = 0;
    let heads = 0;
    let short: string | null = '';
    for (const c of n.children) {
      const r = visit(c);
      len += r.len;
      heads |= r.heads;
      short = short !== null && r.short !== null && len <= SHORT ? short + r.short : null;
    }
    if (short !== null) {
      const compact = collapseSpace(short);
      if (compact.length <= HEADING_MAX) SECTION_MARKS.forEach((m, k) => compact.includes(m) && (heads |= 1 << k));
    }
    const marks = bitCount(heads);
    if (marks > best.marks || (marks === best.marks && marks > 0 && len < best.size)) best = { el: n, marks, size: len };
    return { len, heads, short };
  };
  root.forEach(visit);
  return best.marks >= 2 ? best : findArticleLoosely(root);
}

/** Text longer than this is never a heading. */
const SHORT = 200;

function bitCount(n: number): number {
  let c = 0;
  for (; n; n &= n - 1) c++;
  return c;
}

/** No headings as blocks of their own (one block of run-on text): the smallest element naming the most. */
function findArticleLoosely(root: ChildNode[]): { el: Element | null; marks: number } {
  let loose: { el: Element | null; marks: number; size: number } = { el: null, marks: 0, size: Infinity };
  const visit = (n: ChildNode): string => {
    if (n.type === 'text') return n.data;
    if (!isElement(n) || SKIP.has(n.name)) return '';
    const text = n.children.map(visit).join('');
    const marks = sectionMarkCount(text);
    if (marks > loose.marks || (marks === loose.marks && marks > 0 && text.length < loose.size)) loose = { el: n, marks, size: text.length };
    return text;
  };
  root.forEach(visit);
  return loose;
}

/** A section heading is short; a sentence naming the sections is not one. */
const HEADING_MAX = 40;

function metaOf(root: ChildNode[]): Record<string, string> {
  const meta: Record<string, string> = {};
  const visit = (n: ChildNode) => {
    if (!isElement(n)) return;
    if (n.name === 'meta') {
      const key = (n.attribs.name ?? n.attribs.property ?? '').toLowerCase();
      if (key && n.attribs.content && !(key in meta)) meta[key] = n.attribs.content;
    } else if (n.name === 'title' && !('<title>' in meta)) meta['<title>'] = collapseSpace(textOf(n));
    n.children.forEach(visit);
  };
  root.forEach(visit);
  return meta;
}

export function importHtml(bytes: Uint8Array): ImportResult {
  // Scripts and styles are never read; cutting them first spares the parser most of a saved page.
  const html = decodeText(bytes).replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const meta = metaOf(doc.children);
  const title = collapseSpace(meta.articletitle ?? meta['og:title'] ?? meta['dc.title'] ?? meta['<title>'] ?? '') || undefined;
  const publishedAt = isoDate(meta.pubdate ?? meta['article:published_time'] ?? meta['dc.date'] ?? meta.publishdate ?? meta.firstpublishedtime);
  const source = meta.url ?? meta['og:url'];
  const found = findArticle(doc.children);
  const r = new Renderer();
  if (found.el) r.node(found.el);
  else doc.children.forEach((c) => r.node(c));
  r.flush();
  const lines = r.lines;
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
  return result;
}
