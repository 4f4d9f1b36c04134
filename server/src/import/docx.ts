/**
 * DOCX importer (Word, WPS, LibreOffice): the zip's WordprocessingML → report text.
 * Paragraphs become lines (with the list numbers Word generates, such as 一、（一）, which are
 * not in the text); tables become tab-separated rows with `w:gridSpan` and `w:vMerge` expanded
 * (a merged cell belongs to every row and column it spans); full-width digits in cells read
 * as digits.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { ImportResult } from './index';
import type { GridCell } from './table-grid';
import { gridLines, numberCellText, paragraphLines, type SourcedLine } from './word-lines';
import { collapseSpace, joinPieces } from './text-normal';
import { Numbering } from './docx-numbering';

function isElement(n: ChildNode): n is Element {
  return n.type === 'tag';
}

function children(e: Element, name?: string): Element[] {
  return e.children.filter(isElement).filter((c) => !name || c.name === name);
}

function child(e: Element, name: string): Element | undefined {
  return e.children.find((c): c is Element => isElement(c) && c.name === name);
}

function find(nodes: ChildNode[], name: string): Element | undefined {
  for (const n of nodes) {
    if (!isElement(n)) continue;
    if (n.name === name) return n;
    const hit = find(n.children, name);
    if (hit) return hit;
  }
  return undefined;
}

function parseXml(bytes: Uint8Array | undefined, strip = false): ChildNode[] {
  if (!bytes) return [];
  let xml = strFromU8(bytes);
  // Run, table and border formatting is most of a Word document's XML and none of its text:
  // cutting it before parsing halves the work.
  if (strip) xml = xml.replace(FORMATTING, '');
  return parseDocument(xml, { xmlMode: true, decodeEntities: true }).children;
}

const FORMATTING = /<w:(rPr|tblPr|tblPrEx|tcBorders|tblGrid|shd|tcW|tcMar|spacing|ind|rFonts)\b[^>]*?(?:\/>|>[\s\S]*?<\/w:\1>)/g;

/** The parts of the package the importer reads. */
const PARTS = new Set(['word/document.xml', 'word/numbering.xml', 'word/styles.xml', 'docProps/core.xml']);

/** Elements whose text is not the document's text (deleted revisions, field codes, drawings' alt text). */
const SKIP = new Set(['w:del', 'w:delText', 'w:instrText', 'w:pPr', 'w:rPr', 'w:tblPr', 'w:trPr', 'w:tcPr', 'w:sectPr', 'w:fldData', 'mc:Fallback']);

type Line = SourcedLine;

class Reader {
  readonly lines: Line[] = [];
  private paragraphs = 0;
  private tables = 0;

  constructor(private readonly numbering: Numbering) {}

  block(n: ChildNode): void {
    if (!isElement(n) || SKIP.has(n.name)) return;
    if (n.name === 'w:p') {
      const p = ++this.paragraphs;
      for (const line of paragraphLines(this.paragraph(n), p)) this.lines.push(line);
      return;
    }
    if (n.name === 'w:tbl') return this.table(n);
    for (const c of n.children) this.block(c);
  }

  /** A paragraph's text: its list number, then its runs; a line break inside it starts a new line. */
  paragraph(p: Element): string {
    let out = this.numbering.labelFor(p);
    const walk = (n: ChildNode) => {
      if (!isElement(n) || SKIP.has(n.name)) return;
      switch (n.name) {
        case 'w:t':
          out += n.children.map((c) => (c.type === 'text' ? c.data : '')).join('');
          return;
        case 'w:tab':
        case 'w:ptab':
          out += '\t';
          return;
        case 'w:br':
        case 'w:cr':
          out += n.attribs['w:type'] === 'page' ? '' : '\n';
          return;
        case 'w:noBreakHyphen':
          out += '-';
          return;
        case 'w:sym':
          return;
        case 'w:p':
          // A paragraph inside this one's text box (a title in a frame; a PDF converted to Word
          // puts every line in a box of its own): a line of its own, not glued to its neighbours.
          out += `\n${this.paragraph(n)}\n`;
          return;
      }
      n.children.forEach(walk);
    };
    p.children.forEach(walk);
    return out;
  }

  private cellText(tc: Element): string {
    const pieces: string[] = [];
    const walk = (n: ChildNode) => {
      if (!isElement(n) || SKIP.has(n.name)) return;
      if (n.name === 'w:p') pieces.push(this.paragraph(n).replace(/[\t\n]+/g, ' '));
      else n.children.forEach(walk);
    };
    tc.children.forEach(walk);
    return numberCellText(joinPieces(pieces));
  }

