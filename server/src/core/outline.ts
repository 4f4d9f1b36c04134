/**
 * Document structure for editors: the outline (title, six sections, the tables inside),
 * folding ranges, inlay hints after wrong totals, and whether a text is a report at all.
 */
import { T3_NOTE_KEYS } from './template/table3';
import type { ReportModel, TableNode } from './model';
import type { Diagnostic, Locale, Position, Range } from './types';
import { tableName } from './i18n/names';
import { normalizeLabel } from './template/normalize';
import { findSections } from './parse/structure';
import { splitLines } from './text';
import { ui } from './i18n/ui';

export interface OutlineNode {
  name: string;
  detail?: string;
  kind: 'title' | 'section' | 'table' | 'subheading';
  range: Range;
  selectionRange: Range;
  children: OutlineNode[];
}

function lineRange(model: ReportModel, start: number, end: number): Range {
  const last = Math.min(end, model.lines.length - 1);
  return { start: { line: start, character: 0 }, end: { line: last, character: model.lines[last]!.length } };
}

function tableNode(model: ReportModel, t: TableNode, locale: Locale): OutlineNode {
  const range = lineRange(model, t.startLine, t.endLine);
  return { name: tableName(t.id, locale), kind: 'table', range, selectionRange: { start: range.start, end: range.start }, children: [] };
}

/** Index of the first heading below `line` (binary search over headings sorted by line). */
function firstAfter(subs: readonly { range: Range }[], line: number): number {
  let lo = 0;
  let hi = subs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (subs[mid]!.range.start.line <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Linear in the number of headings (but for a sort): sub-headings are sorted by line once and
 * each section takes its own by a binary search for its first line (a filter of every
 * sub-heading per section was quadratic: 6M characters of headings took 2.75 s, 50M 147 s,
 * and every other request waited behind it).
 */
export function documentSymbols(model: ReportModel, locale: Locale = 'zh-CN'): OutlineNode[] {
  const out: OutlineNode[] = [];
  if (model.title) out.push({ name: model.title.text, detail: model.year ? String(model.year) : undefined, kind: 'title', range: model.title.range, selectionRange: model.title.range, children: [] });
  const tables: TableNode[] = [model.t2, model.t3, model.t4].flatMap((t) => (t ? [t] : []));
  const placed = new Set<TableNode>();
  const subs = [...model.subHeadings].sort((a, b) => a.range.start.line - b.range.start.line);
  const sections = model.sections.map((s, k) => ({ s, k })).sort((a, b) => a.s.headingRange.start.line - b.s.headingRange.start.line);
  const nodes: OutlineNode[] = new Array(model.sections.length);
  for (const { s, k } of sections) {
    const start = s.headingRange.start.line;
    const children: OutlineNode[] = [];
    for (let j = firstAfter(subs, start); j < subs.length && subs[j]!.range.start.line <= s.endLine; j++) {
      const h = subs[j]!;
      children.push({ name: h.text, kind: 'subheading', range: h.range, selectionRange: h.range, children: [] });
    }
    for (const t of tables) {
      if (t.startLine > start && t.startLine <= s.endLine && !placed.has(t)) {
        placed.add(t);
        children.push(tableNode(model, t, locale));
      }
    }
    children.sort((a, b) => a.range.start.line - b.range.start.line);
    nodes[k] = { name: `${s.id}、${s.title}`, kind: 'section', range: lineRange(model, start, s.endLine), selectionRange: s.headingRange, children };
  }
  for (const node of nodes) out.push(node); // no spread: there may be 100,000 sections
  for (const t of tables) if (!placed.has(t)) out.push(tableNode(model, t, locale));
  return out;
}

export function foldingRanges(model: ReportModel): { startLine: number; endLine: number }[] {
  const out: { startLine: number; endLine: number }[] = [];
  for (const s of model.sections) {
    let end = s.endLine;
    while (end > s.headingRange.start.line && !model.lines[end]!.trim()) end--;
    if (end > s.headingRange.start.line) out.push({ startLine: s.headingRange.start.line, endLine: end });
  }
  for (const t of [model.t2, model.t3, model.t4]) if (t && t.endLine > t.startLine) out.push({ startLine: t.startLine, endLine: t.endLine });
  return out;
}

/** "应为 N" after every cell a sum rule says is wrong. */
export function inlayHints(diagnostics: Diagnostic[], locale: Locale = 'zh-CN'): { position: Position; label: string }[] {
  const seen = new Set<string>();
  const out: { position: Position; label: string }[] = [];
  for (const d of diagnostics) {
    if (d.expected === undefined || !d.cellId || seen.has(d.cellId)) continue;
    seen.add(d.cellId);
    out.push({ position: d.range.end, label: ui(locale, 'inlay.should-be', { value: d.expected }) });
  }
  return out;
}

/**
 * Does a parsed file read like a report? The CLI's folder runs (`check`, `review`) decide from
 * the parse they already made, never a second pass over the text: a table holding a number, a
 * title naming its year and a report (or the subject, with two sections), or three sections and
 * the subject's words. A README that speaks of the tables' rows (`本年新收`, `上年结转`) or names
 * `template_2021.docx` in a long first line is not one (`isLikelyReport` agrees on every fixture).
 */
export function readsLikeReport(model: ReportModel): boolean {
  if ((model.t2 || model.t3 || model.t4) && hasValue(model)) return true;
  // The parser takes any first line for a title; a report's names its year and what it is, or the subject.
  const sections = new Set(model.sections.map((s) => s.id));
  const title = model.title;
  if (title && ((title.year !== null && title.text.length <= 80 && /报告|年报/.test(title.text)) || (title.text.includes('政府信息公开') && sections.size >= 2))) return true;
  return sections.size >= 3 && model.text.slice(0, 20000).includes('政府信息公开');
}

function hasValue(model: ReportModel): boolean {
  for (const cell of model.cells.values()) if (cell.value !== null && cell.value !== undefined) return true;
  return false;
}

/**
 * Does a plain-text or markdown document look like an annual report? Used by the editor's
 * `auto` detection: the title words plus at least three section headings, or a table 三 note.
 */
export function isLikelyReport(text: string): boolean {
  const head = text.length > 400_000 ? text.slice(0, 400_000) : text;
  const norm = normalizeLabel(head.slice(0, 2000));
  const sections = new Set(findSections(splitLines(head).lines).map((s) => s.id));
  if (sections.size >= 3 && /政府信息公开/.test(norm + normalizeLabel(head.slice(0, 20000)))) return true;
  return T3_NOTE_KEYS.some((k) => head.includes(k)) && /政府信息公开/.test(head);
}
