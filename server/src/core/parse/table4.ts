/**
 * Table 四 (spec §2.3): header lines of known words, then one row of 15 numbers read by
 * position. Header text is often truncated (`结果 | 结果 | 其他 | 尚未`), so it is only
 * used to find the table and for hovers, never to place values.
 */
import type { HeaderCell, RowNode, Table4Node } from '../model';
import { T4_CELL_IDS, T4_COLUMNS, T4_GROUP_HEADERS, T4_GROUP_RUN, T4_HEADER_FRAGMENT, T4_HEADER_WORDS } from '../template/table4';
import type { Token } from './cells';
import { range } from '../text';
import { normalizeLabel, looseMatcher } from '../template/normalize';
import { appendValues, newRow, padLeadingBlanks, readTableLine } from './rows';
import { isProse, regionHas } from './region';

// A region without 行政复议/行政诉讼 holds no table 四: one cheap scan instead of reading every line.
const ANCHOR = looseMatcher(Object.keys(T4_GROUP_HEADERS));
const HEADER_WORDS = T4_HEADER_WORDS.map(normalizeLabel);
const COLUMN_BY_WORD: Record<string, string> = Object.fromEntries(T4_COLUMNS.map((c) => [normalizeLabel(c.label), c.id]));

function isHeaderWord(norm: string): boolean {
  return HEADER_WORDS.includes(norm) || T4_HEADER_FRAGMENT.test(norm) || T4_GROUP_RUN.test(norm);
}

const isGroupHeader = (norm: string) => norm in T4_GROUP_HEADERS || T4_GROUP_RUN.test(norm);

/** A cell of group headers run together, cut at its spaces into the headers it holds. */
function groupPieces(t: Token): Token[] {
  const out: Token[] = [];
  for (const m of t.raw.matchAll(/\S+/g)) {
    const start = t.range.start.character + m.index!;
    out.push({ ...t, raw: m[0], range: range(t.range.start.line, start, start + m[0].length) });
  }
  return out;
}

export function parseTable4(lines: string[], startLine: number, endLine: number): Table4Node | null {
  if (!regionHas(lines, startLine, endLine, ANCHOR)) return null;
  const headers: HeaderCell[] = [];
  let headerStart = -1;
  let dataRow: RowNode | null = null;
  let last = -1;
  // Column headers come twice for litigation; count occurrences to tell review from litigation.
  const seen = new Map<string, number>();

  for (let i = startLine; i <= endLine && i < lines.length; i++) {
    const text = lines[i]!;
    if (isProse(text)) {
      if (dataRow) break;
      continue;
    }
    const tl = readTableLine(text, i);
    if (!tl) continue;
    const norms = tl.texts.map((t) => normalizeLabel(t.raw));
    const allHeader = norms.length > 0 && norms.every(isHeaderWord);
    if (headerStart < 0) {
      if (!norms.some(isGroupHeader)) continue;
      headerStart = i;
    }
    if (allHeader && !dataRow) {
      const cells = tl.texts.flatMap((t, k) => (norms[k]! in T4_GROUP_HEADERS || !T4_GROUP_RUN.test(norms[k]!) ? [t] : groupPieces(t)));
      cells.forEach((t) => {
        const n = normalizeLabel(t.raw);
        const group = T4_GROUP_HEADERS[n];
        const col = COLUMN_BY_WORD[n];
        if (group) headers.push({ key: group, text: t.raw, range: t.range });
        else if (col) {
          const count = seen.get(col) ?? 0;
          seen.set(col, count + 1);
          headers.push({ key: count === 0 ? `t4.rev.${col}` : `t4.lit.${col}`, text: t.raw, range: t.range });
        }
      });
      last = i;
      continue;
    }
    if (!tl.values.length) {
      if (dataRow) break;
      continue;
    }
    // A leading label cell such as `件数` is allowed; any other words end the table.
    if (norms.length && !norms.every(isHeaderWord)) {
      if (dataRow) break;
      continue;
    }
    if (!dataRow) dataRow = newRow(null, tl);
    else if (dataRow.values.length < 15) appendValues(dataRow, tl);
    else break;
    last = i;
  }
  if (headerStart < 0) return null;
  if (dataRow) padLeadingBlanks(dataRow, T4_CELL_IDS.length);
  return { id: 't4', startLine: headerStart, endLine: Math.max(last, headerStart), rows: dataRow ? [dataRow] : [], headers, dataRow };
}
