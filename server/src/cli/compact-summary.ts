/**
 * A `ReportSummary` made small enough to keep 100,000 of them. The core's summary holds, per
 * report, a Map of ~40 cells with a Range object each, and strings sliced from the report
 * text — a sliced string keeps the whole text alive — about 34 KB a report. Here the strings
 * are copied and the cells packed into two typed arrays; the object still reads as a
 * `ReportSummary` (the cells Map is rebuilt lazily when a cross-year rule asks for it).
 */
import type { Range, ReportSummary } from '../core/index';
import type { SummaryCell, SummarySection } from '../core/last-year';
import type { SectionId } from '../core/template/sections';

/** A string that owns its characters (no pointer into a larger string). */
function own(s: string): string {
  return s.length ? Buffer.from(s, 'utf16le').toString('utf16le') : '';
}

function ownNullable(s: string | null): string | null {
  return s === null ? null : own(s);
}

/** Cells as ids + values + ranges in typed arrays: about 60 bytes a cell instead of ~300. */
class PackedCells implements ReadonlyMap<string, SummaryCell> {
  private readonly ids: string[];
  /** value, NaN for null. */
  private readonly numbers: Float64Array;
  /** startLine, startChar, endLine, endChar; -1 for no range. */
  private readonly ranges: Int32Array;

  constructor(cells: ReadonlyMap<string, SummaryCell>) {
    this.ids = [...cells.keys()];
    this.numbers = new Float64Array(this.ids.length);
    this.ranges = new Int32Array(this.ids.length * 4).fill(-1);
    this.ids.forEach((id, k) => {
      const c = cells.get(id)!;
      this.numbers[k] = c.value ?? NaN;
      if (c.range) this.ranges.set([c.range.start.line, c.range.start.character, c.range.end.line, c.range.end.character], k * 4);
    });
  }

  get size(): number {
    return this.ids.length;
  }

  private cell(k: number): SummaryCell {
    const v = this.numbers[k]!;
    const r = this.ranges;
    const range: Range | null = r[k * 4]! < 0 ? null : { start: { line: r[k * 4]!, character: r[k * 4 + 1]! }, end: { line: r[k * 4 + 2]!, character: r[k * 4 + 3]! } };
    return { value: Number.isNaN(v) ? null : v, range };
  }

  get(id: string): SummaryCell | undefined {
    const k = this.ids.indexOf(id);
    return k < 0 ? undefined : this.cell(k);
  }

  has(id: string): boolean {
    return this.ids.includes(id);
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
  return { uri: own(s.uri), agencyKey: own(s.agencyKey), year: s.year, title: ownNullable(s.title), cells: new PackedCells(s.cells), sections };
}
