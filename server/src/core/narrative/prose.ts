/**
 * Prose of a report as the reviewer reads it: runs of consecutive text lines (no tabs, no
 * pipes, not inside a table) joined into blocks, so a sentence that a PDF extractor wrapped
 * over two lines reads as one. Every character of a block maps back to its line and column.
 *
 * `folded` is the block text with full-width ASCII made half-width and 繁体 template words
 * made simplified, one UTF-16 unit for one UTF-16 unit, so offsets in `folded` are offsets in
 * `text` too and patterns can be written once in half-width, simplified form.
 */
import type { ReportModel } from '../model';
import type { Range } from '../types';
import type { SectionId } from '../template/sections';
import { simplifiedChar, TRADITIONAL_CLASS } from '../template/normalize';
import { memoize, ownCopy } from '../memo';
import { lowerBound, pushAll } from '../arrays';

export interface Segment {
  line: number;
  /** Column of the first character of the segment in its line. */
  char: number;
  /** Offset of the segment in the block text. */
  start: number;
  length: number;
}

export interface ProseBlock {
  /** The block's text: an own copy (memo.ts), so caches keyed by it need not copy it again. */
  text: string;
  folded: string;
  segments: Segment[];
  /** Section the block sits in (null: before the first section heading). */
  section: SectionId | null;
}

/** Fold one UTF-16 unit: full-width ASCII → ASCII, ideographic space → space, 繁体 → 简体. Length-preserving. */
export const foldText = memoize(
  (s: string): string => foldTextOnce(s),
  2048,
  // Paragraphs are long but repeat from one keystroke to the next; only giant blocks skip the memo.
  20_000,
);

/** `foldText` without its memo, for text folded once and kept by its caller. */
export function foldTextOnce(s: string): string {
  // One table lookup a UTF-16 unit (3× a regular expression's class with a callback); most
  // sentences have a few full-width marks, and a text with none is returned as it is.
  const n = s.length;
  let i = 0;
  while (i < n && FOLDED[s.charCodeAt(i)] === 0) i++;
  if (i === n) return s;
  let out = '';
  let last = 0;
  for (; i < n; i++) {
    const to = FOLDED[s.charCodeAt(i)]!;
    if (to === 0) continue;
    out += s.slice(last, i) + String.fromCharCode(to);
    last = i + 1;
  }
  return out + s.slice(last);
}

/** What each UTF-16 unit folds to (0: itself): full-width ASCII, ideographic and no-break space, 繁体. */
const FOLDED: Uint16Array = (() => {
  const table = new Uint16Array(0x10000);
  for (let c = 0xff01; c <= 0xff5e; c++) table[c] = c - 0xfee0;
  table[0x3000] = table[0x00a0] = 0x20;
  for (const ch of TRADITIONAL_CLASS) table[ch.charCodeAt(0)] = simplifiedChar(ch).charCodeAt(0);
  return table;
})();

