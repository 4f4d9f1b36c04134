/**
 * `parseReport`: text in, model out. Pure: no I/O, never throws on any text.
 */
import type { Cell, ReportModel, RowNode, SectionNode, ValueToken } from '../model';
import { splitLines } from '../text';
import { T2_CELL_IDS, T2_GROUPS } from '../template/table2';
import { T3_CELL_IDS, T3_TRIAL_OTHER_ROW } from '../template/table3';
import { T4_CELL_IDS } from '../template/table4';
import type { SectionId } from '../template/sections';
import { dominantYear, findPeriodYear, findSections, findSubHeadings, findTitle } from './structure';
import { parseTable2 } from './table2';
import { columnsForRow, parseTable3 } from './table3';
import { parseTable4 } from './table4';

/** The lines to search for a table: its own section when present, else the whole document. */
function regionFor(sections: SectionNode[], id: SectionId, lineCount: number): [number, number] {
  const s = sections.find((x) => x.id === id);
  return s ? [s.bodyStartLine, s.endLine] : [0, lineCount - 1];
}

function cellFrom(id: string, v: ValueToken): Cell {
  return { id, value: v.value, raw: v.raw, range: v.range, flags: v.flags };
}

/** Every template cell as absent; frozen and shared, since a present cell replaces its entry. */
const ABSENT: readonly [string, Cell][] = [...T2_CELL_IDS, ...T3_CELL_IDS, ...T4_CELL_IDS].map((id) => [
  id,
  Object.freeze({ id, value: null, raw: null, range: null, flags: Object.freeze([]) as unknown as Cell['flags'] }),
]);

function emptyCells(): Map<string, Cell> {
  return new Map(ABSENT);
}

/** Cell ids by row and column, built once: `t3.r1.np` without building the string per parse. */
const T3_IDS = new Map<string, Map<string, string>>();
for (const id of T3_CELL_IDS) {
  const [, row, col] = id.split('.') as [string, string, string];
  if (!T3_IDS.has(row)) T3_IDS.set(row, new Map());
  T3_IDS.get(row)!.set(col, id);
}

export interface ParseOptions {
  /**
   * Title, year and headings only, no tables: what an editor can afford on a document far
   * larger than any report (the outline still works; the rules are not run).
   */
  structureOnly?: boolean;
}

export function parseReport(text: string, options: ParseOptions = {}): ReportModel {
  const { lines, lineStarts, eol } = splitLines(text);
  const sections = findSections(lines);
  const firstSection = sections.length ? sections[0]!.headingRange.start.line : -1;
  const title = findTitle(lines, firstSection);
  // Each fallback only when the one before says nothing (most titles state the year).
  const year = title?.year ?? findPeriodYear(lines)?.year ?? yearOfBody(lines, sections);
  const subHeadings = findSubHeadings(lines, sections);

  const cells = emptyCells();
  if (options.structureOnly) return { text, lineStarts, lines, eol, title, year, sections, subHeadings, t2: null, t3: null, t4: null, cells };
  // A table pasted under the wrong heading is still found (S-TABLE-PLACEMENT says so).
  const whole: [number, number] = [0, lines.length - 1];
  const t2 = parseTable2(lines, ...regionFor(sections, '二', lines.length)) ?? (sections.length ? parseTable2(lines, ...whole) : null);
  const t3 = parseTable3(lines, ...regionFor(sections, '三', lines.length)) ?? (sections.length ? parseTable3(lines, ...whole) : null);
  const t4 = parseTable4(lines, ...regionFor(sections, '四', lines.length)) ?? (sections.length ? parseTable4(lines, ...whole) : null);

  if (t2) {
    for (const row of t2.rows) {
      const group = T2_GROUPS.find((g) => g.rows.includes(row.id!));
      if (!group || row.values.length !== group.columns.length) continue;
      group.columns.forEach((c, k) => cells.set(`t2.${row.id}.${c}`, cellFrom(`t2.${row.id}.${c}`, row.values[k]!)));
    }
  }
  if (t3) {
    for (const row of t3.rows) assignTable3Row(row, t3, cells);
  }
  if (t4?.dataRow && t4.dataRow.values.length === 15) {
    T4_CELL_IDS.forEach((id, k) => cells.set(id, cellFrom(id, t4.dataRow!.values[k]!)));
  }
  return { text, lineStarts, lines, eol, title, year, sections, subHeadings, t2, t3, t4, cells };
}

/** The most frequent year in sections 一–四, or in the whole text when there are none. */
function yearOfBody(lines: string[], sections: SectionNode[]): number | null {
  const bodyLines = sections.filter((s) => '一二三四'.includes(s.id)).flatMap((s) => lines.slice(s.bodyStartLine, s.endLine + 1));
  return dominantYear(bodyLines.length ? bodyLines : lines);
}

function assignTable3Row(row: RowNode, t3: NonNullable<ReportModel['t3']>, cells: Map<string, Cell>): void {
  if (!row.id) return;
  const cols = columnsForRow(t3, row.values.length);
  if (!cols) return;
  cols.forEach((c, k) => {
    const v = row.values[k]!;
    if (c === 'sub') {
      t3.subtotals.set(row.id!, v);
      return;
    }
    const id = T3_IDS.get(row.id!)?.get(c) ?? `t3.${row.id}.${c}`;
    // The trial-format （六） row has no template cells of its own; keep it beside them.
    if (row.id === T3_TRIAL_OTHER_ROW.id) cells.set(id, cellFrom(id, v));
    else if (cells.has(id) && cells.get(id)!.range === null) cells.set(id, cellFrom(id, v));
  });
}
