/**
 * Word 97–2003 importer (`.doc`, and WPS Office's `.wps`, written in the same format): the body's
 * paragraphs and tables → report text, with tables as tab-separated rows, a cell merged down rows
 * repeated in each row (as `docx.ts` does). Header, footer, footnote and text-box text live in
 * character ranges of their own after the body's: header, footer and footnote text is never read
 * into it, a text box's text is read where the box is anchored (as from a .docx); text deleted
 * with change tracking on, or hidden, is left out.
 *
 * The compound file (the .doc container) is read by SheetJS's `cfb`. The Word streams are read
 * here, because no well-kept npm reader keeps a table's rows: `word-extractor` 1.0.4 turns both
 * the cell mark and the row-end mark (both character 7) into a tab, so a row with an empty last
 * cell runs into the next row and the cells of the 申请 table cannot be told apart. What tells
 * them apart is the paragraph's properties (sprmPFTtp: "this mark ends a row"), which this module
 * reads from the PAPX pages ([MS-DOC] 2.4.1 text, 2.4.2 paragraph properties, 2.9.x structures).
 */
import * as CFB from 'cfb';
import type { ImportResult, ImportProblem } from './index';
import { Bytes, Corrupt, OPERAND_SIZE } from './doc-bytes';
import { DocNumbering, type ListRef } from './doc-numbering';
import { gridRowText, type GridCell } from './table-grid';
import { asciiDigits, collapseSpace, joinPieces } from './text-normal';

const ADVICE = '请用 Word 或 WPS 打开后另存为 .docx 或 PDF 再检查';

function problem(code: string, message: string): ImportResult {
  return { form: 'doc', text: '', meta: {}, problem: { code, message } satisfies ImportProblem };
}

/** A run of text in the WordDocument stream: CPs [cp, cpEnd) at byte `fc`, one or two bytes a character. */
interface Piece {
  cp: number;
  cpEnd: number;
  fc: number;
  compressed: boolean;
}

/** A table row's layout, from sprmTDefTable in its row-end paragraph. */
interface RowLayout {
  /** Cell boundaries in twips: cell k runs from edges[k] to edges[k + 1]. */
  edges: number[];
  /** Per cell: merged with the cell above (a continued vertical merge). */
  continues: boolean[];
}

/** What a paragraph mark says about its paragraph. */
interface ParaProps {
  inTable: boolean;
  rowEnd: boolean;
  layout?: RowLayout;
  /** The paragraph's style, and its own list sprms (a list item's number is not in the text). */
  istd: number;
  list: ListRef;
}

const NO_PROPS: ParaProps = { inTable: false, rowEnd: false, istd: 0, list: {} };


const SPRM_P_F_IN_TABLE = 0x2416;
const SPRM_P_F_TTP = 0x2417;
const SPRM_P_HUGE_PAPX = 0x6646;
const SPRM_T_DEF_TABLE = 0xd608;
const SPRM_T_VERT_MERGE = 0xd62b;
const SPRM_P_CHG_TABS = 0xc615;
const SPRM_P_ILVL = 0x260a;
const SPRM_P_ILFO = 0x460b;

