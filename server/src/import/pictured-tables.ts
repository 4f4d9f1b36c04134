/**
 * Tables published as pictures. Some sites paste the tables of 二、三、四 into the page as
 * screenshots of the Word file: the headings and the prose are text, the numbers are pixels.
 * Read silently, such a page checks as a report whose three tables are missing; the importer
 * says instead which sections hold a picture where their table should be (a partial read).
 *
 * Decided from what the importer wrote — its lines, and where among them each table and each
 * picture of the article stood — so it holds for any form that can say both.
 */
import { SECTION_MARKS } from './text-normal';

/** Where a table or a picture stood: before the line of this index. */
export interface Placed {
  kind: 'table' | 'picture';
  at: number;
}

/** The sections whose template holds a table: 二 (主动公开), 三 (申请), 四 (复议诉讼). */
const TABLE_SECTIONS = [1, 2, 3];
const NUMERALS = ['一', '二', '三', '四', '五', '六'];
/** A heading is a short line of its own (a sentence naming a section is not one). */
const HEADING_MAX = 40;

/** The line of each section heading found, in order (a later heading is looked for after an earlier one). */
function headingLines(lines: readonly string[]): (number | undefined)[] {
  const found: (number | undefined)[] = [];
  let from = 0;
  SECTION_MARKS.forEach((mark, k) => {
    for (let i = from; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.length <= HEADING_MAX && !line.includes('\t') && line.includes(mark)) {
        found[k] = i;
        from = i + 1;
        return;
      }
    }
  });
  return found;
}

/**
 * The numerals (二、三、四) of the sections that hold a picture and no table, in order; empty when
 * every table section has a table or no picture.
 */
export function picturedTableSections(lines: readonly string[], placed: readonly Placed[]): string[] {
  if (!placed.some((p) => p.kind === 'picture')) return [];
  const heads = headingLines(lines);
  const out: string[] = [];
  for (const k of TABLE_SECTIONS) {
    const start = heads[k];
    if (start === undefined) continue;
    const end = heads.slice(k + 1).find((h) => h !== undefined) ?? Infinity;
    const inside = placed.filter((p) => p.at > start && p.at <= end);
    if (inside.some((p) => p.kind === 'picture') && !inside.some((p) => p.kind === 'table')) out.push(NUMERALS[k]!);
  }
  return out;
}

/**
 * The problem an importer's text is read with when a table section shows a picture and no table, or
 * undefined. `placed` counts positions among `lines` before `shift` lines were put in front, and
 * (`kept`) before lines not kept were dropped: each importer hands over what it recorded as it went.
 */
export function picturedTablesProblem(lines: readonly { text: string }[], placed: readonly Placed[], shift = 0, kept?: readonly boolean[]): { code: string; message: string } | undefined {
  if (!placed.some((p) => p.kind === 'picture')) return undefined;
  const before: number[] = [0];
  kept?.forEach((k, i) => before.push(before[i]! + (k ? 1 : 0)));
  const sections = picturedTableSections(
    lines.map((l) => l.text),
    placed.map((p) => ({ ...p, at: (kept ? before[p.at]! : p.at) + shift })),
  );
  return sections.length
    ? { code: 'tables-as-pictures', message: `第${sections.join('、')}部分的表格是图片，其中的数字无法读取：请索取表格为文字的版本（Word、PDF 或网页），或把表格录入后再检查` }
    : undefined;
}
