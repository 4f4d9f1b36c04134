/**
 * From URLs to reports to review: a report page is one report; a page that only links its
 * report as a Word/PDF attachment gives the attachments; a column page with `year` gives that
 * year's report pages (and their attachments). Every URL that fails is kept as a failed input
 * so the review names it.
 */
import { isLikelyReport } from '../core/index';
import { formOf, formOfBytes, IMAGE_PROBLEM, isImage, type ReportForm } from '../import/form';
import type { ReviewInput } from '../review/run';
import { attachmentLinks, pageText, reportLinksOfYear } from './links';
import type { Fetcher, Fetched } from './fetch';

/**
 * The form of a fetched body: its bytes first (`formOfBytes`), since sites serve a PDF as
 * `text/html`, a web archive as `application/octet-stream` at `…/download?id=3`, a Word file
 * with no extension; the content type and the path's extension only where the bytes leave it
 * open (text under a page's type is read as a page; under a document's type the importer says
 * the download is broken). `null`: a picture, which holds no text to read.
 */
function formOfFetched(url: string, f: Extract<Fetched, { bytes: Uint8Array }>): ReportForm | null {
  if (isImage(f.bytes)) return null;
  const named = formOf(new URL(url).pathname);
  const byType: ReportForm | null = /html|xml/i.test(f.contentType) ? 'html' : /pdf/i.test(f.contentType) ? 'pdf' : /msword|wps/i.test(f.contentType) ? 'doc' : /word|officedocument/i.test(f.contentType) ? 'docx' : /text\/plain/i.test(f.contentType) ? 'text' : null;
  const hint = named ?? byType;
  const form = formOfBytes(f.bytes, hint ? `report.${hint}` : '');
  if (form !== 'text') return form;
  // Text the bytes do not call a page: a report saved as text.
  return hint ?? 'text';
}

function charsetOf(f: Extract<Fetched, { bytes: Uint8Array }>): string {
  const header = /charset=["']?([\w-]+)/i.exec(f.contentType)?.[1];
  const meta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(new TextDecoder('latin1').decode(f.bytes.subarray(0, 4096)))?.[1];
  return (header ?? meta ?? 'utf-8').toLowerCase();
}

function decodePage(f: Extract<Fetched, { bytes: Uint8Array }>): string {
  try {
    return new TextDecoder(charsetOf(f)).decode(f.bytes);
  } catch {
    return new TextDecoder().decode(f.bytes);
  }
}

/**
 * A fetched report. Its bytes are read again from the fetch cache when the cache holds them, so
 * a review of a column page's hundreds of reports does not keep them all; without a cache they
 * stay in the input (never a second request to the site).
 */
function fileInput(url: string, f: Extract<Fetched, { bytes: Uint8Array }>, form?: ReviewInput['form']): ReviewInput {
  return { name: url, uri: url, url, ...(f.cached ? { path: f.cached } : { bytes: f.bytes }), explicit: true, ...(form ? { form } : {}) };
}

async function fromPage(url: string, fetcher: Fetcher, year: number | undefined, depth: number): Promise<ReviewInput[]> {
  const f = await fetcher.get(url);
  if ('error' in f) return [{ name: url, uri: url, url, error: f.error }];
  const form = formOfFetched(url, f);
  if (!form) return [{ name: url, uri: url, url, error: `${IMAGE_PROBLEM.message}（${IMAGE_PROBLEM.code}）` }];
  if (form !== 'html') return [fileInput(url, f, form)];
  const html = decodePage(f);
  if (year !== undefined && depth === 0) {
    const links = reportLinksOfYear(html, f.url, year);
    if (links.length) return (await Promise.all(links.map((l) => fromPage(l.href, fetcher, undefined, depth + 1)))).flat();
  }
  // The page holds the report itself (its tables are on the page).
  if (isLikelyReport(pageText(html))) return [fileInput(url, f, 'html')];
  const attachments = depth < 2 ? attachmentLinks(html, f.url) : [];
  if (attachments.length) return (await Promise.all(attachments.map((l) => fromPage(l.href, fetcher, undefined, depth + 1)))).flat();
  // Neither a report nor links to one: checked as it is, so the review says why it failed.
  return [fileInput(url, f, 'html')];
}

/** Every report the URLs lead to, in the order given (failed pages included). */
export async function inputsFromUrls(urls: readonly string[], fetcher: Fetcher, year?: number): Promise<ReviewInput[]> {
  return (await Promise.all(urls.map((u) => fromPage(u, fetcher, year, 0)))).flat();
}

/** A `--urls` file: one URL a line; blank lines and `#` comments skipped. */
export function parseUrlList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export function isUrl(operand: string): boolean {
  return /^https?:\/\//i.test(operand);
}