/** Reads a paragraph's property list (grpprl); `data` is the Data stream that huge lists live in. */
function readProps(grpprl: Uint8Array, data: Bytes | null, istd: number, depth = 0): ParaProps {
  const g = new Bytes(grpprl);
  const props: ParaProps = { inTable: false, rowEnd: false, istd, list: {} };
  let i = 0;
  while (i + 2 <= grpprl.length) {
    const sprm = g.u16(i);
    i += 2;
    let size = OPERAND_SIZE[sprm >> 13]!;
    let operand = i;
    if (sprm === SPRM_T_DEF_TABLE) {
      size = g.u16(i) - 1;
      operand = i + 2;
      i += 2;
    } else if (sprm === SPRM_P_CHG_TABS) {
      // Its own length rules (a 255 length is followed by two lists); tabs do not matter here.
      if (i >= grpprl.length || g.u8(i) === 255) break;
      size = g.u8(i);
      operand = i + 1;
      i += 1;
    } else if (size < 0) {
      if (i >= grpprl.length) break;
      size = g.u8(i);
      operand = i + 1;
      i += 1;
    }
    if (operand + size > grpprl.length) break;
    switch (sprm) {
      case SPRM_P_F_IN_TABLE:
        props.inTable = g.u8(operand) !== 0;
        break;
      case SPRM_P_F_TTP:
        props.rowEnd = g.u8(operand) !== 0;
        break;
      case SPRM_P_ILVL:
        props.list.ilvl = g.u8(operand);
        break;
      case SPRM_P_ILFO:
        props.list.ilfo = g.i16(operand);
        break;
      case SPRM_T_DEF_TABLE:
        props.layout = rowLayout(g.slice(operand, size));
        break;
      case SPRM_T_VERT_MERGE: {
        const cell = g.u8(operand);
        const flag = g.u8(operand + 1);
        if (props.layout && cell < props.layout.continues.length) props.layout.continues[cell] = flag === 1 || flag === 2;
        break;
      }
      case SPRM_P_HUGE_PAPX:
        // A list too long for its page lives in the Data stream: a 2-byte length, then the list.
        if (data && depth === 0) {
          const at = g.u32(operand);
          const more = readProps(data.slice(at + 2, data.u16(at)), null, istd, 1);
          props.inTable ||= more.inTable;
          props.rowEnd ||= more.rowEnd;
          props.layout ??= more.layout;
          props.list.ilfo ??= more.list.ilfo;
          props.list.ilvl ??= more.list.ilvl;
        }
        break;
    }
    i = operand + size;
  }
  return props;
}

/** TDefTableOperand: cell count, the cells' edges, then a 20-byte TC80 per cell (bits 5–6: vertical merge). */
function rowLayout(op: Uint8Array): RowLayout {
  const b = new Bytes(op);
  const cells = b.u8(0);
  const edges: number[] = [];
  for (let k = 0; k <= cells; k++) edges.push(b.i16(1 + 2 * k));
  const tcs = 1 + 2 * (cells + 1);
  const continues: boolean[] = [];
  for (let k = 0; k < cells; k++) {
    const at = tcs + 20 * k;
    const vertMerge = at + 2 <= op.length ? (b.u16(at) >> 5) & 3 : 0;
    continues.push(vertMerge === 1 || vertMerge === 2);
  }
  return { edges, continues };
}

/** Paragraph properties by byte position: the PAPX pages (FKPs) the bin table points to. */
class ParagraphIndex {
  private starts: number[] = [];
  private ends: number[] = [];
  private grpprls: ({ istd: number; grpprl: Uint8Array } | null)[] = [];
  private cache = new Map<number, ParaProps>();

  constructor(
    word: Bytes,
    table: Bytes,
    fc: number,
    lcb: number,
    private readonly data: Bytes | null,
  ) {
    const n = Math.floor((lcb - 4) / 8);
    for (let k = 0; k < n; k++) {
      const pn = table.u32(fc + 4 * (n + 1) + 4 * k) & 0x3fffff;
      const page = word.slice(pn * 512, 512);
      const p = new Bytes(page);
      const runs = page[511]!;
      for (let r = 0; r < runs; r++) {
        const offset = 2 * p.u8(4 * (runs + 1) + 13 * r);
        this.starts.push(p.u32(4 * r));
        this.ends.push(p.u32(4 * (r + 1)));
        if (offset === 0) {
          this.grpprls.push(null);
          continue;
        }
        // PapxInFkp: a count of 2-byte words (0: the next byte holds it), then the style (2 bytes) and the list.
        const cb = p.u8(offset);
        const length = cb === 0 ? 2 * p.u8(offset + 1) : 2 * cb - 1;
        const from = cb === 0 ? offset + 2 : offset + 1;
        this.grpprls.push(length >= 2 ? { istd: p.u16(from), grpprl: p.slice(from + 2, Math.max(0, Math.min(length, 512 - from) - 2)) } : null);
      }
    }
  }

  /** The properties of the paragraph whose mark is at byte `fc`. */
  at(fc: number): ParaProps {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid]! <= fc) lo = mid + 1;
      else if (this.starts[mid]! > fc) hi = mid - 1;
      else {
        const cached = this.cache.get(mid);
        if (cached) return cached;
        const papx = this.grpprls[mid];
        const props = papx ? readProps(papx.grpprl, this.data, papx.istd) : NO_PROPS;
        this.cache.set(mid, props);
        return props;
      }
    }
    return NO_PROPS;
  }
}

