/**
 * The numbering of a report's top-level sections, read as a whole: a report that inserts a part
 * of its own (`五、信息处理费收取情况`) or splits one (`五、问题` / `六、改进`) shifts every later
 * statutory section by one, and one finding naming the shift says more than "第六部分 missing"
 * plus a wrong numeral on each later heading. S-NUMBERING reports it; the section rules ask
 * `numberingShift` and stay quiet when it explains the headings. Neighbouring sections numbered
 * out of step by the same amount (`misnumberedRuns`) are likewise S-NUMBERING's one finding;
 * S-SECTION-NUMBER reports only a lone wrong numeral. Pure: model in, data out.
 */
import type { ReportModel, SectionNode } from '../model';
import type { TextEdit } from '../types';
import { OVERVIEW_SUBITEMS, SECTIONS, SECTION_IDS, type SectionId } from '../template/sections';
import { normalizeLabel } from '../template/normalize';

const NUMERALS = '一二三四五六七八九十';
/** A top-level heading line: `五、…`, optionally a markdown heading, not a table row. */
const TOP_HEADING = /^\s*(?:#{1,6}\s*)?([一二三四五六七八九十])\s*[、.．]\s*(\S.{0,40})$/;

export interface InsertedHeading {
  numeral: string;
  title: string;
  line: number;
}

/** A statutory section written under another numbering system (`第一部分`, `1.`, `（一）`). */
export interface OtherNumbered {
  id: SectionId;
  /** The numbering as written, e.g. `第一部分`, `1.`. */
  written: string;
  line: number;
}

export type NumberingProblem =
  | ({ kind: 'shift' } & NumberingShift)
  /** The six sections carry another numbering system, so none is recognised as 一、…六、. */
  | { kind: 'system'; headings: OtherNumbered[] }
  /** The five sub-items of 一 written as top-level sections (`二、主动公开` … `六、监督保障`). */
  | { kind: 'subitems'; headings: InsertedHeading[] };

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

const cache = new WeakMap<ReportModel, NumberingProblem | null>();

/**
 * What is wrong with the numbering as a whole, when one thing explains it: the statutory
 * sections shifted by one, numbered in another system, or the sub-items of 一 numbered as
 * sections. Null when the numbering is right or wrong in some other way (the section rules
 * report that, section by section).
 */
export function numberingShift(model: ReportModel): NumberingProblem | null {
  if (cache.has(model)) return cache.get(model)!;
  const shift = computeShift(model);
  const result: NumberingProblem | null = shift ? { kind: 'shift', ...shift } : (otherSystem(model) ?? subitemsAsSections(model));
  cache.set(model, result);
  return result;
}

/** `第一部分 总体情况`, `1. 总体情况`, `（一）总体情况`: a statutory title under another numbering. */
const OTHER_NUMBERING = /^\s*(?:#{1,6}\s*)?(第[一二三四五六七八九十]部分|[1-9]\s*[.、．](?!\d)|[（(][一二三四五六][)）])\s*(.{2,40})$/;

function otherSystem(model: ReportModel): { kind: 'system'; headings: OtherNumbered[] } | null {
  if (model.sections.length >= 3) return null;
  const headings: OtherNumbered[] = [];
  for (let i = 0; i < model.lines.length; i++) {
    const line = model.lines[i]!;
    if (line.includes('\t') || line.includes('|') || tableLine(model, i)) continue;
    const m = OTHER_NUMBERING.exec(line);
    if (!m) continue;
    const title = normalizeLabel(m[2]!);
    const def = SECTIONS.find((d) => d.variants.some((v) => title.startsWith(v)) || d.distinctive.some((k) => title.startsWith(k)));
    if (def && !headings.some((h) => h.id === def.id)) headings.push({ id: def.id, written: m[1]!.replace(/\s+/g, ''), line: i });
  }
  return headings.length >= 3 ? { kind: 'system', headings } : null;
}

const SUBITEM_WORDS = /主动公开|依申请公开|政府信息管理|信息管理|平台建设|监督保障/;

function subitemsAsSections(model: ReportModel): { kind: 'subitems'; headings: InsertedHeading[] } | null {
  const one = model.sections.find((s) => s.id === '一');
  if (!one) return null;
  // The sub-items stand between 一 and the first table: look at the top-level headings there.
  const firstTable = Math.min(...[model.t2, model.t3, model.t4].filter((t) => !!t).map((t) => t!.startLine), model.lines.length);
  const headings: InsertedHeading[] = [];
  for (let i = one.headingRange.start.line + 1; i < firstTable; i++) {
    const m = TOP_HEADING.exec(model.lines[i] ?? '');
    if (!m) continue;
    const title = normalizeLabel(m[2]!);
    const official = SECTIONS.some((d) => d.variants.some((v) => title.startsWith(v)));
    if (!official && SUBITEM_WORDS.test(title) && OVERVIEW_SUBITEMS.some((s) => s.keyPhrases.some((k) => title.includes(k)))) {
      headings.push({ numeral: m[1]!, title: m[2]!.trim(), line: i });
    }
  }
  return headings.length >= 2 ? { kind: 'subitems', headings } : null;
}

function computeShift(model: ReportModel): NumberingShift | null {
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

/** A statutory section whose first heading carries another section's numeral. */
export interface Misnumbered {
  id: SectionId;
  section: SectionNode;
  /** How far its numeral is from its own (六 written for 五: +1). */
  step: number;
  /** The edit that writes its own numeral, or null when the numeral is not found on the line. */
  edit: TextEdit | null;
}

/**
 * Each statutory section's first heading whose numeral is wrong, grouped in document order into
 * runs of neighbouring sections off by the same step: a run of two or more is a shifted numbering
 * (one finding, S-NUMBERING), a run of one a wrong numeral (S-SECTION-NUMBER).
 */
export function misnumberedRuns(model: ReportModel): Misnumbered[][] {
  const wrong: Misnumbered[] = [];
  for (const section of model.sections) {
    if (model.sections.find((s) => s.id === section.id) !== section || section.numeral === section.id) continue;
    const line = section.headingRange.start.line;
    const at = model.lines[line]!.indexOf(section.numeral, section.headingRange.start.character);
    const edit = at >= 0 ? { range: { start: { line, character: at }, end: { line, character: at + section.numeral.length } }, newText: section.id } : null;
    wrong.push({ id: section.id, section, step: NUMERALS.indexOf(section.numeral) - NUMERALS.indexOf(section.id), edit });
  }
  const runs: Misnumbered[][] = [];
  for (const w of wrong) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && last.step === w.step && SECTION_IDS.indexOf(w.id) === SECTION_IDS.indexOf(last.id) + 1) run.push(w);
    else runs.push([w]);
  }
  return runs;
}
