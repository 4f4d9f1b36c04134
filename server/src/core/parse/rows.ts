/**
 * Turning table lines into labelled rows: the label is the row's words, its values are the
 * numbers after the last word (spec §2.2 parsing hint), never fixed column positions.
 */
import type { RowNode, ValueToken } from '../model';
import type { Range } from '../types';
import { range, spanRange } from '../text';
import { memoize } from '../memo';
import { pushAll } from '../arrays';
import { isMarkdownSeparator, isPageFurniture, splitTableLine, type Token } from './cells';

export interface TableLine {
  line: number;
  /** Words of the line (label cells), each with its range. */
  texts: Token[];
  /** Values after the last word (blank cells between values included). */
  values: ValueToken[];
  /** Empty cells between the last word and the first value, as blank values (see `padLeadingBlanks`). */
  leadingBlanks: ValueToken[];
  separator: RowNode['separator'];
  /** Where the line's content ends, for appending a value. */
  end: number;
}

/**
 * Read one line as a table line, or null for a line that holds nothing (separator rows, page
 * numbers). A line's cells depend on its text alone, so they are read once per distinct text
 * (at line 0) and moved to the line asked for: re-checking after a keystroke re-reads one line.
 */
export function readTableLine(text: string, line: number): TableLine | null {
  const shape = lineShape(text);
  return shape && moveToLine(shape, line);
}

const lineShape = memoize((text: string) => readLineAt0(text), 8192);

function moveRange(r: Range, line: number): Range {
  return { start: { line, character: r.start.character }, end: { line, character: r.end.character } };
}

function moveToLine(shape: TableLine, line: number): TableLine {
  return {
    ...shape,
    line,
    texts: shape.texts.map((t) => ({ ...t, range: moveRange(t.range, line) })),
    values: shape.values.map((v) => ({ ...v, range: moveRange(v.range, line) })),
    leadingBlanks: shape.leadingBlanks.map((v) => ({ ...v, range: moveRange(v.range, line) })),
  };
}

function readLineAt0(text: string): TableLine | null {
  const line = 0;
  if (text.trim() === '' || isMarkdownSeparator(text) || isPageFurniture(text)) return null;
  const { tokens, separator } = splitTableLine(text, line);
  let lastText = -1;
  tokens.forEach((t, i) => {
    if (t.kind === 'text') lastText = i;
  });
  // Numbers before the last word belong to the label (e.g. `3 其他`), so merge them in.
  const texts: Token[] = [];
  for (let i = 0; i <= lastText; i++) {
    const t = tokens[i]!;
    if (t.kind === 'empty') continue;
    if (t.kind === 'text') texts.push(t);
    else if (texts.length && i < lastText) {
      const prev = texts[texts.length - 1]!;
      texts[texts.length - 1] = { ...prev, raw: `${prev.raw} ${t.raw}`, range: spanRange(prev.range, t.range) };
    } else texts.push({ ...t, kind: 'text', value: null, flags: [] });
  }
  const after = tokens.slice(lastText + 1);
  let first = after.findIndex((t) => t.kind === 'number' || t.kind === 'blank');
  let last = -1;
  after.forEach((t, i) => {
    if (t.kind === 'number' || t.kind === 'blank') last = i;
  });
  const values: ValueToken[] = [];
  const leadingBlanks: ValueToken[] = [];
  if (first >= 0) {
    for (const t of after.slice(first, last + 1)) {
      values.push({ raw: t.raw, value: t.value, range: t.range, flags: t.kind === 'number' ? t.flags : ['blank'] });
    }
    // Only beside a number: a row of empty cells alone is a row left blank, not a row of blanks.
    if (values.some((v) => v.value !== null)) {
      for (const t of after.slice(0, first)) if (t.kind === 'empty') leadingBlanks.push({ raw: '', value: null, range: t.range, flags: ['blank'] });
    }
  }
  return { line, texts, values, leadingBlanks, separator, end: text.replace(/[\s|]+$/, '').length };
}

export function labelOf(texts: Token[]): { label: string; labelRange: Range | null } {
  if (!texts.length) return { label: '', labelRange: null };
  return { label: texts.map((t) => t.raw).join(' '), labelRange: spanRange(texts[0]!.range, texts[texts.length - 1]!.range) };
}

export function newRow(id: string | null, tl: TableLine, texts: Token[] = tl.texts): RowNode {
  const { label, labelRange } = labelOf(texts);
  const row: RowNode = {
    id,
    label,
    labelRange,
    line: tl.line,
    values: [...tl.values],
    insertAt: range(tl.line, tl.end, tl.end),
    separator: tl.separator,
  };
  if (tl.leadingBlanks.length) row.leadingBlanks = tl.leadingBlanks;
  updateInsertAt(row);
  return row;
}

/**
 * A row short of `expected` values whose label is followed by empty cells: values stand in the
 * last columns, so the empty cells nearest the values are its blank first cells (`| 0 |` left
 * empty in 自然人 … 其他: `label | | | | | | | 5 |`). Empty cells beyond those stay layout (a label
 * cell spanning two columns), and a full row is never changed.
 */
export function padLeadingBlanks(row: RowNode, expected: number): void {
  const missing = expected - row.values.length;
  const blanks = row.leadingBlanks;
  if (missing <= 0 || !blanks || blanks.length < missing) return;
  row.values = [...blanks.slice(blanks.length - missing), ...row.values];
}

/** Append a continuation line's values (a value wrapped onto the next line, seed 002). */
export function appendValues(row: RowNode, tl: TableLine): void {
  pushAll(row.values, tl.values);
  updateInsertAt(row);
}

function updateInsertAt(row: RowNode): void {
  const lastValue = row.values[row.values.length - 1];
  const anchor = lastValue?.range ?? row.labelRange;
  if (anchor) row.insertAt = { start: anchor.end, end: anchor.end };
}

/**
 * A zero merged down several rows of one group (`rowspan`; in table 二 one sub-table, e.g.
 * 行政处罚 and 行政强制 sharing one 0) is copied once: in a browser copy, where every cell stands
 * on its own line, the rows it also covers follow as bare labels. They read the zeros of the row
 * that carries them — only zeros, only rows of the same group right after it, and only where
 * that row's values stand on lines of their own (in a tab-separated row a label without values
 * is a row left blank, which stays blank). `groupOf` maps a row id to its group (template data).
 */
export function shareMergedZeros(rows: RowNode[], groupOf: ReadonlyMap<string, string | undefined>): void {
  for (let k = 0; k < rows.length; k++) {
    const carrier = rows[k]!;
    const stacked = carrier.values.length > 0 && carrier.values.every((v) => v.range.start.line > carrier.line);
    if (!carrier.id || !stacked || !carrier.values.every((v) => v.value === 0)) continue;
    const group = groupOf.get(carrier.id);
    for (let j = k + 1; j < rows.length; j++) {
      const row = rows[j]!;
      if (!row.id || row.values.length || !group || groupOf.get(row.id) !== group) break;
      row.values = carrier.values.map((v) => ({ ...v }));
    }
  }
}
