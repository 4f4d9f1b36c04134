/**
 * Table 二 (spec §2.1): four stacked sub-tables. Rows are matched by their exact
 * normalised name; the sub-table header `第二十条第（N）项` sets which columns apply.
 */
import type { HeaderCell, RowNode, Table2Node } from '../model';
import type { Range } from '../types';
import { T2_COLUMNS, T2_CONTENT_HEADER, T2_GROUPS, T2_ROWS, T2_TRIAL_FORMAT_PHRASES } from '../template/table2';
import { normalizeLabel, splitEnumerator, looseMatcher } from '../template/normalize';
import { appendValues, newRow, padLeadingBlanks, readTableLine, shareMergedZeros } from './rows';
import { spanRange } from '../text';
import type { Token } from './cells';
import { isProse, regionHas } from './region';

// A region without any table-二 word holds no table 二: one cheap scan instead of reading every line.
const ANCHOR = looseMatcher(['第二十条', ...T2_ROWS.flatMap((r) => r.names)]);
const ROW_NAMES = new Map<string, string>();
for (const r of T2_ROWS) for (const n of r.names) ROW_NAMES.set(normalizeLabel(n), r.id);
const COLUMN_NAMES = new Map<string, string>(T2_COLUMNS.map((c) => [normalizeLabel(c.label).replace(/\(.*\)$/, ''), c.hoverKey]));
const TRIAL = T2_TRIAL_FORMAT_PHRASES.map((p) => normalizeLabel(p));
const GROUP_HEADER = /第二十条第\(([一二三四五六七八九十]+)\)项/;

const ROW_GROUP = new Map<string, string>(T2_ROWS.map((r) => [r.id, r.group]));

/** `head` and `tail` as one label when together they name a row, else `tail` alone. */
function joinIfRow(head: Token, tail: Token): Token {
  const raw = head.raw + tail.raw;
  return ROW_NAMES.has(splitEnumerator(normalizeLabel(raw)).rest) ? { ...tail, raw, range: spanRange(head.range, tail.range) } : tail;
}

export function parseTable2(lines: string[], startLine: number, endLine: number): Table2Node | null {
  if (!regionHas(lines, startLine, endLine, ANCHOR)) return null;
  const rows: RowNode[] = [];
  const headers: HeaderCell[] = [];
  const groups = new Map<string, Range>();
  const trialPhrases: Table2Node['trialPhrases'] = [];
  let current: RowNode | null = null;
  // The words of a line that named nothing: a label broken over two lines (`行政事业性` / `收费`,
  // a cell's two paragraphs in a browser copy) names its row with the next line's words.
  let broken: Token | null = null;
  let first = -1;
  let last = -1;

  for (let i = startLine; i <= endLine && i < lines.length; i++) {
    const text = lines[i]!;
    if (isProse(text)) continue;
    const tl = readTableLine(text, i);
    if (!tl) continue;
    if (tl.texts.length === 0) {
      if (current && tl.values.length) appendValues(current, tl);
      continue;
    }
    let matched = false;
    for (const [k, written] of tl.texts.entries()) {
      const t = k === 0 && broken ? joinIfRow(broken, written) : written;
      const norm = normalizeLabel(t.raw);
      for (const phrase of TRIAL) {
        if (norm.includes(phrase)) trialPhrases.push({ phrase, range: t.range });
      }
      const g = GROUP_HEADER.exec(norm);
      if (g) {
        const def = T2_GROUPS.find((d) => d.item === g[1]);
        if (def) {
          groups.set(def.id, t.range);
          headers.push({ key: def.id, text: t.raw, range: t.range });
        }
        matched = true;
        continue;
      }
      if (norm === normalizeLabel(T2_CONTENT_HEADER)) {
        headers.push({ key: 't2.col.content', text: t.raw, range: t.range });
        matched = true;
        continue;
      }
      const colKey = COLUMN_NAMES.get(norm.replace(/\(.*\)$/, ''));
      if (colKey) {
        headers.push({ key: colKey, text: t.raw, range: t.range });
        matched = true;
        continue;
      }
      const rowId = ROW_NAMES.get(splitEnumerator(norm).rest);
      if (rowId && !rows.some((r) => r.id === rowId)) {
        // A name other than the official label is trial-format wording (`规范性文件`).
        const official = normalizeLabel(T2_ROWS.find((r) => r.id === rowId)!.label);
        const written = splitEnumerator(norm).rest;
        if (written !== official) trialPhrases.push({ phrase: written, range: t.range });
        current = newRow(rowId, tl, [t]);
        rows.push(current);
        matched = true;
      }
    }
    if (matched) {
      if (first < 0) first = i;
      last = i;
    } else current = null;
    broken = !matched && !tl.values.length && tl.texts.length === 1 ? tl.texts[0]! : null;
  }
  if (first < 0 || !rows.length) return null;
  shareMergedZeros(rows, ROW_GROUP);
  for (const r of rows) padLeadingBlanks(r, T2_GROUPS.find((g) => g.rows.includes(r.id!))?.columns.length ?? 0);
  return { id: 't2', startLine: first, endLine: last, rows, headers, groups, trialPhrases };
}
