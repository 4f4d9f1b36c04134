/**
 * A saved page read in one streaming pass over its tags: a light tree of the text that can be
 * part of a report (script, style, forms and the like are never built), the page's metadata,
 * and which element is the article. A saved page is mostly the site around the report;
 * htmlparser2's DOM nodes for all of it were most of an import's time.
 *
 * The article is the smallest element holding the most section headings, a heading counting
 * where it is a short block of its own (an introduction naming all six parts in one sentence is
 * not the article). An element's figures — its text length, the headings among its short
 * blocks, its text while short — depend only on its children's, so they are folded up as each
 * element closes.
 */
import { Parser } from 'htmlparser2';
import { collapseSpace, SECTION_MARKS } from './text-normal';

export interface HText {
  type: 'text';
  data: string;
}

export interface HElement {
  type: 'tag';
  /** Lower-cased tag name. */
  name: string;
  /** Only what the renderer reads: `rowspan`/`colspan` of table cells. */
  attribs: { rowspan?: string; colspan?: string };
  children: HNode[];
}

export type HNode = HText | HElement;

/** Elements whose text is never part of the report: not built at all. */
export const SKIP = new Set(['script', 'style', 'noscript', 'head', 'title', 'iframe', 'select', 'option', 'button', 'input', 'textarea', 'template', 'svg', 'object', 'map']);

/** Text longer than this is never a heading. */
const SHORT = 200;
/** A section heading is short; a sentence naming the sections is not one. */
const HEADING_MAX = 40;

function bitCount(n: number): number {
  let c = 0;
  for (; n; n &= n - 1) c++;
  return c;
}

/** The headings one short text is, a bit per heading of SECTION_MARKS. */
function headingBits(short: string): number {
  // A heading holds no white space, so it is in the text exactly when it is in the collapsed
  // text: most short blocks (links, menu items) name none and need no collapsing.
  let heads = 0;
  SECTION_MARKS.forEach((m, k) => short.includes(m) && (heads |= 1 << k));
  return heads && collapseSpace(short).length <= HEADING_MAX ? heads : 0;
}

export interface PageRead {
  /** The page's top-level nodes (skipped elements left out). */
  roots: HNode[];
  /** The article, when an element holds at least two headings as blocks of their own. */
  article: { el: HElement; marks: number } | null;
  /** `<meta name|property>` contents (first of each, keys lower-cased) and the first `<title>`'s text as `<title>`. */
  meta: Record<string, string>;
}

interface Frame {
  name: string;
  /** null inside a skipped element. */
  el: HElement | null;
  len: number;
  heads: number;
  short: string | null;
  /** A `<meta>`'s attributes (first of each). */
  metaAttrs?: Record<string, string>;
}

const CELL_SPANS = new Set(['rowspan', 'colspan']);
const META_ATTRS = new Set(['name', 'property', 'content']);

export function readPage(html: string): PageRead {
  const meta: Record<string, string> = {};
  const root: HElement = { type: 'tag', name: '', attribs: {}, children: [] };
  const stack: Frame[] = [{ name: '', el: root, len: 0, heads: 0, short: '' }];
  let best: { el: HElement | null; marks: number; size: number } = { el: null, marks: 0, size: Infinity };
  // Consecutive text events are one text node (as in a DOM): `a&amp;b` comes as three.
  let lastText: HText | null = null;
  let title: string | null = null;
  let inTitle = false;

  const parser = new Parser(
    {
      onopentagname(name) {
        lastText = null;
        const parent = stack[stack.length - 1]!;
        let el: HElement | null = null;
        if (parent.el && !SKIP.has(name)) {
          el = { type: 'tag', name, attribs: {}, children: [] };
          parent.el.children.push(el);
        }
        stack.push({ name, el, len: 0, heads: 0, short: '', ...(name === 'meta' ? { metaAttrs: {} } : {}) });
        if (name === 'title' && title === null) {
          inTitle = true;
          title = '';
        }
      },
      onattribute(name, value) {
        const f = stack[stack.length - 1]!;
        if (f.metaAttrs) {
          if (META_ATTRS.has(name) && !(name in f.metaAttrs)) f.metaAttrs[name] = value;
        } else if (f.el && (f.name === 'td' || f.name === 'th') && CELL_SPANS.has(name)) {
          const attribs = f.el.attribs as Record<string, string>;
          if (!(name in attribs)) attribs[name] = value;
        }
      },
      ontext(data) {
        if (inTitle) title += data;
        const f = stack[stack.length - 1]!;
        if (!f.el) return;
        if (lastText) lastText.data += data;
        else f.el.children.push((lastText = { type: 'text', data }));
        f.len += data.length;
        // Adding a text longer than SHORT makes the element's text long: its length says so.
        f.short = f.short !== null && f.len <= SHORT ? f.short + data : null;
      },
      oncomment() {
        lastText = null;
      },
      onprocessinginstruction() {
        lastText = null;
      },
      onclosetag(name) {
        lastText = null;
        if (stack.length < 2) return;
        const f = stack.pop()!;
        if (f.metaAttrs) {
          const key = (f.metaAttrs.name ?? f.metaAttrs.property ?? '').toLowerCase();
          if (key && f.metaAttrs.content && !(key in meta)) meta[key] = f.metaAttrs.content;
        }
        if (name === 'title' && inTitle) {
          inTitle = false;
          meta['<title>'] ??= collapseSpace(title ?? '');
        }
        // A skipped element adds nothing to its parent, as a comment adds nothing.
        if (!f.el) return;
        if (f.short !== null) f.heads |= headingBits(f.short);
        const marks = bitCount(f.heads);
        if (marks > best.marks || (marks === best.marks && marks > 0 && f.len < best.size)) best = { el: f.el, marks, size: f.len };
        const parent = stack[stack.length - 1]!;
        parent.len += f.len;
        parent.heads |= f.heads;
        parent.short = parent.short !== null && f.short !== null && parent.len <= SHORT ? parent.short + f.short : null;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { roots: root.children, article: best.el && best.marks >= 2 ? { el: best.el, marks: best.marks } : null, meta };
}
