/**
 * What both Word readers write (`docx.ts` from WordprocessingML, `doc-body.ts` from a Word
 * 97–2003 file): a paragraph's lines and a table's rows as report lines, each with where it came
 * from. Each reader builds its paragraphs and grids from its own format; the lines are one thing.
 */
import { gridRowText, type GridCell } from './table-grid';
import { asciiDigits, collapseSpace } from './text-normal';

/** A line of imported text and where it came from in the source (`表格1 第3行`, `段落4` …). */
export interface SourcedLine {
  text: string;
  source: string;
}

/**
 * Paragraph `paragraph`'s text (line breaks inside it kept) as lines: each tab-separated part
 * with its spaces collapsed, a line of only tabs emptied; an empty paragraph keeps one empty line
 * (it separates what is before and after it), its other empty lines are dropped.
 */
export function paragraphLines(raw: string, paragraph: number): SourcedLine[] {
  const lines: SourcedLine[] = [];
  raw.split('\n').forEach((t, k) => {
    const text = t
      .split('\t')
      .map((c) => collapseSpace(c))
      .join('\t')
      .replace(/^\t+$/, '');
    if (text || k === 0) lines.push({ text, source: `段落${paragraph}` });
  });
  return lines;
}

/**
 * A Word table's grid (rows as read, some short) as text lines, one per row that holds text:
 * rows padded to the widest, each line's source `表格<table> 第<row>行`. Shared by the .docx and
 * the .doc importer, which build the grid each from its own format.
 */
export function gridLines(grid: GridCell[][], table: number): SourcedLine[] {
  const width = Math.max(0, ...grid.map((r) => r.length));
  const lines: SourcedLine[] = [];
  grid.forEach((row, r) => {
    while (row.length < width) row.push({ text: '', origin: -1 });
    const text = gridRowText(row);
    if (text.replace(/\t/g, '').trim()) lines.push({ text, source: `表格${table} 第${r + 1}行` });
  });
  return lines;
}

/** A Word cell's text, with full-width digits (１２３, ．) in a number cell read as the number. */
export function numberCellText(text: string): string {
  return /^[\d０-９.,，．\s]+$/.test(text) ? asciiDigits(text).replace(/．/g, '.') : text;
}
