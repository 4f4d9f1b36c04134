/**
 * The body of a Word 97–2003 file read character by character into report lines: paragraphs,
 * fields (their results, not their instructions), list numbers, and tables as tab-separated rows
 * with cells placed on the row's edges and vertical merges repeated (as `docx.ts` reads a .docx).
 */
import type { DocNumbering } from './doc-numbering';
import { NO_PROPS, type ParaProps, type RowLayout } from './doc-properties';
import type { GridCell } from './table-grid';
import { gridLines, numberCellText, paragraphLines, type SourcedLine } from './word-lines';
import { joinPieces } from './text-normal';

export type Line = SourcedLine;

/** The body's characters in order, each paragraph mark with its properties. */
export class BodyReader {
  readonly lines: Line[] = [];
  private paragraphs = 0;
  private tables = 0;
  /** Text of the paragraph being read. */
  private text = '';
  /** Paragraphs of the cell being read. */
  private cell: string[] = [];
  private row: string[] = [];
  /** Rows of the table being read, each with its layout. */
  private rows: { cells: string[]; layout?: RowLayout }[] = [];
  /** Field nesting: true while in a field's instruction (hidden), false in its shown result. */
  private fields: boolean[] = [];

  constructor(private readonly numbering: DocNumbering) {}

  /** Text read where it is anchored (a text box). */
  insert(text: string): void {
    if (this.fields.includes(true)) return;
    // At the start of a paragraph (or line) the box's leading line break would make a blank line.
    this.text += this.text === '' || this.text.endsWith('\n') ? text.replace(/^\n/, '') : text;
  }

  char(c: number, props: () => ParaProps): void {
    switch (c) {
      case 0x13:
        this.fields.push(true);
        return;
      case 0x14:
        if (this.fields.length) this.fields[this.fields.length - 1] = false;
        return;
      case 0x15:
        this.fields.pop();
        return;
      case 0x0d:
      case 0x07:
        return this.mark(c, props());
      case 0x0c:
      case 0x0e:
        // A page, column or section break: it ends the text before it, and is no blank line of its own
        // (a .docx's page break is no line either).
        if (this.text) this.mark(0x0d, props());
        return;
    }
    if (this.fields.includes(true)) return;
    if (c === 0x0b) this.text += '\n';
    else if (c === 0x09) this.text += '\t';
    else if (c === 0x1e) this.text += '-';
    // Other control characters are anchors (pictures, footnote references, drawn objects).
    else if (c >= 0x20) this.text += String.fromCharCode(c);
  }

  private mark(c: number, p: ParaProps): void {
    if (c === 0x07 && p.rowEnd) {
      this.text = '';
      this.rows.push({ cells: this.row, ...(p.layout ? { layout: p.layout } : {}) });
      this.row = [];
      return;
    }
    // A list item's number, which Word shows but does not store in the text.
    const text = this.numbering.labelFor(p.list, p.istd) + this.text;
    this.text = '';
    if (c === 0x07) {
      this.cell.push(text);
      this.row.push(joinPieces(this.cell.map((t) => t.replace(/[\t\n]+/g, ' '))));
      this.cell = [];
      return;
    }
    if (p.inTable && c === 0x0d) {
      this.cell.push(text);
      return;
    }
    this.endTable();
    this.paragraph(text);
  }

  private paragraph(raw: string): void {
    for (const line of paragraphLines(raw, ++this.paragraphs)) this.lines.push(line);
  }

  /** A table's rows as text rows: cells placed on the table's column edges, merges expanded. */
  endTable(): void {
    if (this.row.length) this.rows.push({ cells: this.row });
    this.row = [];
    this.cell = [];
    if (!this.rows.length) return;
    const t = ++this.tables;
    const edges = [...new Set(this.rows.flatMap((r) => (r.layout && r.layout.edges.length === r.cells.length + 1 ? r.layout.edges : [])))].sort((a, b) => a - b);
    const column = (x: number) => edges.indexOf(x);
    const grid: GridCell[][] = [];
    let origin = 0;
    for (const { cells, layout } of this.rows) {
      const r = grid.length;
      const row: GridCell[] = [];
      const fits = layout !== undefined && layout.edges.length === cells.length + 1;
      cells.forEach((text, k) => {
        const from = fits ? column(layout.edges[k]!) : row.length;
        const to = fits ? Math.max(column(layout.edges[k + 1]!), from + 1) : from + 1;
        while (row.length < from) row.push({ text: '', origin: -1 });
        const above = fits && layout.continues[k] ? grid[r - 1]?.[row.length] : undefined;
        const cell: GridCell = above ?? { text: numberCellText(text), origin: origin++ };
        for (let x = from; x < Math.min(to, from + 64); x++) row.push(cell);
      });
      grid.push(row);
    }
    for (const line of gridLines(grid, t)) this.lines.push(line);
    this.rows = [];
  }

  finish(): void {
    if (this.text) this.mark(0x0d, NO_PROPS);
    this.endTable();
  }
}
