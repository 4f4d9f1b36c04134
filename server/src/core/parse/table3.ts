/**
 * Table 三 (spec §2.2): rows found by key phrase, values read after the label, wrapped
 * values joined, the column layout (总计 missing, 小计 added) read from header and data.
 */
import type { HeaderCell, RowNode, Table3Node } from '../model';
import { T3_APPLICANT_COLUMNS, T3_APPLICANT_HEADER, T3_COLUMN_IDS, T3_COLUMNS, T3_GROUPS, T3_NOTE_KEY, T3_ORG_GROUP, T3_ROWS, T3_SUBTOTAL_WORD, T3_TRIAL_OTHER_ROW, type T3ColumnId } from '../template/table3';
import { normalizeLabel, splitEnumerator, dropCountSuffix, looseMatcher } from '../template/normalize';
import { spanRange } from '../text';
import { memoize } from '../memo';
import { appendValues, newRow, padLeadingBlanks, readTableLine, shareMergedZeros } from './rows';
import { isProse, regionHas } from './region';
import { matchSectionHeading } from './structure';
import { T4_GROUPS, T4_LITIGATION } from '../template/table4';
import type { Token } from './cells';

// A region without any table-三 row phrase holds no table 三: one cheap scan instead of reading every line.
const ANCHOR = looseMatcher(T3_ROWS.flatMap((r) => r.keyPhrases));
const ROWS_BY_PHRASE = T3_ROWS.flatMap((r) => r.keyPhrases.map((k) => ({ id: r.id, phrase: normalizeLabel(k) })));
// One test for "does any row phrase occur": most words of a document are not row labels.
const ANY_ROW_PHRASE = new RegExp(ROWS_BY_PHRASE.map((p) => p.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
const GROUPS = T3_GROUPS.map((g) => ({ id: g.id, phrases: g.keyPhrases.map(normalizeLabel) }));
const LEAVES_OF_G6 = new Set(['r3_6_1', 'r3_6_2']);
const APPLICANT = normalizeLabel(T3_APPLICANT_HEADER);
const ORG_GROUP = normalizeLabel(T3_ORG_GROUP);
const OTHER = normalizeLabel(T3_ROWS.find((r) => r.id === 'r3_6_3')!.label.replace(/^\d\./, ''));
const TOTAL = normalizeLabel(T3_COLUMNS.find((c) => c.id === 'tot')!.label);
const T4_START = new RegExp(`^${normalizeLabel(T4_GROUPS[0]!.label)}.*${normalizeLabel(T4_LITIGATION)}`);
const ROW_GROUP = new Map(T3_ROWS.map((r) => [r.id, r.group]));

const COLUMN_WORDS = new Map<string, string>();
for (const c of T3_COLUMNS) for (const n of c.names) COLUMN_WORDS.set(normalizeLabel(n), c.id);

type Classified =
  | { kind: 'note' }
  | { kind: 'header'; key: string; column?: string }
  | { kind: 'group'; id: string }
  | { kind: 'row'; id: string }
  | { kind: 'other' };

interface Context {
  seenData: boolean;
  group: string | null;
  lastRowId: string | null;
}

/** The first row whose phrase the words contain: a function of the words, asked for every label of every report. */
const rowByPhrase = memoize((words: string): string | null => {
  if (!ANY_ROW_PHRASE.test(words)) return null;
  for (const { id, phrase } of ROWS_BY_PHRASE) if (phrase && words.includes(phrase)) return id;
  return null;
}, 2048, 120);

/** What one label cell of table 三 is. */
function classify(raw: string, ctx: Context): Classified {
  const norm = normalizeLabel(raw);
  if (norm.includes(T3_NOTE_KEY)) return { kind: 'note' };
  const { enumerator, rest } = splitEnumerator(norm);
  const words = dropCountSuffix(rest);
  if (!ctx.seenData) {
    if (words === APPLICANT) return { kind: 'header', key: 't3.applicant' };
    if (words === ORG_GROUP) return { kind: 'header', key: 't3.colgroup.org' };
    if (words === normalizeLabel(T3_SUBTOTAL_WORD)) return { kind: 'header', key: 't3.col.subtotal', column: 'sub' };
    const col = COLUMN_WORDS.get(words);
    if (col) return { kind: 'header', key: `t3.col.${col}`, column: col };
  }
  const row = rowByPhrase(words);
  if (row) return { kind: 'row', id: row };
  for (const g of GROUPS) if (g.phrases.some((p) => words === p || (words.includes(p) && words.length <= p.length + 2))) return { kind: 'group', id: g.id };
  if (ctx.seenData) {
    const inG6 = ctx.group === 'g3_6' || LEAVES_OF_G6.has(ctx.lastRowId ?? '');
    if (words === OTHER && (inG6 || enumerator === '3')) return { kind: 'row', id: 'r3_6_3' };
    if (words === TOTAL || enumerator === '七') return { kind: 'row', id: 'r3_7' };
  }
  return { kind: 'other' };
}

export function parseTable3(lines: string[], startLine: number, endLine: number): Table3Node | null {
  if (!regionHas(lines, startLine, endLine, ANCHOR)) return null;
  const rows: RowNode[] = [];
  const headers: HeaderCell[] = [];
  const headerColumns: string[] = [];
  const ctx: Context = { seenData: false, group: null, lastRowId: null };
  let current = null as RowNode | null;
  // A label whose values come on the lines after it (a browser copy puts every cell on its own
  // line) is a row only once a value comes: labels that never get one (a vertical group label
  // copied one character a line) leave no row behind.
  let listed = true;
  let first = -1;
  let last = -1;
  const startRow = (row: RowNode, withValues: boolean) => {
    current = row;
    listed = withValues;
    if (withValues) rows.push(row);
  };
  const addValues = (tl: NonNullable<ReturnType<typeof readTableLine>>) => {
    appendValues(current!, tl);
    if (!listed && current!.values.length) {
      rows.push(current!);
      listed = true;
    }
  };

  const touch = (line: number) => {
    if (first < 0) first = line;
    last = line;
  };

  for (let i = startLine; i <= endLine && i < lines.length; i++) {
    const text = lines[i]!;
    if (isProse(text)) continue;
    // Searching the whole document (table outside its section): the next heading or table 四 ends it.
    if (ctx.seenData && (matchSectionHeading(text) || T4_START.test(normalizeLabel(text)))) break;
    const tl = readTableLine(text, i);
    if (!tl) continue;
    if (tl.texts.length === 0) {
      if (current && tl.values.length) {
        addValues(tl);
        touch(i);
      }
      continue;
    }
    let rowHit: { id: string; token: Token } | null = null;
    let groupHit: string | null = null;
    const unknown: Token[] = [];
    for (const t of tl.texts) {
      const c = classify(t.raw, ctx);
      if (c.kind === 'note') headers.push({ key: 't3.note', text: t.raw, range: t.range });
      else if (c.kind === 'header') {
        headers.push({ key: c.key, text: t.raw, range: t.range });
        if (c.column) headerColumns.push(c.column);
      } else if (c.kind === 'group') {
        groupHit = c.id;
        ctx.group = c.id;
        headers.push({ key: `t3.group.${c.id}`, text: t.raw, range: t.range });
      } else if (c.kind === 'row') rowHit = { id: c.id, token: t };
      else unknown.push(t);
    }
    if (rowHit || groupHit || headers.length) touch(i);
    if (rowHit && current?.id === rowHit.id && current.values.length === 0 && current.labelRange) {
      // Both halves of a broken label name the row (`…重新出具` / `已获取信息`): one row.
      current.label += rowHit.token.raw;
      current.labelRange = spanRange(current.labelRange, rowHit.token.range);
      addValues(tl);
      continue;
    }
    if (rowHit && !tl.values.length && continuesLabel(current, rowHit.token.raw) === rowHit.id) {
      nameByTail(current!, [rowHit.token], rowHit.id, ctx);
      continue;
    }
    if (rowHit) {
      startRow(newRow(rowHit.id, tl, [rowHit.token]), true);
      ctx.seenData = true;
      ctx.lastRowId = rowHit.id;
      ctx.group = ROW_GROUP.get(rowHit.id) ?? null;
      continue;
    }
    if (groupHit === 'g3_6' && (tl.values.length || ctx.seenData)) {
      // The 2019 trial layout: （六）其他处理 is itself a data row (spec §2.5) — when values
      // follow it, on its line or (a browser copy) on the next ones.
      const token = tl.texts.find((t) => classify(t.raw, { ...ctx, seenData: true }).kind === 'group')!;
      startRow(newRow(T3_TRIAL_OTHER_ROW.id, tl, [token]), tl.values.length > 0);
      if (listed) ctx.lastRowId = T3_TRIAL_OTHER_ROW.id;
      continue;
    }
    // Values after a group label are never the row above's.
    if (groupHit && !unknown.length) {
      if (ctx.seenData) current = null;
      continue;
    }
    if (!ctx.seenData || !unknown.length) continue;
    touch(i);
    const words = unknown.map((t) => t.raw).join('');
    // (null at once for a row with no values yet: the first case below.)
    const tailOf = tl.values.length ? null : continuesLabel(current, words);
    if (current && current.values.length === 0 && current.labelRange) {
      // A label broken over two lines (PDF, a cell's two paragraphs in a browser copy): the
      // words continue the row above, and the whole label may name a row its halves do not.
      const lastUnknown = unknown[unknown.length - 1]!;
      current.label += words;
      current.labelRange = spanRange(current.labelRange, lastUnknown.range);
      if (!current.id) nameJoinedLabel(current, ctx);
      addValues(tl);
    } else if (tailOf) {
      nameByTail(current!, unknown, tailOf, ctx);
    } else {
      // Words no row is named by: the values that follow are theirs, not the row above's.
      startRow(newRow(null, tl, unknown), tl.values.length > 0);
    }
  }
  shareMergedZeros(rows, ROW_GROUP);
  if (first < 0 || !rows.some((r) => r.id)) return null;

  const counts = new Map<number, number>();
  for (const r of rows) if (r.id) counts.set(r.values.length, (counts.get(r.values.length) ?? 0) + 1);
  const modal = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 7;
  const headerHasTotal = headerColumns.includes('tot');
  const hasSubtotalColumn = headerColumns.includes('sub');
  const headerKnown = headerColumns.length >= 3;
  const hasTotalColumn = headerKnown ? headerHasTotal || modal >= 7 : modal !== 6;
  const columns: string[] = [...T3_APPLICANT_COLUMNS];
  if (hasSubtotalColumn) columns.push('sub');
  if (hasTotalColumn) columns.push('tot');
  for (const r of rows) if (r.id) padLeadingBlanks(r, columns.length);

  return {
    id: 't3',
    startLine: first,
    endLine: last,
    rows,
    headers,
    columns,
    hasTotalColumn,
    hasSubtotalColumn,
    trialLayout: rows.some((r) => r.id === T3_TRIAL_OTHER_ROW.id) && !rows.some((r) => r.id === 'r3_6_1'),
    subtotals: new Map(),
  };
}

/**
 * The row a label's last line names together with the unnamed row above it, when a key phrase
 * of that row is cut by the line break (`…重新出` / `具已获取信息`). PDF text centres a cell's
 * numbers on the middle line of its wrapped label, so the label's head gets the numbers and
 * its tail follows them; a phrase cut in two proves the lines are one label, while a phrase
 * that stands whole on the new line is the next row's own.
 */
function continuesLabel(row: RowNode | null, tail: string): string | null {
  if (!row || row.id || !row.values.length || !row.labelRange) return null;
  const head = normalizeLabel(row.label);
  const joined = head + normalizeLabel(tail);
  for (const { id, phrase } of ROWS_BY_PHRASE) {
    for (let at = joined.indexOf(phrase); at >= 0; at = joined.indexOf(phrase, at + 1)) {
      if (phrase && at < head.length && at + phrase.length > head.length) return id;
    }
  }
  return null;
}

/** The unnamed row above takes the words of its label's tail and the row they name together. */
function nameByTail(row: RowNode, tail: Token[], id: string, ctx: Context): void {
  row.label += tail.map((t) => t.raw).join('');
  row.labelRange = spanRange(row.labelRange!, tail[tail.length - 1]!.range);
  row.id = id;
  ctx.seenData = true;
  ctx.lastRowId = id;
  ctx.group = ROW_GROUP.get(id) ?? null;
}

/** A label joined from two lines that names a template row takes that row's id. */
function nameJoinedLabel(row: RowNode, ctx: Context): void {
  const c = classify(row.label, ctx);
  if (c.kind !== 'row') return;
  row.id = c.id;
  ctx.lastRowId = c.id;
  ctx.group = ROW_GROUP.get(c.id) ?? null;
}

/**
 * The column each value of a row stands in, or null when the row's count does not fit
 * the layout: then no cell of the row is guessed.
 */
export function columnsForRow(table: Table3Node, valueCount: number): (T3ColumnId | 'sub')[] | null {
  if (valueCount === table.columns.length) return table.columns as (T3ColumnId | 'sub')[];
  if (valueCount === T3_COLUMN_IDS.length && !table.hasSubtotalColumn) return [...T3_COLUMN_IDS];
  return null;
}
