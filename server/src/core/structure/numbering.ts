/**
 * The numbering of a report's top-level sections, read as a whole: a report that inserts a part
 * of its own (`五、信息处理费收取情况`) or splits one (`五、问题` / `六、改进`) shifts every later
 * statutory section by one, and one finding naming the shift says more than "第六部分 missing"
 * plus a wrong numeral on each later heading. S-NUMBERING reports it; the section rules ask
 * `numberingShift` and stay quiet when it explains the headings. Pure: model in, data out.
 */
import type { ReportModel, SectionNode } from '../model';
import { SECTION_IDS, type SectionId } from '../template/sections';

const NUMERALS = '一二三四五六七八九十';
/** A top-level heading line: `五、…`, optionally a markdown heading, not a table row. */
const TOP_HEADING = /^\s*(?:#{1,6}\s*)?([一二三四五六七八九十])\s*[、.．]\s*(\S.{0,40})$/;

export interface InsertedHeading {
  numeral: string;
  title: string;
  line: number;
}

export interface NumberingShift {
  /** Statutory sections whose numeral is off by `by` (in document order). */
  shifted: SectionNode[];
  /** +1: numbered one too high (a part was inserted or split); −1: one too low (a part left out). */
  by: number;
  /** Top-level headings between the statutory ones that are no statutory section (the insertion). */
  inserted: InsertedHeading[];
  /** Statutory sections the report does not have under any numeral. */
  missing: SectionId[];
}

function tableLine(model: ReportModel, line: number): boolean {
  return [model.t2, model.t3, model.t4].some((t) => !!t && line >= t.startLine && line <= t.endLine);
}

const cache = new WeakMap<ReportModel, NumberingShift | null>();

/**
 * The shift, when every statutory section from some point on carries a numeral off by the same
 * amount (and those before it are numbered right); null when the numbering is right or is wrong
 * in some other way (the section rules report that).
 */
export function numberingShift(model: ReportModel): NumberingShift | null {
  if (cache.has(model)) return cache.get(model)!;
  const result = compute(model);
  cache.set(model, result);
  return result;
}

function compute(model: ReportModel): NumberingShift | null {
  const sections = model.sections.filter((s, i, all) => all.findIndex((o) => o.id === s.id) === i);
  const offsets = sections.map((s) => NUMERALS.indexOf(s.numeral) - SECTION_IDS.indexOf(s.id));
  const first = offsets.findIndex((o) => o !== 0);
  if (first < 0) return null;
  const by = offsets[first]!;
  if (Math.abs(by) !== 1 || NUMERALS.indexOf(sections[first]!.numeral) < 0) return null;
  if (offsets.slice(first).some((o) => o !== by)) return null;
  const shifted = sections.slice(first);
  const headingLines = new Set(model.sections.map((s) => s.headingRange.start.line));
  const from = sections[first - 1]?.headingRange.start.line ?? 0;
  const to = shifted[shifted.length - 1]!.headingRange.start.line;
  const inserted: InsertedHeading[] = [];
  for (let i = from + 1; i < to; i++) {
    if (headingLines.has(i) || tableLine(model, i)) continue;
    const line = model.lines[i]!;
    if (line.includes('\t') || line.includes('|')) continue;
    const m = TOP_HEADING.exec(line);
    if (m) inserted.push({ numeral: m[1]!, title: m[2]!.trim(), line: i });
  }
  // One too high needs a reason in the text: an inserted or split part.
  if (by > 0 && !inserted.length) return null;
  const present = new Set(sections.map((s) => s.id));
  return { shifted, by, inserted, missing: SECTION_IDS.filter((id) => !present.has(id)) };
}
