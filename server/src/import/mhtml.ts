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

const ASCII = new TextDecoder('latin1');

/** Where `needle` (ASCII) first occurs in `bytes` at or after `from`, or -1. */
function find(bytes: Uint8Array, needle: string, from = 0): number {
  const first = needle.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first, from); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

interface Part {
  headers: Map<string, string>;
  body: Uint8Array;
}

/** A header block (ASCII) and the body after its blank line; folded header lines unfolded. */
function parsePart(raw: Uint8Array): Part {
  const crlf = find(raw, '\r\n\r\n');
  const lf = find(raw, '\n\n');
  const [end, gap] = crlf >= 0 && (lf < 0 || crlf < lf) ? [crlf, 4] : lf >= 0 ? [lf, 2] : [raw.length, 0];
  const headers = new Map<string, string>();
  for (const line of ASCII.decode(raw.subarray(0, end)).replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const c = line.indexOf(':');
    if (c > 0) headers.set(line.slice(0, c).trim().toLowerCase(), line.slice(c + 1).trim());
  }
  return { headers, body: raw.subarray(Math.min(raw.length, end + gap)) };
}

/** A parameter of a header value (`boundary`, `charset`, `start`), quoted or not. */
function param(value: string | undefined, name: string): string | undefined {
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value ?? '');
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Each byte's value as a hex digit, or -1. */
const HEX = new Int8Array(256).fill(-1);
for (let d = 0; d < 16; d++) HEX['0123456789ABCDEF'.charCodeAt(d)] = HEX['0123456789abcdef'.charCodeAt(d)] = d;

/** Quoted-printable in one pass over the bytes (a Chinese page is mostly `=XX`). */
function unquote(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length);
  const last = body.length;
  let n = 0;
  let i = 0;
  while (i < last) {
    const c = body[i]!;
    if (c !== 61) {
      out[n++] = c;
      i++;
      continue;
    }
    const hi = i + 2 < last ? HEX[body[i + 1]!]! : -1;
    const lo = hi >= 0 ? HEX[body[i + 2]!]! : -1;
    if (lo >= 0) {
      out[n++] = (hi << 4) | lo;
      i += 3;
    } else if (body[i + 1] === 10) i += 2;
    else if (body[i + 1] === 13 && body[i + 2] === 10) i += 3;
    else {
      out[n++] = c;
      i++;
    }
  }
  return out.subarray(0, n);
}

function decodeTransfer(body: Uint8Array, encoding: string | undefined): Uint8Array {
  switch ((encoding ?? '').toLowerCase()) {
    case 'quoted-printable':
      return unquote(body);
    case 'base64':
      try {
        const binary = atob(ASCII.decode(body).replace(/[^a-z0-9+/]/gi, ''));
        const out = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
        return out;
      } catch {
        return new Uint8Array();
      }
    default:
      return body;
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
  const delimiter = `--${boundary}`;
  const parts: Part[] = [];
  // Each part runs from the line after a delimiter to the line break before the next one.
  for (let at = find(archive.body, delimiter); at >= 0; ) {
    const lineEnd = archive.body.indexOf(10, at);
    if (lineEnd < 0 || archive.body[at + delimiter.length] === 45) break;
    const next = find(archive.body, `\n${delimiter}`, lineEnd);
    const end = next < 0 ? archive.body.length : archive.body[next - 1] === 13 ? next - 1 : next;
    const part = parsePart(archive.body.subarray(lineEnd + 1, end));
    if (part.headers.size) parts.push(part);
    at = next < 0 ? -1 : next + 1;
  }
  const start = param(type, 'start');
  const html = (p: Part) => /^text\/html/i.test(p.headers.get('content-type') ?? '');
  return (start && parts.find((p) => p.headers.get('content-id') === start)) || parts.find(html);
}

export function importMhtml(bytes: Uint8Array): ImportResult {
  // A BOM or blank lines before the archive's header are skipped.
  let skip = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (skip < bytes.length && (bytes[skip] === 10 || bytes[skip] === 13 || bytes[skip] === 32 || bytes[skip] === 9)) skip++;
  const archive = parsePart(bytes.subarray(skip));
  const part = rootPart(archive);
  if (!part) return { form: 'mhtml', text: '', meta: {}, problem: { code: 'mhtml-no-page', message: '此网页存档（.mht）中没有网页内容：请在浏览器中打开后另存为网页（.html）或 PDF 再检查' } };
  const result = importHtml(pageText(part));
  const location = archive.headers.get('snapshot-content-location') ?? part.headers.get('content-location');
  const source = result.meta.source ?? (location && /^https?:\/\//i.test(location) ? location : undefined);
  return { ...result, form: 'mhtml', meta: { ...result.meta, ...(source ? { source } : {}) } };
}
