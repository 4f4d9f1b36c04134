/**
 * A `ReportSummary` made small enough to keep 100,000 of them. The core's summary holds, per
 * report, a Map of ~40 cells with a Range object each, and strings sliced from the report
 * text — a sliced string keeps the whole text alive — about 34 KB a report. Here the strings
 * are copied and the cells packed into one typed array; the object still reads as a
 * `ReportSummary` (the cells Map is rebuilt lazily when a cross-year rule asks for it).
 * Pure, so it lives in the core: any caller that keeps many summaries (the CLI's pipeline, a
 * server's index of a workspace) can pack them.
 */
import type { Range } from './types';
import type { ReportSummary, SummaryCell, SummarySection } from './last-year';
import type { SectionId } from './template/sections';
import { ownCopy } from './memo';

/** A string that owns its characters (no pointer into a larger string): the core memo's copy. */
const own = ownCopy;

function ownNullable(s: string | null): string | null {
  return s === null ? null : own(s);
}

/**
 * Most reports have the same cells present: their id lists are shared, not kept per report.
 * Bounded by the number of distinct id sets (a handful; at most 4096 are remembered).
 */
const ID_LISTS = new Map<string, readonly string[]>();

function sharedIds(ids: string[]): readonly string[] {
  const key = ids.join(',');
  const hit = ID_LISTS.get(key);
  if (hit) return hit;
  if (ID_LISTS.size >= 4096) ID_LISTS.clear();
  ID_LISTS.set(key, ids);
  return ids;
}

/** Each shared id list's places by id (a cross-year rule asks for a few cells of ~100). */
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

/** Cells as a shared id list and one Float64Array (value, then the range's four numbers): ~40 bytes a cell. */
class PackedCells implements ReadonlyMap<string, SummaryCell> {
  private readonly ids: readonly string[];
  /** Per cell: value (NaN for null), startLine, startChar, endLine, endChar (-1 for no range). */
  private readonly packed: Float64Array;

  constructor(cells: ReadonlyMap<string, SummaryCell>) {
    this.ids = sharedIds([...cells.keys()]);
    this.packed = new Float64Array(this.ids.length * 5);
    this.ids.forEach((id, k) => {
      const c = cells.get(id)!;
      const r = c.range;
      this.packed.set([c.value ?? NaN, r ? r.start.line : -1, r ? r.start.character : -1, r ? r.end.line : -1, r ? r.end.character : -1], k * 5);
    });
  }

  get size(): number {
    return this.ids.length;
  }

  private cell(k: number): SummaryCell {
    const p = this.packed;
    const v = p[k * 5]!;
    const range: Range | null = p[k * 5 + 1]! < 0 ? null : { start: { line: p[k * 5 + 1]!, character: p[k * 5 + 2]! }, end: { line: p[k * 5 + 3]!, character: p[k * 5 + 4]! } };
    return { value: Number.isNaN(v) ? null : v, range };
  }

  get(id: string): SummaryCell | undefined {
    const k = placeOf(this.ids).get(id);
    return k === undefined ? undefined : this.cell(k);
  }

  has(id: string): boolean {
    return placeOf(this.ids).has(id);
  }

  forEach(fn: (value: SummaryCell, key: string, map: ReadonlyMap<string, SummaryCell>) => void): void {
    this.ids.forEach((id, k) => fn(this.cell(k), id, this));
  }

  *entries(): MapIterator<[string, SummaryCell]> {
    for (let k = 0; k < this.ids.length; k++) yield [this.ids[k]!, this.cell(k)];
  }

  *keys(): MapIterator<string> {
    yield* this.ids;
  }

  *values(): MapIterator<SummaryCell> {
    for (let k = 0; k < this.ids.length; k++) yield this.cell(k);
  }

  [Symbol.iterator](): MapIterator<[string, SummaryCell]> {
    return this.entries();
  }
}

export function compactSummary(s: ReportSummary): ReportSummary {
  const sections = new Map<SectionId, SummarySection>();
  for (const [id, sec] of s.sections) sections.set(id, { headingRange: { start: { ...sec.headingRange.start }, end: { ...sec.headingRange.end } }, text: own(sec.text) });
  // Sentence hashes are a typed array of their own already (the repetition rules read them).
  return { uri: own(s.uri), agencyKey: own(s.agencyKey), year: s.year, title: ownNullable(s.title), cells: new PackedCells(s.cells), sections, ...(s.sentences ? { sentences: s.sentences } : {}) };
}
