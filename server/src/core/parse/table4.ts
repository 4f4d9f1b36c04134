/**
 * Table 四 (spec §2.3): header lines of known words, then one row of 15 numbers read by
 * position. Header text is often truncated (`结果 | 结果 | 其他 | 尚未`), so it is only
 * used to find the table and for hovers, never to place values.
 */
import type { HeaderCell, RowNode, Table4Node } from '../model';
import { T4_HEADER_WORDS } from '../template/table4';
import { normalizeLabel } from '../template/normalize';
import { appendValues, newRow, readTableLine } from './rows';

const HEADER_WORDS = T4_HEADER_WORDS.map(normalizeLabel);
// Truncated or split header cells (seed 002 `结果`, PDF one character per line).
const HEADER_FRAGMENT = /^(结果|其他|尚未|总计|维持|纠正|审结|件数|[结果维持纠正其他尚未审总计])+$/;

const HOVER_BY_WORD: Record<string, string> = {
  行政复议: 't4.group.rev',
  行政诉讼: 't4.group.lit',
  未经复议直接起诉: 't4.group.lit_direct',
  复议后起诉: 't4.group.lit_after',
};
const COLUMN_BY_WORD: Record<string, string> = {
  结果维持: 'upheld',
  结果纠正: 'corrected',
  其他结果: 'other',
  尚未审结: 'pending',
  总计: 'total',
};

function isProse(text: string): boolean {
  return !text.includes('\t') && !text.includes('|') && /[。！？]/.test(text);
}

function isHeaderWord(norm: string): boolean {
  return HEADER_WORDS.includes(norm) || HEADER_FRAGMENT.test(norm);
}

export function parseTable4(lines: string[], startLine: number, endLine: number): Table4Node | null {
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
      if (!norms.some((n) => n === '行政复议' || n === '行政诉讼')) continue;
      headerStart = i;
    }
    if (allHeader && !dataRow) {
      tl.texts.forEach((t, k) => {
        const n = norms[k]!;
        const group = HOVER_BY_WORD[n];
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
  return { id: 't4', startLine: headerStart, endLine: Math.max(last, headerStart), rows: dataRow ? [dataRow] : [], headers, dataRow };
}
