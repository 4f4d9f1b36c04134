/**
 * List numbers a Word 97–2003 file generates: a heading typed as a list item shows 一、 or （一）
 * on the page but not in its text, and without it the six sections are not found. Counted as
 * `docx-numbering.ts` counts a .docx's, from the list tables ([MS-DOC] 2.9.147 PlfLst, LSTF, LVL;
 * 2.9.150 PlfLfo, LFO, LFOLVL) and the style sheet (2.9.271 STSH: a heading style's list).
 */
import { Bytes, OPERAND_SIZE } from './doc-bytes';
import { formatListNumber } from './docx-numbering';

interface Level {
  start: number;
  format: string;
  /** The number's text, with %1…%9 for the levels' numbers. */
  text: string;
  legal: boolean;
}

/** Word 97 number formats (nfc) as the OOXML names `formatListNumber` knows. */
const NFC: Record<number, string> = {
  0: 'decimal', 1: 'upperRoman', 2: 'lowerRoman', 3: 'upperLetter', 4: 'lowerLetter', 10: 'chineseCounting', 14: 'decimalFullWidth',
  18: 'decimalEnclosedCircle', 22: 'decimalZero', 23: 'bullet', 30: 'ideographTraditional',
  // Taiwanese (33–36) and Chinese (37–40) counting: 一、二、三 as the page shows them (LibreOffice writes 35).
  33: 'chineseCounting', 34: 'chineseCounting', 35: 'chineseCounting', 36: 'chineseCounting',
  37: 'chineseCounting', 38: 'chineseLegalSimplified', 39: 'chineseCountingThousand', 40: 'chineseCounting', 255: 'none',
};

const SPRM_P_ILVL = 0x260a;
const SPRM_P_ILFO = 0x460b;

/** A paragraph's list: its list format override (1-based; 0 none) and level, where stated. */
export interface ListRef {
  ilfo?: number;
  ilvl?: number;
}

/** The list sprms in a property list. */
export function listRefOf(g: Bytes, from: number, to: number): ListRef {
  const ref: ListRef = {};
  let i = from;
  while (i + 2 <= to) {
    const sprm = g.u16(i);
    i += 2;
    let size = OPERAND_SIZE[sprm >> 13]!;
    if (sprm === 0xd608) {
      size = g.u16(i) + 1;
    } else if (size < 0) size = 1 + g.u8(i);
    if (i + size > to) break;
    if (sprm === SPRM_P_ILVL) ref.ilvl = g.u8(i);
    else if (sprm === SPRM_P_ILFO) ref.ilfo = g.i16(i);
    i += size;
  }
  return ref;
}

/** An LVL: its LVLF (28 bytes), two property lists, then its number text. Returns the level and the offset after it. */
function readLevel(t: Bytes, at: number): [Level, number] {
  const start = t.u32(at);
  const nfc = t.u8(at + 4);
  const legal = (t.u8(at + 5) & 0x04) !== 0;
  const chpx = t.u8(at + 24);
  const papx = t.u8(at + 25);
  let p = at + 28 + papx + chpx;
  const cch = t.u16(p);
  let text = '';
  for (let k = 0; k < cch; k++) {
    const c = t.u16(p + 2 + 2 * k);
    // Characters 0–8 stand for the numbers of levels 1–9.
    text += c <= 8 ? `%${c + 1}` : String.fromCharCode(c);
  }
  p += 2 + 2 * cch;
  return [{ start: start | 0, format: NFC[nfc] ?? 'decimal', text, legal }, p];
}

export class DocNumbering {
  /** List id (lsid) → its levels. */
  private readonly lists = new Map<number, Level[]>();
  /** Override index (ilfo - 1) → its list and start-at overrides per level. */
  private readonly overrides: { lsid: number; starts: Map<number, number> }[] = [];
  /** Style (istd) → its list and the style it is based on. */
  private readonly styles: ({ ref: ListRef; base: number } | undefined)[] = [];
  private readonly counters = new Map<number, number[]>();
  private readonly restarted = new Set<number>();

  constructor(word: Bytes, table: Bytes) {
    const pair = (k: number) => [word.u32(154 + 8 * k), word.u32(154 + 8 * k + 4)] as const;
    // Each table is read on its own: a broken one loses its numbers, not the text.
    try {
      this.readLists(table, ...pair(73));
      this.readOverrides(table, ...pair(74));
    } catch {
      this.lists.clear();
    }
    try {
      this.readStyles(table, ...pair(1));
    } catch {
      this.styles.length = 0;
    }
  }

