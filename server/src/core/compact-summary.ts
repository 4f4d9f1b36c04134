/**
 * A `ReportSummary` made small enough to keep 100,000 of them. The core's summary holds, per
 * report, a Map of ~40 cells with a Range object each, two section objects with their ranges,
 * a typed array of sentence hashes, and strings sliced from the report text — a sliced string
 * keeps the whole text alive. Here everything numeric (cells, ranges, hashes) goes into a few
 * hundred slots of a shared `Int32Array` chunk, and the strings are copies; the object
 * still reads as a `ReportSummary` (its `cells`, `sections` and `sentences` are views made when
 * a rule asks for them, and hold nothing of their own).
 *
 * Why shared chunks: a typed array of its own costs each report an ArrayBuffer, a backing store
 * outside the heap and their bookkeeping (~250 B each, two per report), as much again as the
 * numbers. Measured on a 20,000-report archive: 6.4 KB kept per report before, see
 * docs/bench.md for after.
 *
 * Pure, so it lives in the core: any caller that keeps many summaries (the CLI's pipeline, a
 * server's index of a workspace) can pack them.
 */
import type { Range } from './types';
import type { ReportSummary, SummaryCell, SummarySection } from './last-year';
import type { SectionId } from './template/sections';
import { ownCopy } from './memo';

/**
 * Strings are copied with the memo's `ownCopy`: a view of a fresh copy, pointing into nothing
 * of the report. (A fully flat copy, `JSON.parse(JSON.stringify(s))`, would save the view's 32
 * bytes a string but cost 0.8 % of a 16,000-report run.)
 */
const own = ownCopy;

/**
 * Most reports have the same cells present (and the same sections): their id lists are shared,
 * not kept per report. Bounded by the number of distinct id sets (a handful; at most 4096 are
 * remembered).
 */
const ID_LISTS = new Map<string, readonly string[]>();

/** The list the previous summary used: nearly always the next one's too, found without a key. */
let lastIds: readonly string[] = [];
let lastSectionIds: readonly string[] = [];

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function sharedIds<T extends string>(ids: T[], section = false): readonly T[] {
  const last = section ? lastSectionIds : lastIds;
  if (sameList(last, ids)) return last as readonly T[];
  const found = sharedByKey(ids);
  if (section) lastSectionIds = found;
  else lastIds = found;
  return found;
}

function sharedByKey<T extends string>(ids: T[]): readonly T[] {
  const key = ids.join(',');
  const hit = ID_LISTS.get(key);
  if (hit) return hit as readonly T[];
  if (ID_LISTS.size >= 4096) ID_LISTS.clear();
  ID_LISTS.set(key, ids);
  return ids;
}

/** Each shared id list's places by id (a cross-year rule asks for a few cells of ~40). */
const PLACES = new WeakMap<readonly string[], Map<string, number>>();

function placeOf(ids: readonly string[]): Map<string, number> {
  let hit = PLACES.get(ids);
  if (!hit) {
    hit = new Map();
    // The first place of an id, as `indexOf` gave.
    for (let k = ids.length - 1; k >= 0; k--) hit.set(ids[k]!, k);
    PLACES.set(ids, hit);
  }
  return hit;
}

/**
 * Slots are handed out from chunks of 64K ints (256 KB); a summary keeps its chunk and offset.
 * A chunk lives while any summary in it does, so a long-lived process that packs a few summaries
 * now and then pins at most one chunk per live summary; the CLI fills them. A summary larger
 * than an eighth of a chunk (a report of thousands of sentences) gets an array of its own.
 */
const CHUNK = 1 << 16;
let chunk: Int32Array | null = null;
let used = 0;

function slots(n: number): { store: Int32Array; at: number } {
  if (n > CHUNK / 8) return { store: new Int32Array(n), at: 0 };
  if (!chunk || used + n > CHUNK) (chunk = new Int32Array(CHUNK)), (used = 0);
  const at = used;
  used += n;
  return { store: chunk, at };
}

/** A cell value that is not an int32 (or is this one) makes the summary keep a Float64Array of values. */
const NULL_VALUE = -0x80000000;

function fitsInt32(v: number | null): boolean {
  return v === null || (v === (v | 0) && v !== NULL_VALUE && !Object.is(v, -0));
}

const CELL = 5; // value, start line, start character, end line, end character (-1: no range)
const RANGE = 4;

function putRange(store: Int32Array, at: number, r: Range | null): void {
  store[at] = r ? r.start.line : -1;
  store[at + 1] = r ? r.start.character : -1;
  store[at + 2] = r ? r.end.line : -1;
  store[at + 3] = r ? r.end.character : -1;
}

function rangeAt(store: Int32Array, at: number): Range | null {
  return store[at]! < 0 ? null : { start: { line: store[at]!, character: store[at + 1]! }, end: { line: store[at + 2]!, character: store[at + 3]! } };
}

/** A range's numbers all fit the int32 slots (positions are small non-negative integers; anything else is kept as it is). */
function rangeFits(r: Range | null): boolean {
  return !r || (slotFits(r.start.line) && slotFits(r.start.character) && slotFits(r.end.line) && slotFits(r.end.character));
}

