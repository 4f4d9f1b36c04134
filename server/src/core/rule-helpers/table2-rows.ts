/**
 * Table-二 row edits the quick fixes share: a missing row written back with zeros (in the
 * layout of its neighbours) and a 2019 row name renamed to the 2021 label. Both keep every
 * number the report has; the inserted zeros are the clerk's to check.
 */
import type { ReportModel, RowNode } from '../model';
import type { Range, TextEdit } from '../types';
import { T2_GROUPS, T2_ROWS, type Table2GroupDef } from '../template/table2';
import { normalizeLabel, splitEnumerator } from '../template/normalize';

/** The official label for a 2019 row name (`规范性文件` → `行政规范性文件`), or null. */
export function officialRowLabel(writtenNorm: string): string | null {
  for (const r of T2_ROWS) {
    if (normalizeLabel(r.label) === writtenNorm) return null;
    if (r.names.some((n) => normalizeLabel(n) === writtenNorm)) return r.label;
  }
  return null;
}

/**
 * The edit that renames a row label in place: `行政` is inserted before `规范性文件` (a two-
 * character edit that keeps any enumerator and spacing); a label written otherwise (traditional
 * characters, spaced out) is replaced whole.
 */
export function renameRowEdit(model: ReportModel, labelRange: Range, written: string, official: string): TextEdit {
  const line = model.lines[labelRange.start.line]!;
  const raw = line.slice(labelRange.start.character, labelRange.end.character);
  const at = official.endsWith(written) ? raw.lastIndexOf(written) : -1;
  if (at >= 0) {
    const p = { line: labelRange.start.line, character: labelRange.start.character + at };
    return { range: { start: p, end: p }, newText: official.slice(0, official.length - written.length) };
  }
  return { range: labelRange, newText: official };
}

/** The normalised row name as written (without an enumerator such as `1.`). */
export function writtenRowName(row: RowNode): string {
  return splitEnumerator(normalizeLabel(row.label)).rest;
}

/** A row's whole line, when the label and every value sit on that one line. */
function singleLine(model: ReportModel, row: RowNode, count: number): string | null {
  if (!row.labelRange || row.values.length !== count) return null;
  if (row.labelRange.start.line !== row.line || row.values.some((v) => v.range.start.line !== row.line || v.range.end.line !== row.line)) return null;
  return model.lines[row.line]!;
}

/** `line` with the label replaced by `label` and every value by 0 (right to left, so offsets hold). */
function zeroCopy(line: string, row: RowNode, label: string): string {
  const spans = [{ range: row.labelRange!, text: label }, ...row.values.map((v) => ({ range: v.range, text: '0' }))].sort(
    (a, b) => b.range.start.character - a.range.start.character,
  );
  let out = line;
  for (const s of spans) out = out.slice(0, s.range.start.character) + s.text + out.slice(s.range.end.character);
  return out;
}

/**
 * The edit that inserts a missing table-二 row with zeros: before the next row of its sub-table,
 * else after the previous one, else after the sub-table's header lines. The new line copies a
 * neighbour's layout (tabs, `|` cells); without one it is tab-separated.
 */
export function insertRowEdit(model: ReportModel, rowId: string): TextEdit | null {
  const t2 = model.t2;
  const group: Table2GroupDef | undefined = T2_GROUPS.find((g) => g.rows.includes(rowId));
  const def = T2_ROWS.find((r) => r.id === rowId);
  if (!t2 || !group || !def) return null;
  const k = group.rows.indexOf(rowId);
  const present = (id: string) => t2.rows.find((r) => r.id === id);
  const next = group.rows.slice(k + 1).map(present).find((r) => r !== undefined);
  const prev = group.rows.slice(0, k).reverse().map(present).find((r) => r !== undefined);
  const neighbour = next ?? prev;
  const plain = [def.label, ...group.columns.map(() => '0')].join('\t');
  const line = neighbour ? singleLine(model, neighbour, group.columns.length) : null;
  const text = line !== null && neighbour ? zeroCopy(line, neighbour, def.label) : plain;
  const eol = model.eol;
  if (next) return { range: { start: { line: next.line, character: 0 }, end: { line: next.line, character: 0 } }, newText: text + eol };
  let after: number | null = prev ? lastLineOf(prev) : null;
  if (after === null) {
    const header = t2.groups.get(group.id);
    if (!header) return null;
    after = header.start.line;
    // The `信息内容 | 本年制发件数 …` line right below the sub-table's header belongs above the row.
    const content = t2.headers.find((h) => h.key === 't2.col.content' && h.range.start.line > after! && h.range.start.line <= after! + 2);
    if (content) after = content.range.start.line;
  }
  const end = { line: after, character: model.lines[after]!.length };
  return { range: { start: end, end }, newText: eol + text };
}

function lastLineOf(row: RowNode): number {
  let last = row.line;
  for (const v of row.values) if (v.range.end.line > last) last = v.range.end.line;
  return last;
}

/**
 * The 2019 sub-table (一) carried into a 2021-or-later report the way 11 of 40 real reports
 * do: no 规章 row, and `规范性文件` where the 2021 table says `行政规范性文件`. One fault, so one
 * finding: T2-SHAPE reports it (with both fixes) and T2-OLD-FORMAT leaves that label alone.
 */
export function oldFirstSubTable(model: ReportModel): { row: RowNode; written: string; official: string } | null {
  const t2 = model.t2;
  if (!t2 || model.year === null || model.year < 2021 || t2.rows.some((r) => r.id === 'regulation')) return null;
  const row = t2.rows.find((r) => r.id === 'normative');
  if (!row?.labelRange) return null;
  const written = writtenRowName(row);
  const official = officialRowLabel(written);
  return official ? { row, written, official } : null;
}

/** True when a table-二 trial phrase is that old row name (reported by T2-SHAPE instead). */
export function isMergedOldLabel(model: ReportModel, phraseRange: Range): boolean {
  const merged = oldFirstSubTable(model);
  return !!merged && merged.row.labelRange!.start.line === phraseRange.start.line && merged.row.labelRange!.start.character === phraseRange.start.character;
}

/**
 * A document row (规章 / 行政规范性文件) whose three numbers lost their separators in copying
 * (`4920` for 4, 9, 20 — 7 of 40 real reports): the ways to cut the digits into three counts
 * without leading zeros, keeping only those where 现行有效件数 ≥ 本年制发件数 (a document issued
 * this year is still in force). More than `max` ways says nothing: then none is returned.
 */
export function joinedDigitSplits(raw: string, max = 3): string[][] {
  const digits = raw.normalize('NFKC').trim();
  if (!/^\d{3,12}$/.test(digits)) return [];
  const ok = (part: string) => part === '0' || !part.startsWith('0');
  const out: string[][] = [];
  for (let i = 1; i < digits.length - 1; i++) {
    for (let j = i + 1; j < digits.length; j++) {
      const parts = [digits.slice(0, i), digits.slice(i, j), digits.slice(j)];
      if (!parts.every(ok)) continue;
      if (BigInt(parts[2]!) < BigInt(parts[0]!)) continue;
      out.push(parts);
    }
  }
  return out.length <= max ? out : [];
}