const SPRM_C_F_R_MARK_DEL = 0x0800;
const SPRM_C_F_VANISH = 0x083c;

/**
 * Text a reader does not see, by byte position: deleted with change tracking on (sprmCFRMarkDel),
 * or hidden (sprmCFVanish). A deleted number left in a cell would read as the cell's value.
 */
class UnseenText {
  private starts: number[] = [];
  private ends: number[] = [];
  private last = 0;

  constructor(word: Bytes, table: Bytes, fc: number, lcb: number) {
    const n = Math.floor((lcb - 4) / 8);
    for (let k = 0; k < n; k++) {
      const pn = table.u32(fc + 4 * (n + 1) + 4 * k) & 0x3fffff;
      const p = new Bytes(word.slice(pn * 512, 512));
      const runs = p.u8(511);
      for (let r = 0; r < runs; r++) {
        const offset = 2 * p.u8(4 * (runs + 1) + r);
        if (offset === 0 || !unseen(p, offset)) continue;
        this.starts.push(p.u32(4 * r));
        this.ends.push(p.u32(4 * (r + 1)));
      }
    }
  }

  /** Whether the character at byte `fc` is deleted or hidden. */
  has(fc: number): boolean {
    if (!this.starts.length) return false;
    // Characters are asked in order within a piece: try the run found last first.
    const k = this.starts[this.last]! <= fc && fc < this.ends[this.last]! ? this.last : this.starts.findIndex((s, i) => s <= fc && fc < this.ends[i]!);
    if (k < 0) return false;
    this.last = k;
    return true;
  }
}

/** The deleted and hidden runs; a broken character-property table only loses that (the text is still read). */
function unseenTextOf(word: Bytes, table: Bytes, fc: number, lcb: number): UnseenText {
  try {
    return new UnseenText(word, table, fc, lcb);
  } catch {
    return new UnseenText(word, table, 0, 0);
  }
}

/** A CHPX (a count byte, then sprms) marking its run deleted or hidden. */
function unseen(page: Bytes, offset: number): boolean {
  const end = Math.min(512, offset + 1 + page.u8(offset));
  let i = offset + 1;
  while (i + 2 <= end) {
    const sprm = page.u16(i);
    i += 2;
    let size = OPERAND_SIZE[sprm >> 13]!;
    if (size < 0) size = 1 + page.u8(i);
    // A toggle: 1 on, 0x81 the opposite of the style's (and no style deletes or hides text).
    if ((sprm === SPRM_C_F_R_MARK_DEL || sprm === SPRM_C_F_VANISH) && i < end && (page.u8(i) & 1) === 1) return true;
    i += size;
  }
  return false;
}

