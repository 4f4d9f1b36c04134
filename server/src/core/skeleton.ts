/**
 * Blank report text built from the template: the whole report (command "New report from
 * template") or one section with its empty table (the fix that inserts a missing section).
 * Tables use tabs, as Word pastes them; every count is 0.
 */
import { AGENCY_PLACEHOLDER, REPORT_TITLE_SUFFIX, BLANK_SECTION_SIX, OVERVIEW_SUBITEMS, PROBLEMS_SUBHEADINGS, SECTIONS, type SectionId } from './template/sections';
import { T2_COLUMNS, T2_GROUPS, T2_ROWS, T2_CONTENT_HEADER } from './template/table2';
import { T3_APPLICANT_HEADER, T3_COLUMNS, T3_GROUPS, T3_NOTE, T3_ORG_GROUP, T3_ROWS } from './template/table3';
import { T4_COLUMNS, T4_GROUPS, T4_LITIGATION } from './template/table4';

function table2Lines(): string[] {
  const out: string[] = [];
  for (const g of T2_GROUPS) {
    out.push(`${g.label}\t\t\t`);
    const cols = g.columns.map((c) => T2_COLUMNS.find((x) => x.id === c)!.label);
    out.push([T2_CONTENT_HEADER, ...cols].join('\t') + '\t'.repeat(3 - cols.length));
    for (const r of g.rows) out.push([T2_ROWS.find((x) => x.id === r)!.label, ...g.columns.map(() => '0')].join('\t') + '\t'.repeat(3 - g.columns.length));
  }
  return out;
}

/** One line per table-三 row; group labels stand in front of their first row, as in the template. */
export function table3RowLine(rowId: string): string {
  const row = T3_ROWS.find((r) => r.id === rowId)!;
  const zeros = T3_COLUMNS.map(() => '0').join('\t');
  return `${row.label}\t${zeros}`;
}

function table3Lines(): string[] {
  const names = T3_COLUMNS.map((c) => c.label);
  const out = [`${T3_NOTE}\t${T3_APPLICANT_HEADER}`, `\t${names[0]}\t${T3_ORG_GROUP}\t\t\t\t\t${names[6]}`, `\t\t${names.slice(1, 6).join('\t')}`];
  let group: string | undefined;
  for (const row of T3_ROWS) {
    const g = row.group && row.group !== group ? T3_GROUPS.find((x) => x.id === row.group) : undefined;
    group = row.group;
    if (g) out.push(g.label);
    out.push(table3RowLine(row.id));
  }
  return out;
}

function table4Lines(): string[] {
  const cols = T4_COLUMNS.map((c) => c.label);
  return [
    `${T4_GROUPS[0]!.label}\t\t\t\t\t${T4_LITIGATION}`,
    [...cols, T4_GROUPS[1]!.label, '', '', '', '', T4_GROUPS[2]!.label].join('\t'),
    ['', '', '', '', '', ...cols, ...cols].join('\t'),
    Array.from({ length: 15 }, () => '0').join('\t'),
  ];
}

/** The body of a section as the template would have it (no heading). */
export function sectionBody(id: SectionId): string[] {
  switch (id) {
    case '一':
      return OVERVIEW_SUBITEMS.flatMap((s) => [`（${s.enumerator}）${s.title}`, '']);
    case '二':
      return table2Lines();
    case '三':
      return table3Lines();
    case '四':
      return table4Lines();
    case '五':
      return PROBLEMS_SUBHEADINGS.flatMap((h) => [h, '']);
    case '六':
      return [...BLANK_SECTION_SIX];
  }
}

export function sectionHeading(id: SectionId, markdownLevel = 0): string {
  const s = SECTIONS.find((x) => x.id === id)!;
  return `${markdownLevel > 0 ? '#'.repeat(markdownLevel) + ' ' : ''}${id}、${s.title}`;
}

export interface NewReportOptions {
  year?: number;
  agency?: string;
  eol?: string;
}

/** A complete blank report: title, all six sections, all three tables, zeros. */
export function newReportText(options: NewReportOptions = {}): string {
  const year = options.year ?? new Date().getFullYear() - 1;
  const agency = options.agency ?? AGENCY_PLACEHOLDER;
  const lines = [`${agency}${year}年${REPORT_TITLE_SUFFIX}`, ''];
  for (const s of SECTIONS) lines.push(sectionHeading(s.id), '', ...sectionBody(s.id), '');
  return lines.join(options.eol ?? '\n');
}
