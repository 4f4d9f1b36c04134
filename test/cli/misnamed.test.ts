/**
 * A file whose bytes are another form than its name says: a PDF, a Word file (.docx zip or
 * Word 97–2003), a web archive or a web page saved as `报告.txt`, under no extension or under a
 * page's name, or piped to standard input. The loader (`cli/load.ts`) decides by the bytes, the
 * name only a hint, so each reads to exactly the text its correctly named original reads to —
 * never "not a text file", never markup checked as a report.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadReport, type LoadResult } from '../../server/src/cli/load';
import { checkOperands, type ReportResult } from '../../server/src/cli/pipeline';
import { REASON } from '../../server/src/cli/reasons';
import { walkOperands } from '../../server/src/cli/walk';
import type { ReportForm } from '../../server/src/import/form';
import { DOCX_DIR, HTML_DIR, PDF_DIR } from '../support/corpus';
import { FORMS_DIR } from '../import/support';

/** One fixture of each form, as committed (nothing generated here). */
const ORIGINALS: { form: ReportForm; file: string }[] = [
  { form: 'pdf', file: path.join(PDF_DIR, '001_hongzequ_2023.pdf') },
  { form: 'pdf', file: path.join(FORMS_DIR, 'pdf', 'seed_001_7700c2ba590e2380.pdf') },
  { form: 'docx', file: path.join(DOCX_DIR, 'blank_template_2021.docx') },
  { form: 'docx', file: path.join(FORMS_DIR, 'docx', 'page_201_pingtan_nongyenongcunju_2023.docx') },
  { form: 'doc', file: path.join(FORMS_DIR, 'doc', 'seed_001_7700c2ba590e2380.doc') },
  { form: 'mhtml', file: path.join(FORMS_DIR, 'mhtml', '201_pingtan_nongyenongcunju_2023.mhtml') },
  { form: 'html', file: path.join(HTML_DIR, '301_pingtan_nongyenongcunju_2023.page.html') },
  { form: 'html', file: path.join(FORMS_DIR, 'html', 'real_001_hongzequ_2023.html') },
];

/** What a load gives that the reader sees: form, text, warnings and the imported text's line sources. */
function seen(r: LoadResult) {
  return r.ok ? { ok: true, form: r.form, text: r.text, warnings: r.warnings, lineSources: r.lineSources, published: r.published } : r;
}

const dir = mkdtempSync(path.join(tmpdir(), 'ogi-misnamed-'));

describe('a file named as another form is read as its bytes say', () => {
  for (const { form, file } of ORIGINALS) {
    const base = path.basename(file);
    it(`${base} as 报告.txt, with no extension and under a page's or Word's name`, async () => {
      const want = seen(await loadReport({ name: file, path: file }, 'auto'));
      expect(want).toMatchObject({ ok: true, form });
      const names = ['报告.txt', '报告', form === 'html' ? '报告.docx' : '报告.html'];
      for (const name of names) {
        const copy = path.join(dir, `${base}-${name}`);
        copyFileSync(file, copy);
        expect(seen(await loadReport({ name: copy, path: copy }, 'auto')), name).toEqual(want);
      }
    });
  }

  it('bytes in memory with a wrong hint (a fetched body, standard input) are read the same', async () => {
    for (const { file } of ORIGINALS.filter((o) => o.form !== 'html')) {
      const want = seen(await loadReport({ name: file, path: file }, 'auto'));
      expect(seen(await loadReport({ name: '<stdin>', form: 'text', bytes: readFileSync(file) }, 'auto'))).toEqual(want);
      expect(seen(await loadReport({ name: 'https://example.gov.cn/show?id=3', form: 'html', bytes: readFileSync(file) }, 'auto'))).toEqual(want);
    }
  });

  it('binary that is no document we read is still "not a text file"', async () => {
    const bin = path.join(dir, 'data.txt');
    writeFileSync(bin, Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0]));
    expect(await loadReport({ name: bin, path: bin }, 'auto')).toEqual({ ok: false, form: 'text', reason: REASON.notText });
  });

  it('a plain text report named .html or .txt stays text where the name says text, and a page where it says page', async () => {
    const text = readFileSync(path.join(__dirname, '../fixtures/corpus/real/001_hongzequ_2023.txt'));
    const asTxt = await loadReport({ name: 'a.txt', bytes: text }, 'auto');
    expect(asTxt).toMatchObject({ ok: true, form: 'text' });
    // Text under a page's name goes to the page reader (paragraphs), as before: the name decides only what the bytes leave open.
    expect(await loadReport({ name: 'a.html', bytes: text }, 'auto')).toMatchObject({ ok: true, form: 'html' });
  });
});

const options = { locale: 'zh-CN' as const, encoding: 'auto' as const, fix: 'off' as const };

async function results(operands: string[], stdin?: Buffer): Promise<ReportResult[]> {
  const out: ReportResult[] = [];
  for await (const r of checkOperands(operands, { ...options, ...(stdin ? { readStdin: async () => stdin } : {}) })) out.push(r);
  return out;
}

/** What a check found, without the file's name (which the cross-report messages quote). */
const findings = (r: ReportResult) => ({ form: r.form, status: r.status, warnings: r.warnings, diagnostics: r.diagnostics.map((d) => [d.code, d.range.start.line, d.message]) });

describe('check', () => {
  it('standard input: a PDF, a Word file (.docx, .doc) or a web archive piped in is checked as the named file is', async () => {
    for (const file of [ORIGINALS[1]!.file, ORIGINALS[3]!.file, ORIGINALS[4]!.file, ORIGINALS[5]!.file]) {
      const [want] = await results([file]);
      const [got] = await results(['-'], readFileSync(file));
      expect(got!.file).toBe('<stdin>');
      expect(findings(got!)).toEqual(findings(want!));
    }
  });

  it('a folder: documents without an extension are found by their first bytes; text, pictures and notes without one are passed over', () => {
    const folder = path.join(dir, 'folder');
    mkdirSync(folder);
    copyFileSync(ORIGINALS[0]!.file, path.join(folder, 'getFile'));
    copyFileSync(ORIGINALS[3]!.file, path.join(folder, 'download'));
    copyFileSync(ORIGINALS[5]!.file, path.join(folder, 'show'));
    copyFileSync(ORIGINALS[4]!.file, path.join(folder, '报告.txt'));
    writeFileSync(path.join(folder, 'LICENSE'), 'MIT License\n');
    writeFileSync(path.join(folder, 'scan'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    const entries = [...walkOperands([folder])].map((e) => (e.kind === 'file' ? [path.basename(e.path), e.form] : [e.kind]));
    expect(entries).toEqual([
      ['download', 'docx'],
      ['getFile', 'pdf'],
      ['show', 'mhtml'],
      // The name says text; the loader then reads it as the Word 97–2003 file it is.
      ['报告.txt', 'text'],
    ]);
  });

  it('a folder of misnamed reports is checked as the named ones are, each with the form its bytes are', async () => {
    const folder = path.join(dir, 'folder2');
    mkdirSync(folder);
    const picked = ORIGINALS.filter((_, k) => k !== 2 && k !== 7);
    picked.forEach(({ file }, k) => copyFileSync(file, path.join(folder, `${k}.txt`)));
    const got = await results([folder]);
    const want = await results(picked.map((o) => o.file));
    const strip = (r: ReportResult) => ({ ...findings(r), diagnostics: findings(r).diagnostics.filter(([code]) => !/^[XC]-/.test(String(code))) });
    expect(got.map((r) => r.form)).toEqual(picked.map((o) => o.form));
    expect(got.map(strip)).toEqual(want.map(strip));
  });
});
