/**
 * Reading a fetched web page for the links a review follows: Word/PDF attachments of a report
 * page, and on a column page (the site's 政府信息公开年报 list) the reports of one year. Pure
 * functions of the page's text.
 */

export interface Link {
  href: string;
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** The page's text without markup, scripts or styles (enough to tell a report from a list). */
export function pageText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<br\s*\/?>|<\/(p|div|tr|li|h\d|table)>/gi, '\n')
      .replace(/<\/t[dh]>/gi, '\t')
      .replace(/<[^>]+>/g, ''),
  );
}

/** Every `<a href>` of the page, made absolute against `base`. */
export function pageLinks(html: string, base: string): Link[] {
  const out: Link[] = [];
  const seen = new Set<string>();
  const re = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([\s\S]*?)<\/a\s*>/gi;
  for (let m; (m = re.exec(html)); ) {
    const raw = decodeEntities((m[1] ?? m[2] ?? m[3] ?? '').trim());
    if (!raw || /^(javascript|mailto|tel):|^#/i.test(raw)) continue;
    let href: string;
    try {
      href = new URL(raw, base).href;
    } catch {
      continue;
    }
    if (!/^https?:/.test(href) || seen.has(href)) continue;
    seen.add(href);
    out.push({ href, text: pageText(m[4] ?? '').replace(/\s+/g, ' ').trim() });
  }
  return out;
}

const ATTACHMENT = /\.(docx?|pdf|wps)(?:[?#]|$)/i;

/** Word and PDF files the page links (a report published as an attachment). */
export function attachmentLinks(html: string, base: string): Link[] {
  return pageLinks(html, base).filter((l) => ATTACHMENT.test(new URL(l.href).pathname) || ATTACHMENT.test(l.text));
}

const REPORT_LINK = /(政府信息公开|信息公开)[^，。]{0,12}(年度报告|年报)|政府信息公开工作年度报告/;

/**
 * On a column page: links to the reports of `year` (the link text names the year and a
 * 政府信息公开年度报告; 2024年度 and 2024年 both count).
 */
export function reportLinksOfYear(html: string, base: string, year: number): Link[] {
  const yearRe = new RegExp(`${year}\\s*年`);
  return pageLinks(html, base).filter((l) => REPORT_LINK.test(l.text) && yearRe.test(l.text));
}