/** The piece table (the Clx's Pcdt): which bytes hold which characters. */
function piecesOf(table: Bytes, fcClx: number, lcbClx: number): Piece[] {
  let at = fcClx;
  const end = fcClx + lcbClx;
  // Skip the Prc entries (property modifiers) that may come first.
  while (at < end && table.u8(at) === 0x01) at += 3 + table.u16(at + 1);
  if (table.u8(at) !== 0x02) throw new Corrupt('no piece table');
  const lcb = table.u32(at + 1);
  const plc = at + 5;
  const n = Math.floor((lcb - 4) / 12);
  const pieces: Piece[] = [];
  for (let k = 0; k < n; k++) {
    const raw = table.u32(plc + 4 * (n + 1) + 8 * k + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = raw & 0x3fffffff;
    pieces.push({ cp: table.u32(plc + 4 * k), cpEnd: table.u32(plc + 4 * (k + 1)), fc: compressed ? fc / 2 : fc, compressed });
  }
  return pieces;
}

const UTF16 = new TextDecoder('utf-16le');

/** Windows-1252's 0x80–0x9F (Node's TextDecoder reads `windows-1252` as Latin-1 and keeps them as C1 controls). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** A compressed piece: one byte a character, in Windows-1252 ([MS-DOC] 2.4.1). */
function cp1252(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return s;
}

interface Line {
  text: string;
  source: string;
}

/** The body's characters in order, each paragraph mark with its properties. */
class BodyReader {
  readonly lines: Line[] = [];
  private paragraphs = 0;
  private tables = 0;
  /** Text of the paragraph being read. */
  private text = '';
  /** Paragraphs of the cell being read. */
  private cell: string[] = [];
  private row: string[] = [];
  /** Rows of the table being read, each with its layout. */
  private rows: { cells: string[]; layout?: RowLayout }[] = [];
  /** Field nesting: true while in a field's instruction (hidden), false in its shown result. */
  private fields: boolean[] = [];

  constructor(private readonly numbering: DocNumbering) {}

  /** Text read where it is anchored (a text box). */
  insert(text: string): void {
    if (!this.fields.includes(true)) this.text += text;
  }

  char(c: number, props: () => ParaProps): void {
    switch (c) {
      case 0x13:
        this.fields.push(true);
        return;
      case 0x14:
        if (this.fields.length) this.fields[this.fields.length - 1] = false;
        return;
      case 0x15:
        this.fields.pop();
        return;
      case 0x0d:
      case 0x07:
        return this.mark(c, props());
      case 0x0c:
      case 0x0e:
        // A page, column or section break: it ends the text before it, and is no blank line of its own
        // (a .docx's page break is no line either).
        if (this.text) this.mark(0x0d, props());
        return;
    }
    if (this.fields.includes(true)) return;
    if (c === 0x0b) this.text += '\n';
    else if (c === 0x09) this.text += '\t';
    else if (c === 0x1e) this.text += '-';
    // Other control characters are anchors (pictures, footnote references, drawn objects).
    else if (c >= 0x20) this.text += String.fromCharCode(c);
  }

  private mark(c: number, p: ParaProps): void {
    if (c === 0x07 && p.rowEnd) {
      this.text = '';
      this.rows.push({ cells: this.row, ...(p.layout ? { layout: p.layout } : {}) });
      this.row = [];
      return;
    }
    // A list item's number, which Word shows but does not store in the text.
    const text = this.numbering.labelFor(p.list, p.istd) + this.text;
    this.text = '';
    if (c === 0x07) {
      this.cell.push(text);
      this.row.push(joinPieces(this.cell.map((t) => t.replace(/[\t\n]+/g, ' '))));
      this.cell = [];
      return;
    }
    if (p.inTable && c === 0x0d) {
      this.cell.push(text);
      return;
    }
    this.endTable();
    this.paragraph(text);
  }

  private paragraph(raw: string): void {
    const p = ++this.paragraphs;
    raw.split('\n').forEach((t, k) => {
      const text = t
        .split('\t')
        .map((c) => collapseSpace(c))
        .join('\t')
        .replace(/^\t+$/, '');
      if (text || k === 0) this.lines.push({ text, source: `段落${p}` });
    });
  }

  /** A table's rows as text rows: cells placed on the table's column edges, merges expanded. */
  endTable(): void {
    if (this.row.length) this.rows.push({ cells: this.row });
    this.row = [];
    this.cell = [];
    if (!this.rows.length) return;
    const t = ++this.tables;
    const edges = [...new Set(this.rows.flatMap((r) => (r.layout && r.layout.edges.length === r.cells.length + 1 ? r.layout.edges : [])))].sort((a, b) => a - b);
    const column = (x: number) => edges.indexOf(x);
    const grid: GridCell[][] = [];
    let origin = 0;
    for (const { cells, layout } of this.rows) {
      const r = grid.length;
      const row: GridCell[] = [];
      const fits = layout !== undefined && layout.edges.length === cells.length + 1;
      cells.forEach((text, k) => {
        const from = fits ? column(layout.edges[k]!) : row.length;
        const to = fits ? Math.max(column(layout.edges[k + 1]!), from + 1) : from + 1;
        while (row.length < from) row.push({ text: '', origin: -1 });
        const above = fits && layout.continues[k] ? grid[r - 1]?.[row.length] : undefined;
        const numeric = /^[\d０-９.,，．\s]+$/.test(text) ? asciiDigits(text).replace(/．/g, '.') : text;
        const cell: GridCell = above ?? { text: numeric, origin: origin++ };
        for (let x = from; x < Math.min(to, from + 64); x++) row.push(cell);
      });
      grid.push(row);
    }
    const width = Math.max(0, ...grid.map((r) => r.length));
    grid.forEach((row, r) => {
      while (row.length < width) row.push({ text: '', origin: -1 });
      const text = gridRowText(row);
      if (text.replace(/\t/g, '').trim()) this.lines.push({ text, source: `表格${t} 第${r + 1}行` });
    });
    this.rows = [];
  }

  finish(): void {
    if (this.text) this.mark(0x0d, NO_PROPS);
    this.endTable();
  }
}

function streamOf(container: CFB.CFB$Container, name: string): Uint8Array | null {
  const entry = container.FileIndex.find((e, k) => e.type === 2 && e.name === name && container.FullPaths[k]!.split('/').filter(Boolean).length === 2);
  const content = entry?.content;
  return content && content.length ? (content instanceof Uint8Array ? content : Uint8Array.from(content as ArrayLike<number>)) : null;
}

/** `word` and `table`: the WordDocument stream and the table stream the FIB names. */
/** The characters of CPs [from, to) as stored (pieces may split a range). */
function textOf(word: Bytes, pieces: readonly Piece[], from: number, to: number): string {
  let out = '';
  for (const piece of pieces) {
    const start = Math.max(piece.cp, from);
    const end = Math.min(piece.cpEnd, to);
    if (start >= end) continue;
    const width = piece.compressed ? 1 : 2;
    const bytes = word.slice(piece.fc + (start - piece.cp) * width, (end - start) * width);
    out += piece.compressed ? cp1252(bytes) : UTF16.decode(bytes);
  }
  return out;
}

/**
 * Text boxes by the body CP they are anchored at, each as one piece of text: a .docx's text box is
 * read where it is anchored (its paragraphs run on), so a .doc's is too. The text-box story follows
 * the body, footnotes, headers, comments and endnotes; its boxes (PlcftxbxTxt) name their shape,
 * whose anchor the shape table (PlcSpaMom) gives.
 */
function textBoxes(word: Bytes, table: Bytes, pieces: readonly Piece[]): Map<number, string> {
  const boxes = new Map<number, string>();
  try {
    const pair = (k: number) => [word.u32(154 + 8 * k), word.u32(154 + 8 * k + 4)] as const;
    const [fcSpa, lcbSpa] = pair(40);
    const [fcTxbx, lcbTxbx] = pair(56);
    const shapes = Math.floor((lcbSpa - 4) / 30);
    const anchors = new Map<number, number>();
    for (let k = 0; k < shapes; k++) anchors.set(table.u32(fcSpa + 4 * (shapes + 1) + 26 * k), table.u32(fcSpa + 4 * k));
    const story = word.u32(0x4c) + word.u32(0x50) + word.u32(0x54) + word.u32(0x5c) + word.u32(0x60);
    const count = Math.floor((lcbTxbx - 4) / 26);
    for (let k = 0; k < count; k++) {
      const anchor = anchors.get(table.u32(fcTxbx + 4 * (count + 1) + 22 * k + 14));
      if (anchor === undefined) continue;
      const raw = textOf(word, pieces, story + table.u32(fcTxbx + 4 * k), story + table.u32(fcTxbx + 4 * (k + 1)));
      const text = joinPieces(raw.replace(/\x13[^\x14\x15]*\x14?|\x15/g, '').split(/[\r\x07\x0b\t]/).map((t) => t.replace(/[\x00-\x1f]/g, '')));
      if (text) boxes.set(anchor, (boxes.get(anchor) ?? '') + text);
    }
  } catch {
    // Broken shape tables lose the text boxes, not the body.
  }
  return boxes;
}

/** `word` and `table`: the WordDocument stream and the table stream the FIB names. */
function readBody(word: Bytes, table: Bytes, data: Bytes | null): Line[] {
  const ccpText = word.u32(0x4c);
  const fcRgFcLcb = 154;
  const pair = (k: number) => [word.u32(fcRgFcLcb + 8 * k), word.u32(fcRgFcLcb + 8 * k + 4)] as const;
  const [fcChpx, lcbChpx] = pair(12);
  const [fcPapx, lcbPapx] = pair(13);
  const [fcClx, lcbClx] = pair(33);
  const index = new ParagraphIndex(word, table, fcPapx, lcbPapx, data);
  const unseenText = unseenTextOf(word, table, fcChpx, lcbChpx);
  const reader = new BodyReader(new DocNumbering(word, table));
  const pieces = piecesOf(table, fcClx, lcbClx);
  const boxes = textBoxes(word, table, pieces);
  for (const piece of pieces) {
    // Only the body's characters: footnotes, headers, comments and text-box stories follow it.
    const end = Math.min(piece.cpEnd, ccpText);
    if (piece.cp >= end) continue;
    const width = piece.compressed ? 1 : 2;
    const text = textOf(word, [piece], piece.cp, end);
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      const fc = piece.fc + k * width;
      const box = boxes.get(piece.cp + k);
      if (box) reader.insert(box);
      // A deleted or hidden character is skipped; paragraph and cell marks keep the structure.
      if (c !== 0x0d && c !== 0x07 && unseenText.has(fc)) continue;
      reader.char(c, () => index.at(fc));
    }
  }
  reader.finish();
  return reader.lines;
}

