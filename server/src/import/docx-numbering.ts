/**
 * List numbers Word generates (`numbering.xml`): a heading typed as a list item shows 一、 or
 * （一） on the page but not in its text. Counted here the way Word counts them, so the
 * imported text carries the numbers the reader saw.
 */
import type { ChildNode, Element } from 'domhandler';

interface Level {
  start: number;
  format: string;
  text: string;
  /** Legal numbering: every level shown as a decimal. */
  legal: boolean;
}

function isElement(n: ChildNode): n is Element {
  return n.type === 'tag';
}

function kids(e: Element, name: string): Element[] {
  return e.children.filter((c): c is Element => isElement(c) && c.name === name);
}

function kid(e: Element | undefined, name: string): Element | undefined {
  return e ? kids(e, name)[0] : undefined;
}

function val(e: Element | undefined): string | undefined {
  return e?.attribs['w:val'];
}

function root(nodes: ChildNode[], name: string): Element | undefined {
  return nodes.find((n): n is Element => isElement(n) && n.name === name);
}

const DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (report headings never count past 99). */
export function chineseNumber(n: number): string {
  if (n <= 0 || n >= 100) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens > 1 ? DIGITS[tens] : '') + '十' + (ones ? DIGITS[ones] : '');
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) [n, out] = [n - v, out + s];
  return out;
}

/** A list number in an OOXML number format (`w:numFmt`); Word 97–2003 formats map onto these (`doc-numbering.ts`). */
export function formatListNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    // LibreOffice writes Chinese 一、二、三 as taiwaneseCountingThousand.
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
    case 'chineseLegalSimplified':
    case 'ideographDigital':
      return chineseNumber(n);
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[n - 1] ?? String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return `(${n})`;
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

export class Numbering {
  /** numId → abstractNumId and per-level start overrides. */
  private readonly nums = new Map<string, { abstract: string; overrides: Map<number, number> }>();
  private readonly abstracts = new Map<string, Map<number, Level>>();
  /** Paragraph style → its list (numId, level), following `w:basedOn`. */
  private readonly styles = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  /** Counters per list (abstract numbering), per level. */
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(numberingXml: ChildNode[], stylesXml: ChildNode[]) {
    const numbering = root(numberingXml, 'w:numbering');
    if (numbering) {
      for (const a of kids(numbering, 'w:abstractNum')) {
        const levels = new Map<number, Level>();
        for (const l of kids(a, 'w:lvl')) {
          levels.set(Number(l.attribs['w:ilvl'] ?? 0), {
            start: Number(val(kid(l, 'w:start')) ?? 1),
            format: val(kid(l, 'w:numFmt')) ?? 'decimal',
            text: val(kid(l, 'w:lvlText')) ?? '',
            legal: kid(l, 'w:isLgl') !== undefined,
          });
        }
        this.abstracts.set(a.attribs['w:abstractNumId'] ?? '', levels);
      }
      for (const n of kids(numbering, 'w:num')) {
        const overrides = new Map<number, number>();
        for (const o of kids(n, 'w:lvlOverride')) {
          const s = val(kid(o, 'w:startOverride'));
          if (s !== undefined) overrides.set(Number(o.attribs['w:ilvl'] ?? 0), Number(s));
        }
        this.nums.set(n.attribs['w:numId'] ?? '', { abstract: val(kid(n, 'w:abstractNumId')) ?? '', overrides });
      }
    }
    const styles = root(stylesXml, 'w:styles');
    if (styles) {
      for (const s of kids(styles, 'w:style')) {
        const numPr = kid(kid(s, 'w:pPr'), 'w:numPr');
        const ilvl = val(kid(numPr, 'w:ilvl'));
        this.styles.set(s.attribs['w:styleId'] ?? '', {
          numId: val(kid(numPr, 'w:numId')),
          ilvl: ilvl === undefined ? undefined : Number(ilvl),
          basedOn: val(kid(s, 'w:basedOn')),
        });
      }
    }
  }

  /** The list a paragraph is in: its own `w:numPr`, else its style's (through `w:basedOn`). */
  private listOf(p: Element): { numId: string; ilvl: number } | null {
    const pPr = kid(p, 'w:pPr');
    const numPr = kid(pPr, 'w:numPr');
    let numId = val(kid(numPr, 'w:numId'));
    let ilvl = val(kid(numPr, 'w:ilvl')) !== undefined ? Number(val(kid(numPr, 'w:ilvl'))) : undefined;
    let style = val(kid(pPr, 'w:pStyle'));
    for (let depth = 0; depth < 10 && style && (numId === undefined || ilvl === undefined); depth++) {
      const s = this.styles.get(style);
      if (!s) break;
      numId ??= s.numId;
      ilvl ??= s.ilvl;
      style = s.basedOn;
    }
    if (numId === undefined || numId === '0') return null;
    return { numId, ilvl: ilvl ?? 0 };
  }

  /** The number Word shows before this paragraph ('' when it is not a numbered list item). */
  labelFor(p: Element): string {
    const list = this.listOf(p);
    if (!list) return '';
    const num = this.nums.get(list.numId);
    const levels = num && this.abstracts.get(num.abstract);
    const level = levels?.get(list.ilvl);
    if (!num || !levels || !level) return '';
    const key = num.abstract;
    const counts = this.counters.get(key) ?? [];
    // A list restarted by its numbering instance (w:startOverride) starts over the first time it is used.
    const startOf = (ilvl: number) => num.overrides.get(ilvl) ?? levels.get(ilvl)?.start ?? 1;
    if (num.overrides.size && !this.started.has(list.numId)) {
      this.started.add(list.numId);
      counts.length = 0;
    }
    counts[list.ilvl] = counts[list.ilvl] === undefined ? startOf(list.ilvl) : counts[list.ilvl]! + 1;
    // Deeper levels start over under a new item.
    counts.length = list.ilvl + 1;
    for (let k = 0; k < list.ilvl; k++) counts[k] ??= startOf(k);
    this.counters.set(key, counts);
    if (level.format === 'bullet' || level.format === 'none') return '';
    const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const lv = levels.get(k);
      return formatListNumber(counts[k] ?? startOf(k), level.legal ? 'decimal' : (lv?.format ?? 'decimal'));
    });
    // Word puts a tab or space after the number; Chinese numbering ends with its own mark (、．）).
    return /[、．.）)：:]$/.test(label) || !label ? label : `${label} `;
  }
}
