/**
 * Import speed (issue 13): a web page (and web archive), a Word file (.docx, .doc), a PDF page read into report text, through
 * the built importers bundle (dist/import.mjs, as the CLI loads it). Medians over the corpus
 * pages and the generated forms in test/fixtures/forms.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

interface ImportFigure {
  group: string;
  name: string;
  value: number;
  unit: 'ms' | 'KB' | 'x' | 's';
  target: number | null;
  detail?: Record<string, unknown>;
}

type Importers = typeof import('../server/src/import/index');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

function files(dir: string, ext: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => path.join(dir, f)) : [];
}

export async function importBench(root: string, quick: boolean, record: (f: ImportFigure) => void): Promise<void> {
  console.log('\nimport (web page, Word, PDF → report text)');
  const t0 = performance.now();
  const bundle = path.join(root, 'dist/import.mjs');
  const { importReport } = (await import(pathToFileURL(bundle).href)) as Importers;
  record({ group: 'import', name: 'load dist/import.mjs (information)', value: performance.now() - t0, unit: 'ms', target: null, detail: { KB: fs.statSync(bundle).size / 1024 } });
  const corpus = path.join(root, 'test/fixtures/corpus');
  const forms = path.join(root, 'test/fixtures/forms');
  const runs = quick ? 3 : 9;

  /** Per file: the median of `runs` imports (after one warm-up), divided by `per(result)`. */
  async function timeEach(list: string[], per: (r: Awaited<ReturnType<Importers['importReport']>>) => number): Promise<number[]> {
    const out: number[] = [];
    for (const f of list) {
      const bytes = fs.readFileSync(f);
      const first = await importReport(f, bytes);
      const times: number[] = [];
      for (let k = 0; k < runs; k++) {
        const s = performance.now();
        await importReport(f, bytes);
        times.push(performance.now() - s);
      }
      out.push(median(times) / Math.max(1, per(first)));
    }
    return out;
  }

  const pages = files(path.join(corpus, 'html'), '.html');
  const fullPages = pages.filter((f) => f.endsWith('.page.html'));
  const html = await timeEach([...pages, ...files(path.join(forms, 'html'), '.html')], () => 1);
  record({ group: 'import', name: `HTML page → text (median of ${html.length} pages)`, value: median(html), unit: 'ms', target: 5, detail: { max: Math.max(...html) } });
  const full = await timeEach(fullPages, () => 1);
  record({ group: 'import', name: `HTML, whole saved page with the site around it (median of ${full.length})`, value: median(full), unit: 'ms', target: 5 });

  const docx = await timeEach([...files(path.join(corpus, 'docx'), '.docx'), ...files(path.join(forms, 'docx'), '.docx')], () => 1);
  record({ group: 'import', name: `DOCX → text (median of ${docx.length} files)`, value: median(docx), unit: 'ms', target: 20, detail: { max: Math.max(...docx) } });
  // Word 97–2003, held to the .docx target: the same reports, as LibreOffice writes them.
  const doc = await timeEach(files(path.join(forms, 'doc'), '.doc'), () => 1);
  record({ group: 'import', name: `DOC (Word 97–2003) → text (median of ${doc.length} files)`, value: median(doc), unit: 'ms', target: 20, detail: { max: Math.max(...doc) } });
  const mhtml = await timeEach(files(path.join(forms, 'mhtml'), '.mhtml'), () => 1);
  record({ group: 'import', name: `MHTML web archive → text (median of ${mhtml.length} files)`, value: median(mhtml), unit: 'ms', target: 5, detail: { max: Math.max(...mhtml) } });

  const pageCount = (r: { lineSources?: (string | undefined)[] }) => Math.max(1, ...(r.lineSources ?? []).map((s) => Number(/^第(\d+)页$/.exec(s ?? '')?.[1] ?? 1)));
  const pdfList = [...files(path.join(corpus, 'pdf'), '.pdf'), ...files(path.join(forms, 'pdf'), '.pdf')];
  const pdf = await timeEach(quick ? pdfList.slice(0, 5) : pdfList, pageCount);
  record({ group: 'import', name: `PDF → text, per page (median of ${pdf.length} files)`, value: median(pdf), unit: 'ms', target: 50, detail: { max: Math.max(...pdf) } });
}