export function importDoc(bytes: Uint8Array): ImportResult {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, { type: 'array' });
  } catch {
    return problem('doc-corrupt', `无法读取此 Word 文件：不是有效的 Word 97–2003（.doc）文件。${ADVICE}`);
  }
  const wordStream = streamOf(container, 'WordDocument');
  if (!wordStream) {
    if (streamOf(container, 'EncryptedPackage')) return problem('doc-encrypted', `此文件有密码保护，无法读取：请在 Word 或 WPS 中去掉密码后另存为 .docx 或 PDF`);
    if (streamOf(container, 'Workbook') || streamOf(container, 'Book')) return problem('doc-is-sheet', '这是 Excel 表格（.xls），不是 Word 文件；年报请另存为 .docx 或 PDF 后检查');
    return problem('doc-not-word', `此文件不是 Word 97–2003 格式（可能是旧版 WPS 文件或其他 Office 文件）。${ADVICE}`);
  }
  const word = new Bytes(wordStream);
  try {
    if (word.u16(0) !== 0xa5ec || word.u16(32) !== 0x0e) return problem('doc-old-version', `这是 Word 6.0/95 等旧格式的文件，无法读取。${ADVICE}`);
    const flags = word.u16(0x0a);
    if (flags & 0x0100) return problem('doc-encrypted', '此 Word 文件有密码保护，无法读取：请在 Word 或 WPS 中去掉密码后另存为 .docx 或 PDF');
    const tableStream = streamOf(container, flags & 0x0200 ? '1Table' : '0Table');
    if (!tableStream) return problem('doc-corrupt', `无法读取此 Word 文件：缺少表格流（${flags & 0x0200 ? '1Table' : '0Table'}）。${ADVICE}`);
    const dataStream = streamOf(container, 'Data');
    const all = readBody(word, new Bytes(tableStream), dataStream ? new Bytes(dataStream) : null);
    // Blank paragraphs Word keeps between blocks carry nothing; collapse runs of them (as for .docx).
    const lines = all.filter((l, k) => l.text !== '' || (k > 0 && all[k - 1]!.text !== ''));
    const title = summaryTitle(container);
    return { form: 'doc', text: lines.map((l) => l.text).join('\n') + '\n', meta: title ? { title } : {}, lineSources: lines.map((l) => l.source) };
  } catch (e) {
    if (e instanceof Corrupt) return problem('doc-corrupt', `无法读取此 Word 文件：文件已损坏（${e.message}）。${ADVICE}`);
    throw e;
  }
}

/** The document title from the SummaryInformation property set (PIDSI_TITLE = 2), when it is set. */
function summaryTitle(container: CFB.CFB$Container): string | undefined {
  const s = streamOf(container, '\u0005SummaryInformation');
  if (!s) return undefined;
  try {
    const b = new Bytes(s);
    const section = b.u32(44);
    const count = b.u32(section + 4);
    for (let k = 0; k < count; k++) {
      if (b.u32(section + 8 + 8 * k) !== 2) continue;
      const at = section + b.u32(section + 12 + 8 * k);
      const type = b.u32(at);
      const length = b.u32(at + 4);
      const raw = b.slice(at + 8, type === 0x1f ? length * 2 : length);
      // VT_LPSTR is in the file's code page: GBK for a Chinese Word; VT_LPWSTR is UTF-16.
      const text = type === 0x1f ? UTF16.decode(raw) : new TextDecoder('gb18030').decode(raw);
      return collapseSpace(text.replace(/\0+$/, '')) || undefined;
    }
  } catch {
    // A broken property set only loses the title.
  }
  return undefined;
}
