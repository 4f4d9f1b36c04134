/**
 * Web archives (`.mht`, `.mhtml`, and any file whose bytes are one): Chrome's "save as single
 * file", Internet Explorer's and Word's "web archive". The archive's page — its root part, or the
 * first HTML part — is decoded (quoted-printable or base64; charset from the part's header, else
 * the page's own `<meta charset>`) and read by the HTML importer; the images and style sheets
 * beside it carry no report text.
 *
 * A small reader of our own rather than a MIME library: the one that fits best, postal-mime 4, is
 * an e-mail parser — it joins every HTML part into one (a page's iframes run into the article)
 * and decodes a part without a charset header as UTF-8 whatever the page's `<meta>` says (a GBK
 * page saved by Internet Explorer reads as mojibake), without giving the part's bytes back; and at
 * ~15 KB zipped it would not fit in the editor's package, where this reader costs about 1 KB.
 */
import { decodeText } from './decode';
import { importHtml } from './html';
import type { ImportResult } from './index';

/** Bytes as one character each (binary-safe; TextDecoder's `latin1` is windows-1252 and is not). */
function binaryString(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

function bytesOf(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

/** A header block and the body after its blank line; folded header lines unfolded. */
function parsePart(raw: string): Part {
  const m = /\r?\n\r?\n/.exec(raw);
  const head = m ? raw.slice(0, m.index) : raw;
  const body = m ? raw.slice(m.index + m[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const c = line.indexOf(':');
    if (c > 0) headers.set(line.slice(0, c).trim().toLowerCase(), line.slice(c + 1).trim());
  }
  return { headers, body };
}

/** A parameter of a header value (`boundary`, `charset`, `start`), quoted or not. */
function param(value: string | undefined, name: string): string | undefined {
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value ?? '');
  return m ? (m[1] ?? m[2]) : undefined;
}

function decodeTransfer(body: string, encoding: string | undefined): Uint8Array {
  switch ((encoding ?? '').toLowerCase()) {
    case 'quoted-printable':
      return bytesOf(body.replace(/=\r?\n/g, '').replace(/=([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
    case 'base64':
      try {
        return bytesOf(atob(body.replace(/[^a-z0-9+/]/gi, '')));
      } catch {
        return new Uint8Array();
      }
    default:
      return bytesOf(body);
  }
}

/** The page's text: in the charset its header names, else as a saved page is read (BOM, `<meta>`, UTF-8, GB18030). */
function pageText(part: Part): string {
  const bytes = decodeTransfer(part.body, part.headers.get('content-transfer-encoding'));
  const declared = param(part.headers.get('content-type'), 'charset')?.toLowerCase();
  const label = declared && /^(gbk|gb2312|gb_2312|x-gbk|cp936|gb18030)/.test(declared) ? 'gb18030' : declared;
  if (label) {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown charset name: read it as any saved page.
    }
  }
  return decodeText(bytes);
}

/** The archive's page: the part the `start` parameter names, else the first HTML part. */
function rootPart(archive: Part): Part | undefined {
  const type = archive.headers.get('content-type') ?? '';
  const boundary = param(type, 'boundary');
  if (!/^multipart\//i.test(type) || !boundary) return archive;
  const parts = archive.body
    .split(new RegExp(`(?:^|\\r?\\n)--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?[ \\t]*(?=\\r?\\n|$)`))
    .slice(1)
    .map((p) => parsePart(p.replace(/^\r?\n/, '')))
    .filter((p) => p.headers.size > 0);
  const start = param(type, 'start');
  const html = (p: Part) => /^text\/html/i.test(p.headers.get('content-type') ?? '');
  return (start && parts.find((p) => p.headers.get('content-id') === start)) || parts.find(html);
}

export function importMhtml(bytes: Uint8Array): ImportResult {
  const archive = parsePart(binaryString(bytes).replace(/^(\xef\xbb\xbf)?\s+/, ''));
  const part = rootPart(archive);
  if (!part) return { form: 'mhtml', text: '', meta: {}, problem: { code: 'mhtml-no-page', message: '此网页存档（.mht）中没有网页内容：请在浏览器中打开后另存为网页（.html）或 PDF 再检查' } };
  const result = importHtml(pageText(part));
  const location = archive.headers.get('snapshot-content-location') ?? part.headers.get('content-location');
  const source = result.meta.source ?? (location && /^https?:\/\//i.test(location) ? location : undefined);
  return { ...result, form: 'mhtml', meta: { ...result.meta, ...(source ? { source } : {}) } };
}