  private readLists(t: Bytes, fc: number, lcb: number): void {
    if (lcb < 2) return;
    const count = t.u16(fc);
    const lsts: { lsid: number; simple: boolean }[] = [];
    for (let k = 0; k < count; k++) {
      const at = fc + 2 + 28 * k;
      lsts.push({ lsid: t.u32(at), simple: (t.u8(at + 26) & 1) !== 0 });
    }
    let at = fc + 2 + 28 * count;
    for (const { lsid, simple } of lsts) {
      const levels: Level[] = [];
      for (let k = 0; k < (simple ? 1 : 9); k++) {
        const [level, next] = readLevel(t, at);
        levels.push(level);
        at = next;
      }
      this.lists.set(lsid, levels);
    }
  }

  private readOverrides(t: Bytes, fc: number, lcb: number): void {
    if (lcb < 4) return;
    const count = t.u32(fc);
    const lfos: { lsid: number; levels: number }[] = [];
    for (let k = 0; k < count; k++) lfos.push({ lsid: t.u32(fc + 4 + 16 * k), levels: t.u8(fc + 4 + 16 * k + 12) });
    let at = fc + 4 + 16 * count;
    for (const lfo of lfos) {
      const starts = new Map<number, number>();
      at += 4; // LFOData.cp
      for (let k = 0; k < lfo.levels; k++) {
        const startAt = t.u32(at) | 0;
        const flags = t.u8(at + 4);
        at += 8;
        if (flags & 0x10) starts.set(flags & 0x0f, startAt);
        // A level whose formatting is overridden carries a whole LVL.
        if (flags & 0x20) at = readLevel(t, at)[1];
      }
      this.overrides.push({ lsid: lfo.lsid, starts });
    }
  }

  private readStyles(t: Bytes, fc: number, lcb: number): void {
    if (lcb < 4) return;
    const cbStshi = t.u16(fc);
    const count = t.u16(fc + 2);
    const baseSize = t.u16(fc + 4);
    let at = fc + 2 + cbStshi;
    for (let istd = 0; istd < count && at < fc + lcb; istd++) {
      const cbStd = t.u16(at);
      const std = at + 2;
      at = std + cbStd;
      if (cbStd === 0) continue;
      const stk = t.u16(std + 2) & 0x0f;
      const base = t.u16(std + 2) >> 4;
      if (stk !== 1) continue;
      // The name (a count, the characters, a terminating zero), then UPXs at even offsets.
      let p = std + baseSize;
      p += 2 + 2 * t.u16(p) + 2;
      if ((p - std) % 2) p++;
      const cbUpx = t.u16(p);
      // UpxPapx: the style's istd (2 bytes), then its paragraph sprms.
      this.styles[istd] = { ref: cbUpx >= 2 ? listRefOf(t, p + 4, Math.min(p + 2 + cbUpx, at)) : {}, base };
    }
  }

  /** The number Word shows before a paragraph with these list sprms and style ('' if none). */
  labelFor(own: ListRef, istd: number): string {
    let { ilfo, ilvl } = own;
    for (let s = istd, depth = 0; depth < 10 && (ilfo === undefined || ilvl === undefined); depth++) {
      const style = this.styles[s];
      if (!style) break;
      ilfo ??= style.ref.ilfo;
      ilvl ??= style.ref.ilvl;
      if (style.base === 0x0fff || style.base === s) break;
      s = style.base;
    }
    if (!ilfo || ilfo < 1) return '';
    const override = this.overrides[ilfo - 1];
    const levels = override && this.lists.get(override.lsid);
    const level = ilvl ?? 0;
    const lvl = levels?.[level];
    if (!override || !levels || !lvl) return '';
    const startOf = (k: number) => override.starts.get(k) ?? levels[k]?.start ?? 1;
    const counts = this.counters.get(override.lsid) ?? [];
    // An override that restarts the list starts it over the first time it is used.
    if (override.starts.size && !this.restarted.has(ilfo)) {
      this.restarted.add(ilfo);
      counts.length = 0;
    }
    counts[level] = counts[level] === undefined ? startOf(level) : counts[level]! + 1;
    counts.length = level + 1;
    for (let k = 0; k < level; k++) counts[k] ??= startOf(k);
    this.counters.set(override.lsid, counts);
    if (lvl.format === 'bullet' || lvl.format === 'none') return '';
    const label = lvl.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      return formatListNumber(counts[k] ?? startOf(k), lvl.legal ? 'decimal' : (levels[k]?.format ?? 'decimal'));
    });
    // Word puts a tab or space after the number; Chinese numbering ends with its own mark (、．）).
    return /[、．.）)：:]$/.test(label) || !label ? label : `${label} `;
  }
}