  private table(tbl: Element): void {
    const t = ++this.tables;
    const grid: GridCell[][] = [];
    let origin = 0;
    for (const tr of rowsOf(tbl)) {
      const row: GridCell[] = [];
      const r = grid.length;
      // Cells a row leaves out before its first cell (w:gridBefore) are empty.
      const before = Number(child(child(tr, 'w:trPr') ?? tr, 'w:gridBefore')?.attribs['w:val'] ?? 0) || 0;
      for (let k = 0; k < Math.min(before, 64); k++) row.push({ text: '', origin: -1 });
      for (const tc of cellsOf(tr)) {
        const pr = child(tc, 'w:tcPr');
        const span = Math.min(Math.max(Number(pr && child(pr, 'w:gridSpan')?.attribs['w:val']) || 1, 1), 64);
        const vMerge = pr && child(pr, 'w:vMerge');
        const continues = vMerge !== undefined && (vMerge.attribs['w:val'] ?? 'continue') === 'continue';
        const c = row.length;
        // A continued vertical merge repeats the cell above: it belongs to this row too.
        const above = continues ? grid[r - 1]?.[c] : undefined;
        const cell: GridCell = above ?? { text: this.cellText(tc), origin: origin++ };
        for (let k = 0; k < span; k++) row.push(cell);
      }
      grid.push(row);
    }
    for (const line of gridLines(grid, t)) this.lines.push(line);
  }
}

/** A table's rows, also those wrapped in content controls or revision marks. */
function rowsOf(tbl: Element): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    for (const c of children(e)) {
      if (c.name === 'w:tr') out.push(c);
      else if (c.name !== 'w:tbl' && !SKIP.has(c.name)) walk(c);
    }
  };
  walk(tbl);
  return out;
}

function cellsOf(tr: Element): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    for (const c of children(e)) {
      if (c.name === 'w:tc') out.push(c);
      else if (c.name !== 'w:tbl' && !SKIP.has(c.name)) walk(c);
    }
  };
  walk(tr);
  return out;
}

function coreTitle(nodes: ChildNode[]): string | undefined {
  const t = find(nodes, 'dc:title');
  const text = t ? collapseSpace(t.children.map((c) => (c.type === 'text' ? c.data : '')).join('')) : '';
  return text || undefined;
}

export function importDocx(bytes: Uint8Array): ImportResult {
  let files: Record<string, Uint8Array>;
  // What else the zip holds tells an OpenDocument, OFD or spreadsheet file apart from a broken .docx.
  const other = { odt: false, ofd: false, sheet: false };
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (f.name === 'content.xml') other.odt = true;
        else if (f.name === 'OFD.xml') other.ofd = true;
        else if (f.name === 'xl/workbook.xml') other.sheet = true;
        return PARTS.has(f.name);
      },
    });
  } catch {
    const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
    return {
      form: 'docx',
      text: '',
      meta: {},
      problem: ole
        ? { code: 'docx-is-doc', message: '这是旧版 Word（.doc）文件，请用 Word 或 WPS 另存为 .docx 后再导入' }
        : { code: 'docx-corrupt', message: '无法读取此 Word 文件：不是有效的 .docx（zip）文件' },
    };
  }
  const body = find(parseXml(files['word/document.xml'], true), 'w:body');
  if (!body) {
    const problem = other.sheet
      ? { code: 'docx-is-sheet', message: '这是 Excel 表格（.xlsx），不是 Word 文件；年报请另存为 .docx 或 PDF 后检查' }
      : other.ofd
        ? { code: 'docx-is-ofd', message: '这是 OFD 版式文件，暂不能读取：请用 OFD 阅读器或 WPS 打开后另存为（或打印为）PDF 再检查' }
        : other.odt
          ? { code: 'docx-is-odt', message: '这是 OpenDocument（.odt）文件，暂不能读取：请用 WPS、Word 或 LibreOffice 另存为 .docx 或 PDF 再检查' }
          : { code: 'docx-corrupt', message: '无法读取此 Word 文件：缺少正文（word/document.xml）' };
    return { form: 'docx', text: '', meta: {}, problem };
  }
  const numbering = new Numbering(parseXml(files['word/numbering.xml']), parseXml(files['word/styles.xml']));
  const reader = new Reader(numbering);
  body.children.forEach((c) => reader.block(c));
  // Blank paragraphs Word keeps between blocks carry nothing; collapse runs of them.
  const lines = reader.lines.filter((l, k, all) => l.text !== '' || (k > 0 && all[k - 1]!.text !== ''));
  const title = coreTitle(parseXml(files['docProps/core.xml']));
  return {
    form: 'docx',
    text: lines.map((l) => l.text).join('\n') + '\n',
    meta: title ? { title } : {},
    lineSources: lines.map((l) => l.source),
  };
}
