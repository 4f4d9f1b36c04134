/**
 * Years in prose (spec §3.6): every `YYYY年` outside document names (《…》), document
 * numbers (〔2021〕) and year ranges (`2021—2025年`), with the words around it; and the stated
 * statistics period (`统计期限自2024年1月1日起至2024年12月31日止`).
 */
import type { Range } from '../types';
import type { SectionId } from '../template/sections';
import { ownCopy, StringCache } from '../memo';
import { blockRange, sentenceAt, type ProseBlock } from './prose';

export interface YearMention {
  year: number;
  /** The four digits in the source. */
  range: Range;
  section: SectionId | null;
  /** Folded text around the year, inside its sentence: up to 16 characters each side. */
  before: string;
  after: string;
  /** The whole sentence, folded. */
  sentence: string;
}

const YEAR = /(?<![\d.\/-])((?:19|20)\d{2})(?!\d)\s*年/g;
const RANGE_BEFORE = /(?:19|20)\d{2}\s*年?\s*[-—–~～至到]\s*$/;
const RANGE_AFTER = /^\s*年?\s*[-—–~～至到]\s*(?:19|20)\d{2}/;
/** Brackets whose content is a name or a document number, not a statement about a year. */
const OPEN = '《〔【[';
const CLOSE = '》〕】]';

/** Offsets in `text` that lie inside 《…》, 〔…〕, 【…】 or […] (one pass over the block). */
function bracketed(text: string): boolean[] {
  const inside = new Array<boolean>(text.length).fill(false);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (ch === '\n') depth = 0;
    inside[i] = depth > 0;
  }
  return inside;
}

interface RawYear {
  year: number;
  start: number;
  end: number;
  before: string;
  after: string;
  sentence: string;
}

/** Years of a block in block offsets; cached by the block's text (unchanged paragraphs while typing). */
/** Keyed by a copy of the text, and the cached pieces copied too (memo.ts: views pin the document). */
const rawYears = new StringCache<RawYear[]>(2048, 1 << 20);

function yearsOf(block: ProseBlock): RawYear[] {
  const hit = rawYears.get(block.text);
  if (hit) return hit;
  const f = block.folded;
  const out: RawYear[] = [];
  // Computed once per block text (and cached with the years): a per-year scan back to the
  // start of the text would be quadratic in a block that joins thousands of wrapped lines.
  let inside: boolean[] | null = null;
  for (const m of f.matchAll(YEAR)) {
    const start = m.index;
    const end = start + m[1]!.length;
    inside ??= bracketed(f);
    if (inside[start]) continue;
    if (RANGE_BEFORE.test(f.slice(Math.max(0, start - 8), start)) || RANGE_AFTER.test(f.slice(end, end + 8))) continue;
    const whole = sentenceAt(block, start);
    // A window of the sentence: text without punctuation must not make every year cost its length.
    const s = { start: Math.max(whole.start, start - 200), end: Math.min(whole.end, end + 200) };
    out.push({
      year: Number(m[1]),
      start,
      end,
      before: ownCopy(f.slice(Math.max(s.start, start - 16), start)),
      after: ownCopy(f.slice(end, Math.min(s.end, end + 16))),
      sentence: ownCopy(f.slice(s.start, s.end)),
    });
  }
  rawYears.set(ownCopy(block.text), out);
  return out;
}

export function yearMentions(block: ProseBlock): YearMention[] {
  return yearsOf(block).map((y) => ({
    year: y.year,
    range: blockRange(block, y.start, y.end),
    section: block.section,
    before: y.before,
    after: y.after,
    sentence: y.sentence,
  }));
}

/** A sentence that states the statistics period; its years are about the period, not the work. */
export const PERIOD_SENTENCE = /统计(?:数据)?(?:期限|时限|期间|区间|时间段|时间|周期)|数据统计(?:截至|自)/;

export interface StatedPeriod {
  /** The period as written (folded), for the message. */
  text: string;
  range: Range;
  start: { year: number; month: number; day: number } | null;
  end: { year: number | null; month: number; day: number } | null;
  /** Where the start year is written. */
  startYearRange: Range;
  /** Where the end date is written, when there is one. */
  endRange: Range | null;
}

const DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const END_DATE = /(?:至|到|－|-|—|~)\s*(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** The statistics period stated in the blocks (the first one found), or null. */
export function statedPeriod(blocks: ProseBlock[]): StatedPeriod | null {
  for (const b of blocks) {
    const f = b.folded;
    const m = PERIOD_SENTENCE.exec(f);
    if (!m) continue;
    const s = sentenceAt(b, m.index);
    const from = m.index + m[0].length;
    const rest = f.slice(from, s.end);
    const d1 = DATE.exec(rest);
    if (!d1) continue;
    const afterStart = rest.slice(d1.index + d1[0].length);
    const d2 = END_DATE.exec(afterStart);
    const textEnd = d2 ? d1.index + d1[0].length + d2.index + d2[0].length : d1.index + d1[0].length;
    const absStart = from + d1.index;
    const endAt = d2 ? from + d1.index + d1[0].length + d2.index : -1;
    return {
      text: b.text.slice(absStart, from + textEnd).replace(/\n/g, ''),
      range: blockRange(b, absStart, from + textEnd),
      start: { year: Number(d1[1]), month: Number(d1[2]), day: Number(d1[3]) },
      end: d2 ? { year: d2[1] ? Number(d2[1]) : null, month: Number(d2[2]), day: Number(d2[3]) } : null,
      startYearRange: blockRange(b, absStart, absStart + d1[1]!.length),
      endRange: d2 ? blockRange(b, endAt, endAt + d2[0].length) : null,
    };
  }
  return null;
}
