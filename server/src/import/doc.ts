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
import { BodyReader, type Line } from './doc-body';
import { Bytes, Corrupt } from './doc-bytes';
import { DocNumbering } from './doc-numbering';
import { ParagraphIndex, unseenTextOf } from './doc-properties';
import { collapseSpace } from './text-normal';

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
 * Text boxes by the body CP they are anchored at: a .docx's text box is read where it is anchored,
 * each of its paragraphs a line, so a .doc's is too. The text-box story follows
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
      // Each paragraph of the box a line of its own, as from a .docx (a title in a frame; a PDF
      // converted to Word puts every line in a box of its own).
      const paragraphs = raw
        .replace(/\x13[^\x14\x15]*\x14?|\x15/g, '')
        .split(/[\r\x07]/)
        .map((t) => t.replace(/\x0b/g, '\n').replace(/[\x00-\x08\x0c-\x1f]/g, ''))
        .filter((t) => t.trim());
      if (paragraphs.length) boxes.set(anchor, `${boxes.get(anchor) ?? ''}\n${paragraphs.join('\n')}\n`);
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
