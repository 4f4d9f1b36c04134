/**
 * PDF importer: Mozilla's pdf.js reads the text layer (items with positions), `pdf-layout`
 * turns them into lines and table rows. Runs without a worker thread, a canvas or the network.
 * A PDF whose pages carry no text (a scan) gets one problem saying so, not six missing sections.
 */
import type { ImportResult } from './index';
import { layoutPages, mayHoldTable, type PdfItem, type PdfPage } from './pdf-layout';
import { rulingSegments, type PathOps, type Segment } from './pdf-ruling';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsLoaded: Promise<PdfJs> | undefined;

/** Load pdf.js once, with its worker code running in this thread (the "fake worker"). */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsLoaded ??= (async () => {
    // On load pdf.js looks for a canvas package and DOM classes it needs only to draw pages,
    // and says so on the console; we never draw, so those lines would only alarm a user.
    const log = console.log;
    console.log = (...args: unknown[]) => {
      if (!(typeof args[0] === 'string' && args[0].startsWith('Warning:'))) log(...args);
    };
    // pdf.js's legacy build swaps Array.prototype.push, for every caller in the process, for a
    // JavaScript version (core-js's fix for an engine edge case with a read-only `length` that
    // neither pdf.js nor this program meets), which makes reading a page a tenth slower and
    // everything after it too: the engine's own is put back.
    const push = Array.prototype.push;
    try {
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.log = log;
      Array.prototype.push = push;
    }
  })();
  return pdfjsLoaded;
}

/**
 * Kangxi radicals and CJK compatibility ideographs → the ideographs they stand for. A PDF's
 * text layer says which character each glyph is; browsers' PDF printers (Chromium's Skia) and
 * some office suites name the glyph of 一, 二, 工, 行, 文 … by its look-alike radical (U+2F00…),
 * so `⾏政许可` would match no label. Only these blocks are touched: full-width digits and
 * punctuation keep their form.
 */
const RADICAL = /[\u2E80-\u2FDF\uF900-\uFAFF]/g;

export function unifyRadicals(s: string): string {
  return s.replace(RADICAL, (c) => c.normalize('NFKC'));
}

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

/** The rules (cell borders) a page draws; none when its drawing cannot be read. */
async function pageRules(page: { getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }> }, ops: PathOps): Promise<Segment[]> {
  try {
    const list = await page.getOperatorList();
    return rulingSegments(list.fnArray, list.argsArray, ops);
  } catch {
    return [];
  }
}

/** Fewer visible characters than this on a page: no text layer there (a running page number at most). */
const BARE_PAGE_CHARS = 10;
/** Path drawings that make a page more than a blank or a ruled frame: text drawn as outlines. */
const DRAWN_PAGE_PATHS = 100;

/**
 * Whether a page with no text draws something: a picture (a scanned page) or many paths (text as
 * outlines). A blank page left between sections, or one with only a frame, draws neither and is
 * no missing content.
 */
async function drawsContent(page: { getOperatorList(): Promise<{ fnArray: number[] }> }, ops: PdfJs['OPS']): Promise<boolean> {
  try {
    const { fnArray } = await page.getOperatorList();
    const images = new Set<number>([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintImageXObjectRepeat, ops.paintInlineImageXObjectGroup, ops.paintImageMaskXObjectGroup, ops.paintImageMaskXObjectRepeat, ops.paintSolidColorImageMask]);
    let paths = 0;
    for (const fn of fnArray) {
      if (images.has(fn)) return true;
      if (fn === ops.constructPath && ++paths >= DRAWN_PAGE_PATHS) return true;
    }
    return false;
  } catch {
    return false;
  }
}

/** `3、4`, `3–5、8`: page numbers as a reader writes them, runs joined. */
export function pageList(pages: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    runs.push(j - i >= 2 ? `${pages[i]}–${pages[j]}` : pages.slice(i, j + 1).join('、'));
    i = j + 1;
  }
  return runs.join('、');
}

export async function importPdf(bytes: Uint8Array): Promise<ImportResult> {
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given (and refuses a Node Buffer): hand it a plain copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    const encrypted = (e as { name?: string }).name === 'PasswordException';
    return {
      form: 'pdf',
      text: '',
      meta: {},
      problem: encrypted
        ? { code: 'pdf-encrypted', message: 'PDF 文件有密码保护，无法读取' }
        : { code: 'pdf-corrupt', message: `无法读取此 PDF 文件（${(e as Error).message ?? e}）` },
    };
  }
  try {
    const pages: PdfPage[] = [];
    /** Pages with (almost) no text: a scanned page among pages with text is a partial read. */
    const bare: number[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const raw of content.items as TextItemLike[]) {
        if (typeof raw.str !== 'string' || !raw.transform) continue;
        const [a, b, , d, x, y] = raw.transform as [number, number, number, number, number, number];
        items.push({ str: unifyRadicals(raw.str), x, y, width: raw.width ?? 0, height: raw.height || Math.hypot(a, b) || Math.abs(d) || 10 });
      }
      // The drawn cell borders decide which text shares a table cell and row. Reading them costs a
      // second pass over the page's content (as much as its text), paid only by pages that may
      // hold a table: a line of numbers standing apart, or a table that may run on from the
      // page before. Prose pages and scans (no text to place) skip it.
      if (items.reduce((n, it) => n + it.str.replace(/\s/g, '').length, 0) < BARE_PAGE_CHARS) bare.push(p);
      const before = pages[pages.length - 1];
      const rules = mayHoldTable(items) || (before?.rules?.length ?? 0) > 0 ? await pageRules(page, pdfjs.OPS) : [];
      pages.push({ height: page.view[3]! - page.view[1]!, items, rules });
      page.cleanup();
    }
    const info = ((await doc.getMetadata().catch(() => null))?.info ?? {}) as { Title?: string };
    const lines = layoutPages(pages);
    const chars = lines.reduce((n, l) => n + l.text.replace(/\s/g, '').length, 0);
    const title = typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
    const result: ImportResult = {
      form: 'pdf',
      text: lines.map((l) => l.text).join('\n') + '\n',
      // A PDF's creation date is when the file was made, not when the report was published: not given.
      meta: title ? { title } : {},
      lineSources: lines.map((l) => `第${l.page}页`),
    };
    // Fewer characters than one sentence on all pages: there is no text layer to speak of.
    if (chars < 50)
      result.problem = { code: 'pdf-no-text-layer', message: `此 PDF 共 ${doc.numPages} 页，没有文字层（可能是扫描件），无法读取年报内容；请索取可复制文字的 PDF、Word 或网页版本` };
    else if (bare.length) {
      // Only now, and only for those pages, is their drawing read: most PDFs have none.
      const scanned: number[] = [];
      for (const p of bare) {
        const page = await doc.getPage(p);
        if (await drawsContent(page, pdfjs.OPS)) scanned.push(p);
        page.cleanup();
      }
      if (scanned.length)
        result.problem = {
          code: 'pdf-pages-without-text',
          message: `第 ${pageList(scanned)} 页没有文字，可能是扫描件：这些页上的内容（如表格中的数字）未能读取；请索取可复制文字的 PDF、Word 或网页版本`,
        };
    }
    return result;
  } finally {
    await doc.destroy();
  }
}
