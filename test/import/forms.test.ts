/**
 * The same report in every form it is published in — web page, Word file (LibreOffice-made),
 * PDF (LibreOffice-made from the Word file) — reads to the same cells as its text, and gets the
 * same table diagnostics. The files are made by test/fixtures/forms/make-forms.mjs.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { importReport } from '../../server/src/import/index';
import { HTML_DIR, REAL_DIR, SEEDS_DIR } from '../support/corpus';
import { cellDiffs, cellsOf, expectedPages, FORMS_DIR, tableDiagnostics, type Cells } from './support';

const pages = new Map(expectedPages().map((p) => [p.file.replace(/(\.page)?\.html$/, ''), p.file]));

/** The source a generated file was made from, as report text (the page itself for `page_*`). */
async function sourceText(name: string): Promise<string> {
  const [, kind, base] = /^(seed|real|page)_(.*)$/.exec(name)!;
  if (kind === 'seed') return readFileSync(path.join(SEEDS_DIR, `${base}.txt`), 'utf8');
  if (kind === 'real') return readFileSync(path.join(REAL_DIR, `${base}.txt`), 'utf8');
  const file = pages.get(base!)!;
  return (await importReport(file, readFileSync(path.join(HTML_DIR, file)))).text;
}

function expectedCells(name: string, text: string): Cells {
  const page = /^page_(.*)$/.exec(name);
  return page ? expectedPages().find((p) => p.file.startsWith(`${page[1]}.`))!.cells : cellsOf(text);
}

for (const form of ['html', 'docx', 'doc', 'pdf'] as const) {
  describe(`${form} versions of the seeds, real reports and pages`, () => {
    const files = readdirSync(path.join(FORMS_DIR, form)).filter((f) => f.endsWith(`.${form}`)).sort();
    it('are there', () => expect(files.length).toBeGreaterThanOrEqual(form === 'pdf' ? 20 : 45));
    for (const file of files) {
      const name = file.replace(/\.[a-z]+$/, '');
      it(`${file} reads to the same cells and table diagnostics as its source`, async () => {
        const r = await importReport(file, readFileSync(path.join(FORMS_DIR, form, file)));
        expect(r.problem).toBeUndefined();
        const source = await sourceText(name);
        const want = expectedCells(name, source);
        const diffs = cellDiffs(cellsOf(r.text), want);
        expect(diffs).toEqual([]);
        expect(tableDiagnostics(r.text)).toEqual(tableDiagnostics(source));
      });
    }
  });
}