const PAGE_NUMBER = /^\s*(?:[-–—]\s*\d+\s*[-–—]|第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?|Page\s+\d+.*|\d+\s*\/\s*\d+)\s*$/i;
/** What ends a sentence at the end of a line (the line's last character other than white space). */
const SENTENCE_ENDERS = '。！？；：!?;:';
const STARTS_ITEM = /^\s*(?:#{1,6}\s*)?(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,2}\s*[、.．]|\d{1,2}\s*[、.．](?!\d))/;

/** What `buildBlocks` needs to know about the whole document, computed once per model. */
interface LineInfo {
  /** 1 for a line that belongs to a table (its span as the parser found it) or is a section heading. */
  breaks: Uint8Array;
  /** Section headings as [line, id], in line order. */
  starts: (readonly [number, SectionId])[];
}

function lineInfo(model: ReportModel): LineInfo {
  // Flags in a typed array, not sets of line numbers: buildBlocks asks about every line.
  const breaks = new Uint8Array(model.lines.length);
  for (const t of [model.t2, model.t3, model.t4]) {
    if (!t) continue;
    for (let i = Math.max(0, t.startLine); i <= t.endLine && i < breaks.length; i++) breaks[i] = 1;
  }
  for (const s of model.sections) if (s.headingRange.start.line < breaks.length) breaks[s.headingRange.start.line] = 1;
  const starts = model.sections.map((s) => [s.headingRange.start.line, s.id] as const).sort((a, b) => a[0] - b[0]);
  return { breaks, starts };
}

/** The section a line is in: the last heading at or above it (null before the first). */
function sectionOf(info: LineInfo, line: number): SectionId | null {
  let lo = 0;
  let hi = info.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (info.starts[mid]![0] <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? info.starts[lo - 1]![1] : null;
}

export function isProseLine(line: string): boolean {
  return !line.includes('\t') && !line.includes('|') && line.trim() !== '';
}

/**
 * Join the prose lines in [from, to] into blocks. A blank line, a table line or a heading
 * line ends a block; a page-number line is dropped without ending it (PDF page breaks).
 */
function buildBlocks(model: ReportModel, from: number, to: number, info: LineInfo): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let text = '';
  let segments: Segment[] = [];
  let section: SectionId | null = null;
  let previous = '';
  const flush = () => {
    if (segments.length) {
      // One copy that shares nothing with the document (memo.ts) serves as the key of every
      // per-paragraph cache; folding it is one table scan, cheaper than a memo lookup would be.
      const own = ownCopy(text);
      blocks.push({ text: own, folded: foldTextOnce(own), segments, section });
    }
    text = '';
    segments = [];
  };
  for (let i = Math.max(0, from); i <= Math.min(to, model.lines.length - 1); i++) {
    const line = model.lines[i]!;
    if (info.breaks[i] === 1 || !isProseLine(line)) {
      flush();
      continue;
    }
    if (PAGE_NUMBER.test(line)) continue;
    const lead = line.search(/\S/); // a prose line has some (isProseLine)
    const body = line.slice(lead).trimEnd();
    if (segments.length) {
      // A wrapped line continues the sentence; a finished sentence or a new item starts a new one.
      // (The previous line is looked at, not the block text: that may be a long rope.)
      // (`previous` has no trailing white space: its last character is the one to look at.)
      if (SENTENCE_ENDERS.includes(previous[previous.length - 1]!) || STARTS_ITEM.test(body)) text += '\n';
    } else section = sectionOf(info, i);
    segments.push({ line: i, char: lead, start: text.length, length: body.length });
    text += body;
    previous = body;
  }
  flush();
  return blocks;
}

/** The source range of block offsets [start, end). A span over a line break is cut at the line's end. */
export function blockRange(block: ProseBlock, start: number, end: number): Range {
  const seg = segmentAt(block, start);
  const startChar = seg.char + (start - seg.start);
  const inSeg = Math.min(end, seg.start + seg.length);
  return { start: { line: seg.line, character: startChar }, end: { line: seg.line, character: seg.char + (inSeg - seg.start) } };
}

function segmentAt(block: ProseBlock, offset: number): Segment {
  // Binary search: the last segment that starts at or before the offset.
  const segs = block.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return segs[lo]!;
}

/** What ends a sentence: 。！？!?；; and a line break; a clause also ends at ，,. By UTF-16 unit. */
const SENTENCE_END = new Uint8Array(0x10000);
for (const ch of '。！？!?；;\n') SENTENCE_END[ch.charCodeAt(0)] = 1;
const CLAUSE_END = SENTENCE_END.slice();
for (const ch of '，,') CLAUSE_END[ch.charCodeAt(0)] = 1;

/** Offsets of the characters that end sentences (or clauses) in a text, ascending. */
function stops(text: string, enders: Uint8Array): number[] {
  const out: number[] = [];
  // A table lookup per UTF-16 unit, not a one-character string and an expression test: blocks are long.
  for (let i = 0; i < text.length; i++) if (enders[text.charCodeAt(i)] === 1) out.push(i);
  return out;
}

const stopCache = new WeakMap<ProseBlock, { sentence: number[]; clause: number[] }>();

function stopsOf(block: ProseBlock): { sentence: number[]; clause: number[] } {
  let hit = stopCache.get(block);
  if (!hit) {
    hit = { sentence: stops(block.folded, SENTENCE_END), clause: stops(block.folded, CLAUSE_END) };
    stopCache.set(block, hit);
  }
  return hit;
}

/** The span around `offset` between two stops: after the previous stop, up to the next one. */
function spanAt(stopsAsc: number[], length: number, offset: number, includeEnd: boolean): { start: number; end: number } {
  const lo = lowerBound(stopsAsc, offset);
  // stopsAsc[lo] is the first stop at or after offset; the one before it ends the previous span.
  const start = lo > 0 ? stopsAsc[lo - 1]! + 1 : 0;
  const next = lo < stopsAsc.length ? stopsAsc[lo]! : length;
  return { start, end: Math.min(length, includeEnd ? next + 1 : next) };
}

/** The sentence around an offset: from after the previous 。！？；/line break to the next one (inclusive). */
export function sentenceAt(block: ProseBlock, offset: number): { start: number; end: number } {
  return spanAt(stopsOf(block).sentence, block.folded.length, offset, true);
}

/** The clause around an offset: like a sentence, but commas end it too (the comma is left out). */
export function clauseAt(block: ProseBlock, offset: number): { start: number; end: number } {
  return spanAt(stopsOf(block).clause, block.folded.length, offset, false);
}

const cache = new WeakMap<ReportModel, { narrative: ProseBlock[]; all: ProseBlock[]; tail: ProseBlock[] }>();

/**
 * The blocks `buildBlocks(model, from, to, info)` would make, taken from `all` (the whole
 * document's blocks) when no block of `all` runs across `from` or `to`: a block starts and
 * ends at the same lines whichever range it is built in, so the sections' prose is not built
 * a second time. Otherwise (a range cut inside a paragraph) the range is built on its own.
 */
function blocksIn(model: ReportModel, all: ProseBlock[], from: number, to: number, info: LineInfo): ProseBlock[] {
  const firstLine = (b: ProseBlock) => b.segments[0]!.line;
  const lastLine = (b: ProseBlock) => b.segments[b.segments.length - 1]!.line;
  // The first block that ends at or after `from` (blocks are in line order).
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lastLine(all[mid]!) < from) lo = mid + 1;
    else hi = mid;
  }
  const out: ProseBlock[] = [];
  for (let k = lo; k < all.length && firstLine(all[k]!) <= to; k++) {
    const b = all[k]!;
    if (firstLine(b) < from || lastLine(b) > to) return buildBlocks(model, from, to, info);
    out.push(b);
  }
  return out;
}

