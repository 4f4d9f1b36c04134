import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { importReport } from '../../server/src/import/index';
import { layoutPages, type PdfItem } from '../../server/src/import/pdf-layout';
import { PDF_DIR, REAL_DIR } from '../support/corpus';
import { onePagePdf } from '../support/tiny-pdf';
import { cellDiffs, cellsOf, tableDiagnostics } from './support';

const REAL_PDFS = ['001_hongzequ_2023', '002_hongzequ_2024', '003_huaianshi_2024'];

describe('PDF importer: the real published PDFs', () => {
  for (const name of REAL_PDFS) {
    it(`${name}.pdf reads to the cells of its text version, with the same table diagnostics`, async () => {
      const r = await importReport(`${name}.pdf`, readFileSync(path.join(PDF_DIR, `${name}.pdf`)));
      expect(r.problem).toBeUndefined();
      const text = readFileSync(path.join(REAL_DIR, `${name}.txt`), 'utf8');
      expect(cellDiffs(cellsOf(r.text), cellsOf(text))).toEqual([]);
      expect(tableDiagnostics(r.text)).toEqual(tableDiagnostics(text));
      // Running page numbers (`- 2 -` at the foot of each page) are not part of the text.
      expect(r.text).not.toMatch(/^\s*-\s*\d+\s*-\s*$/m);
      expect(r.lineSources?.every((s) => /^第\d+页$/.test(s ?? ''))).toBe(true);
    });
  }

  it('a PDF states no publication date (its creation date is when the file was made)', async () => {
    const r = await importReport('x.pdf', readFileSync(path.join(PDF_DIR, '001_hongzequ_2023.pdf')));
    expect(r.meta.publishedAt).toBeUndefined();
  });
});

/** A one-page PDF with a drawn box and no text: what a scan looks like to a text reader. */
function pdfWithoutText(): Uint8Array {
  return onePagePdf('0 0 0 RG 72 72 451 698 re S');
}

describe('PDF importer: what it cannot read', () => {
  it('a PDF without a text layer (a scan) gets one problem, not an empty report', async () => {
    const r = await importReport('scan.pdf', pdfWithoutText());
    expect(r.problem?.code).toBe('pdf-no-text-layer');
    expect(r.problem?.message).toContain('没有文字层');
  });

  it('bytes that are not a PDF get a problem, never an exception', async () => {
    const r = await importReport('broken.pdf', new TextEncoder().encode('%PDF-1.7\nnot really'));
    expect(r.problem).toBeDefined();
    expect(r.text).toBe('');
  });
});

describe('PDF layout: lines, cells and wrapped labels from positions', () => {
  const item = (str: string, x: number, y: number, width = str.length * 10): PdfItem => ({ str, x, y, width, height: 10 });

  it('a label wrapped inside its cell joins its row; a caption a row away stays a line', () => {
    const lines = layoutPages([
      {
        height: 842,
        items: [
          item('规章', 80, 700), item('1', 300, 700, 6), item('2', 340, 700, 6),
          item('行政规范性', 80, 683), item('3', 300, 676, 6), item('4', 340, 676, 6), item('文件', 80, 669),
          item('第二十条第（五）项', 80, 652),
          item('- 2 -', 290, 30, 24),
        ],
      },
    ]);
    expect(lines.map((l) => l.text)).toEqual(['规章\t1\t2', '行政规范性文件\t3\t4', '第二十条第（五）项']);
  });
});
