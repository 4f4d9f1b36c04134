/**
 * The report model: what the parser found, every piece with its exact source range.
 * Rules read only this; they never look at text positions except through it.
 */
import type { Range } from './types';
import type { SectionId } from './template/sections';

/** Why a numeric cell is not a plain half-width integer; rules and hovers report these. */
export type CellFlag =
  | 'blank' // empty, `—`, `-`, `/` or `无` where a number belongs
  | 'fullwidth' // contained full-width digits
  | 'thousands' // contained a thousands separator
  | 'unit' // carried a unit (`件`, `元`, `万元`)
  | 'yuan' // the unit was 元 (table 二 fee)
  | 'decimal'
  | 'negative';

export interface Cell {
  /** Stable id from the template, e.g. `t3.r3_4_1.np`. */
  id: string;
  /** Numeric value, or null when the text does not contain the cell or it is blank. */
  value: number | null;
  /** Source text of the cell, trimmed; null when the cell is absent. */
  raw: string | null;
  /** Exact range of `raw` in the document; for a blank cell, an empty range where it sits. */
  range: Range | null;
  flags: CellFlag[];
}

/** A value token as it appears in a row, before it is assigned to a column. */
export interface ValueToken {
  raw: string;
  value: number | null;
  range: Range;
  flags: CellFlag[];
}

export interface RowNode {
  /** Template row id (`r1`, `r3_4_1`, `license` …), or null for an unrecognised labelled row. */
  id: string | null;
  /** The label text as written (all label cells joined). */
  label: string;
  labelRange: Range | null;
  /** 0-based line of the row's first cell. */
  line: number;
  /** The values in source order (after joining wrapped lines). */
  values: ValueToken[];
  /**
   * Empty cells (tab or pipe separated) between the label and the first value. Usually layout
   * (a label cell spanning two columns); in a row short of values they are its blank value cells.
   */
  leadingBlanks?: ValueToken[];
  /** Where a new value may be appended (end of the last value, or of the label). */
  insertAt: Range;
  /** How the row's cells are separated, so an inserted cell uses the same separator. */
  separator: '\t' | ' | ' | ' ' | '\n';
}

export interface HeaderCell {
  /** Hover key of the template column or group this header cell names. */
  key: string;
  text: string;
  range: Range;
}

export interface TableNode {
  id: 't2' | 't3' | 't4';
  /** Lines spanned (inclusive), for folding and placement checks. */
  startLine: number;
  endLine: number;
  rows: RowNode[];
  headers: HeaderCell[];
}

export interface Table3Node extends TableNode {
  id: 't3';
  /** Numeric columns the header shows, in order (no `tot` when the 总计 column is missing). */
  columns: string[];
  hasTotalColumn: boolean;
  /** The 8-column variant with a 小计 column for 法人或其他组织. */
  hasSubtotalColumn: boolean;
  /** True when （六）其他处理 is a single data row (2019 trial layout). */
  trialLayout: boolean;
  /** Per row id: the 小计 value of the 8-column variant. */
  subtotals: Map<string, ValueToken>;
}

export interface Table2Node extends TableNode {
  id: 't2';
  /** Sub-tables found, by group id (`t2.g1` …), with the header's range. */
  groups: Map<string, Range>;
  /** Trial-format (2019) wording found in the table, with where it is. */
  trialPhrases: { phrase: string; range: Range }[];
}

export interface Table4Node extends TableNode {
  id: 't4';
  /** The data row (15 values expected). */
  dataRow: RowNode | null;
}

export interface SectionNode {
  id: SectionId;
  /** The numeral as written; differs from `id` when a report renumbered its sections. */
  numeral: string;
  /** Heading text as written (without markdown markers). */
  title: string;
  /** Normalised title matches an accepted variant exactly. */
  official: boolean;
  headingRange: Range;
  /** Markdown heading level (number of `#`), 0 for plain text. */
  level: number;
  /** First and last line of the section body (the heading line excluded). */
  bodyStartLine: number;
  endLine: number;
}

export interface SubHeadingNode {
  /** Sub-item id of 一、总体情况 (`s1.1` …) or null for another （N） heading. */
  id: string | null;
  text: string;
  range: Range;
  section: SectionId | null;
}

export interface TitleNode {
  text: string;
  range: Range;
  year: number | null;
  yearRange: Range | null;
  /** The title with the year and spaces removed: matches last year's report of the same agency. */
  agencyKey: string;
}

export interface ReportModel {
  text: string;
  /** Start offset of every line; `lines.length` is the number of lines. */
  lineStarts: number[];
  lines: string[];
  eol: '\n' | '\r\n' | '\r';
  title: TitleNode | null;
  /** Reporting year: the title year, else a stated statistics period, else null. */
  year: number | null;
  sections: SectionNode[];
  subHeadings: SubHeadingNode[];
  t2: Table2Node | null;
  t3: Table3Node | null;
  t4: Table4Node | null;
  /** Every template cell id, present or not (absent cells have value null and range null). */
  cells: Map<string, Cell>;
}