function compute(model: ReportModel) {
  let hit = cache.get(model);
  if (hit) return hit;
  const info = lineInfo(model);
  const all = buildBlocks(model, 0, model.lines.length - 1, info);
  const narrative: ProseBlock[] = [];
  const tail: ProseBlock[] = [];
  const first = model.sections[0];
  const hasOne = model.sections.some((s) => s.id === '一');
  // Without a recognisable 一、总体情况 the overview is whatever stands before the first section.
  if (!hasOne && first) {
    const titleLine = model.title?.range.start.line ?? -1;
    pushAll(narrative, blocksIn(model, all, titleLine + 1, first.headingRange.start.line - 1, info));
  }
  for (const s of model.sections) {
    if (!'一二三四'.includes(s.id)) continue;
    let end = s.endLine;
    // Section 四 holds Table 四 only; text after the table belongs to unrecognised later headings.
    if (s.id === '四' && model.t4 && model.t4.endLine >= s.bodyStartLine && model.t4.endLine < s.endLine) {
      pushAll(tail, blocksIn(model, all, model.t4.endLine + 1, s.endLine, info));
      end = model.t4.endLine;
    }
    pushAll(narrative, blocksIn(model, all, s.bodyStartLine, end, info));
  }
  hit = { narrative, all, tail };
  cache.set(model, hit);
  return hit;
}

/** Prose of sections 一–四 (the part the narrative checks read). */
export function narrativeBlocks(model: ReportModel): ProseBlock[] {
  return compute(model).narrative;
}

/** Prose of the whole document, preamble and sections 五/六 included. */
export function allBlocks(model: ReportModel): ProseBlock[] {
  return compute(model).all;
}

/** Prose after Table 四 inside section 四 (unrecognised 五/六 headings, signature). */
export function tailBlocks(model: ReportModel): ProseBlock[] {
  return compute(model).tail;
}
