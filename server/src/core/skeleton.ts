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
  // A group label stands once, above its first row: （七）总计 belongs to 三、本年度办理结果 too,
  // but the template's merged cell does not repeat the label after （六）.
  const labelled = new Set<string>();
  for (const row of T3_ROWS) {
    const g = row.group && !labelled.has(row.group) ? T3_GROUPS.find((x) => x.id === row.group) : undefined;
    if (g) {
      labelled.add(g.id);
      out.push(g.label);
    }
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

/** The year a new report is for: last year, the one whose report is written now. */
function reportYear(options: NewReportOptions): number {
  return options.year ?? new Date().getFullYear() - 1;
}

/**
 * A complete blank report: title, all six sections, all three tables, zeros. It does not pass
 * the checks untouched: the title's `（机关名称）` is an S-PLACEHOLDER error and the empty
 * sections 一 and 五 are S-EMPTY warnings until the clerk writes them.
 */
export function newReportText(options: NewReportOptions = {}): string {
  const year = reportYear(options);
  const agency = options.agency ?? AGENCY_PLACEHOLDER;
  const lines = [`${agency}${year}年${REPORT_TITLE_SUFFIX}`, ''];
  for (const s of SECTIONS) lines.push(sectionHeading(s.id), '', ...sectionBody(s.id), '');
  return lines.join(options.eol ?? '\n');
}

/**
 * The name a new report is saved under (the editor proposes it on Save As):
 * `{机关}{YYYY}年政府信息公开工作年度报告.txt`, without the placeholder agency and without
 * characters no file system accepts.
 */
export function newReportFileName(options: NewReportOptions = {}): string {
  const agency = (options.agency ?? '').replace(AGENCY_PLACEHOLDER, '').replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').trim();
  return `${agency}${reportYear(options)}年${REPORT_TITLE_SUFFIX}.txt`;
}
