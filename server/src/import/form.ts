/**
 * What form a report file is in: by its bytes, with its name as a hint. Government sites rename
 * files freely — Word's "save as web page" kept as `.doc`, a Word 97 file named `.docx`, a PDF
 * served as `.html` — so the name alone misreads them. This module loads no importer (the walk,
 * the language server and the review ask it before anything large is loaded) and uses no Node API.
 */

/** What was read: the JSON output's `form`. `rtf` is recognised (and named) but not read. */
export type ReportForm = 'text' | 'html' | 'mhtml' | 'docx' | 'doc' | 'pdf' | 'rtf';

const FORMS: Record<string, ReportForm> = {
  '.html': 'html',
  '.htm': 'html',
  '.shtml': 'html',
  '.xhtml': 'html',
  '.mht': 'mhtml',
  '.mhtml': 'mhtml',
  '.docx': 'docx',
  // Macro-enabled documents and templates are the same WordprocessingML zip.
  '.docm': 'docx',
  '.dotx': 'docx',
  // Word 97–2003 and WPS Office's own .wps/.wpt share one compound-file format.
  '.doc': 'doc',
  '.dot': 'doc',
  '.wps': 'doc',
  '.wpt': 'doc',
  '.rtf': 'rtf',
  '.pdf': 'pdf',
  '.txt': 'text',
  '.md': 'text',
  '.markdown': 'text',
};

/**
 * Office files a reviewer may drop into a folder of reports that no importer reads: the walk
 * names each with what to do, never passing over it in silence. (Images, archives and the like
 * are not reports and are left alone.)
 */
export const UNREAD_OFFICE: Record<string, 'odt' | 'ofd' | 'sheet'> = {
  '.odt': 'odt',
  '.ofd': 'ofd',
  '.xls': 'sheet',
  '.xlsx': 'sheet',
  '.et': 'sheet',
};

function extensionOf(fileName: string): string {
  return /\.[a-z]+$/i.exec(fileName)?.[0].toLowerCase() ?? '';
}

/** The form a file name says (by extension), or null: light enough for callers that do not read the file. */
export function formOf(fileName: string): ReportForm | null {
  return FORMS[extensionOf(fileName)] ?? null;
}

/** An office file no importer reads, by its extension (see `UNREAD_OFFICE`). */
export function unreadOfficeKind(fileName: string): 'odt' | 'ofd' | 'sheet' | null {
  return UNREAD_OFFICE[extensionOf(fileName)] ?? null;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, k) => bytes[at + k] === b);
}

/** The first kilobytes as Latin-1: enough to see a signature or a tag whatever the text's encoding. */
function head(bytes: Uint8Array, size = 4096): string {
  let s = '';
  const end = Math.min(bytes.length, size);
  for (let i = 0; i < end; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/** Image signatures: a "report" that is a scan saved under a document's name. */
export function isImage(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) ||
    startsWith(bytes, [0x42, 0x4d])
  );
}

/**
 * What a picture under a report's name is told (a scan saved as `.pdf`, `.doc` or `.txt`): here,
 * beside `isImage`, for the importers and the URL inputs.
 */
export const IMAGE_PROBLEM = { code: 'image-not-document', message: '这是一张图片（扫描件），不含可读取的文字：请找到原始的 Word 或 PDF 文件，或把年报文字录入后再检查' } as const;

/**
 * Whether the bytes may be anything but text: a compound file, or a first character (after a UTF-8
 * byte order mark and white space) that may open one — a PDF's `%`, a zip's `PK`, markup, RTF, a
 * MIME header. A text report opens with a CJK character or its year: the loader then reads it as text
 * at once, without `formOfBytes` (which makes a string of the first kilobytes, and which the
 * loader takes from the importers' bundle, so the language server's carries only this).
 */
export function mayBeDocument(bytes: Uint8Array): boolean {
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (bytes[i] !== undefined && bytes[i]! <= 0x20) i++;
  // What can open a document: `%` (PDF), `<` (markup), `{` (RTF), a letter (`PK` of a zip, a MIME
  // header); a digit or `#` opens a text report's title, which must not load the importers.
  const c = bytes[i]!;
  if (c === 0x25 || c === 0x3c || c === 0x7b || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || startsWith(bytes, OLE_MAGIC)) return true;
  // A PDF may carry a few bytes before its header: each `%` of the first KB found natively.
  const start = bytes.subarray(0, 1024);
  for (let k = start.indexOf(0x25); k >= 0; k = start.indexOf(0x25, k + 1)) if (start[k + 1] === 0x50 && start[k + 2] === 0x44 && start[k + 3] === 0x46) return true;
  return false;
}

/** Whether the bytes are a PDF or a compound file (Word 97–2003): what only the full importers read. */
export function needsFullImporters(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE_MAGIC) || head(bytes, 1024).includes('%PDF-');
}

/**
 * The form the bytes are in; the name decides only what the bytes leave open (text that may be a
 * page). Signatures first (PDF, zip, compound file, RTF), then a MIME archive's header, then
 * markup. A zip is taken for Word (its importer says what it is when it has no `word/document.xml`);
 * a compound file for Word 97–2003 (its importer says when it holds no `WordDocument` stream).
 */
export function formOfBytes(bytes: Uint8Array, fileName = ''): ReportForm {
  const named = formOf(fileName);
  const start = head(bytes);
  // A PDF may carry a few bytes before its header (the format allows up to 1 KB).
  if (head(bytes, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  if (startsWith(bytes, OLE_MAGIC)) return 'doc';
  const text = start.replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '').replace(/\x00/g, '').trimStart();
  if (text.startsWith('{\\rtf')) return 'rtf';
  if (isMimeArchive(text)) return 'mhtml';
  // Word 2003 XML and flat OPC/ODF files are Word documents no importer reads: not text, not a page.
  if (isOfficeXml(text)) return named === 'doc' || named === 'docx' ? named : 'docx';
  if (/^<(!doctype\s+html|html|head|body|meta|\?xml[^>]*>\s*<(!doctype\s+html|html))/i.test(text) || (text.startsWith('<') && /<(html|body|table|p|div)[\s>]/i.test(text))) return 'html';
  // Anything else keeps the name's form: plain text under a page's name goes to the page importer
  // (which reads it as paragraphs); under a Word or PDF name, its importer says the file is not
  // valid (a broken download is not read as a text report).
  return named ?? 'text';
}

/** Word 2003 XML (`w:wordDocument`), Word's flat XML (`pkg:package`) or a flat ODF text (`office:document`). */
export function isOfficeXml(text: string): boolean {
  return text.startsWith('<?xml') && /<(w:wordDocument|pkg:package|office:document)[\s>]/.test(text);
}

/** A MIME web archive (MHTML): a header block naming MIME-Version and a multipart/related body. */
function isMimeArchive(text: string): boolean {
  const end = text.search(/\r?\n\r?\n/);
  const headers = end < 0 ? text : text.slice(0, end);
  return /^mime-version\s*:/im.test(headers) && /^content-type\s*:\s*multipart\/related/im.test(headers.replace(/\r?\n[ \t]+/g, ' '));
}