function slotFits(n: number): boolean {
  return n === (n | 0) && n >= 0;
}

class PackedSummary implements ReportSummary {
  constructor(
    readonly uri: string,
    readonly agencyKey: string,
    readonly year: number | null,
    readonly title: string | null,
    /** Cell ids, in the order of the slots (shared). */
    private readonly ids: readonly string[],
    /** Section ids, in the order of their ranges (shared), and their texts. */
    private readonly sectionIds: readonly SectionId[],
    private readonly sectionTexts: readonly string[],
    private readonly store: Int32Array,
    /** Cells at `at`, then the sections' heading ranges, then the sentence hashes. */
    private readonly at: number,
    /** Number of sentence hashes; -1 when the summary had none. */
    private readonly sentenceCount: number,
    /** Cell values, only when one does not fit an int32 slot. */
    private readonly values: Float64Array | null,
  ) {}

  cellAt(k: number): SummaryCell {
    const p = this.at + k * CELL;
    const v = this.values ? this.values[k]! : this.store[p]!;
    return { value: this.values ? (Number.isNaN(v) ? null : v) : v === NULL_VALUE ? null : v, range: rangeAt(this.store, p + 1) };
  }

  get cells(): ReadonlyMap<string, SummaryCell> {
    return new PackedCells(this, this.ids);
  }

  get sections(): ReadonlyMap<SectionId, SummarySection> {
    const out = new Map<SectionId, SummarySection>();
    const base = this.at + this.ids.length * CELL;
    this.sectionIds.forEach((id, k) => out.set(id, { headingRange: rangeAt(this.store, base + k * RANGE)!, text: this.sectionTexts[k]! }));
    return out;
  }

  get sentences(): Uint32Array | undefined {
    if (this.sentenceCount < 0) return undefined;
    const from = this.at + this.ids.length * CELL + this.sectionIds.length * RANGE;
    // A view of the chunk: no copy, and nothing kept once the rule is done with it.
    return new Uint32Array(this.store.buffer, this.store.byteOffset + from * 4, this.sentenceCount);
  }
}

/** The cells of a packed summary, read in place. */
class PackedCells implements ReadonlyMap<string, SummaryCell> {
  constructor(
    private readonly summary: PackedSummary,
    private readonly ids: readonly string[],
  ) {}

  get size(): number {
    return this.ids.length;
  }

  get(id: string): SummaryCell | undefined {
    const k = placeOf(this.ids).get(id);
    return k === undefined ? undefined : this.summary.cellAt(k);
  }

  has(id: string): boolean {
    return placeOf(this.ids).has(id);
  }

  forEach(fn: (value: SummaryCell, key: string, map: ReadonlyMap<string, SummaryCell>) => void): void {
    this.ids.forEach((id, k) => fn(this.summary.cellAt(k), id, this));
  }

  *entries(): MapIterator<[string, SummaryCell]> {
    for (let k = 0; k < this.ids.length; k++) yield [this.ids[k]!, this.summary.cellAt(k)];
  }

  *keys(): MapIterator<string> {
    yield* this.ids;
  }

  *values(): MapIterator<SummaryCell> {
    for (let k = 0; k < this.ids.length; k++) yield this.summary.cellAt(k);
  }

  [Symbol.iterator](): MapIterator<[string, SummaryCell]> {
    return this.entries();
  }
}

function ownNullable(s: string | null): string | null {
  return s === null ? null : own(s);
}

export function compactSummary(s: ReportSummary): ReportSummary {
  const cells = [...s.cells];
  const sections = [...s.sections];
  // Ranges outside int32 slots (never from the parser) keep the summary as it is: correct first.
  if (!cells.every(([, c]) => rangeFits(c.range)) || !sections.every(([, sec]) => rangeFits(sec.headingRange))) return s;
  const ids = sharedIds(cells.map(([id]) => id));
  const sectionIds = sharedIds(sections.map(([id]) => id), true);
  const hashes = s.sentences;
  const { store, at } = slots(ids.length * CELL + sectionIds.length * RANGE + (hashes?.length ?? 0));
  const values = cells.every(([, c]) => fitsInt32(c.value)) ? null : Float64Array.from(cells, ([, c]) => c.value ?? NaN);
  cells.forEach(([, c], k) => {
    store[at + k * CELL] = values ? 0 : (c.value ?? NULL_VALUE);
    putRange(store, at + k * CELL + 1, c.range);
  });
  const base = at + ids.length * CELL;
  sections.forEach(([, sec], k) => putRange(store, base + k * RANGE, sec.headingRange));
  // Hashes as their int32 bit patterns; the view reads them back as uint32.
  if (hashes) store.set(new Int32Array(hashes.buffer, hashes.byteOffset, hashes.length), base + sectionIds.length * RANGE);
  return new PackedSummary(
    own(s.uri),
    own(s.agencyKey),
    s.year,
    ownNullable(s.title),
    ids,
    sectionIds,
    sections.map(([, sec]) => own(sec.text)),
    store,
    at,
    hashes ? hashes.length : -1,
    values,
  );
}
