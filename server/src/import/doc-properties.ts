/**
 * Word 97–2003 paragraph and character properties the importer needs, by byte position in the
 * WordDocument stream: whether a paragraph is in a table or ends a row (and the row's cell edges
 * and vertical merges), its style and list, and which characters are deleted or hidden
 * ([MS-DOC] 2.4.2, 2.9.x PAPX/CHPX pages, sprms).
 */
import { Bytes, OPERAND_SIZE } from './doc-bytes';
import type { ListRef } from './doc-numbering';

/** A table row's layout, from sprmTDefTable in its row-end paragraph. */
export interface RowLayout {
  /** Cell boundaries in twips: cell k runs from edges[k] to edges[k + 1]. */
  edges: number[];
  /** Per cell: merged with the cell above (a continued vertical merge). */
  continues: boolean[];
}

/** What a paragraph mark says about its paragraph. */
export interface ParaProps {
  inTable: boolean;
  rowEnd: boolean;
  layout?: RowLayout;
  /** The paragraph's style, and its own list sprms (a list item's number is not in the text). */
  istd: number;
  list: ListRef;
}

export const NO_PROPS: ParaProps = { inTable: false, rowEnd: false, istd: 0, list: {} };


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
export class ParagraphIndex {
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
export function unseenTextOf(word: Bytes, table: Bytes, fc: number, lcb: number): UnseenText {
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
