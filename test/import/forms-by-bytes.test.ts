/**
 * The importer is chosen by the bytes, the name only a hint: Word 97–2003 files (and the same
 * bytes under `.wps` or a wrong `.docx`), web archives (Chromium's and Word-style `.mht`), Word's
 * web page saved as `.doc`, a PDF named `.html`. Each reads to its source's cells; what cannot be
 * read (RTF, an encrypted file, a spreadsheet, a scan, broken bytes) says so and what to do —
 * never a throw, never an empty report passed on as read.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as CFB from 'cfb';
import { strToU8, zipSync } from 'fflate';
import { formOfBytes, importReport } from '../../server/src/import/index';
import { REAL_DIR, SEEDS_DIR } from '../support/corpus';
import { cellDiffs, cellsOf, expectedPages, FORMS_DIR, tableDiagnostics } from './support';

const MHTML_DIR = path.join(FORMS_DIR, 'mhtml');
const PARTS_DIR = path.join(FORMS_DIR, 'doc-parts');
const bytes = (...p: string[]) => new Uint8Array(readFileSync(path.join(...p)));

/** The text report a `word_<seed|real>_<name>` fixture was made from. */
function reportText(name: string): string {
  const [, kind, base] = /^word_(seed|real)_(.*)$/.exec(name)!;
  return readFileSync(path.join(kind === 'seed' ? SEEDS_DIR : REAL_DIR, `${base}.txt`), 'utf8');
}

describe('web archives', () => {
  const files = readdirSync(MHTML_DIR).filter((f) => /\.(mhtml|mht)$/.test(f)).sort();
  it('are there: Chromium snapshots of real pages and Word-style archives', () => {
    expect(files.filter((f) => f.endsWith('.mhtml')).length).toBeGreaterThanOrEqual(4);
    expect(files.filter((f) => f.startsWith('word_')).length).toBeGreaterThanOrEqual(2);
  });
  for (const file of files) {
    it(`${file} reads to the cells of its page or report`, async () => {
      const r = await importReport(file, bytes(MHTML_DIR, file));
      expect(r.problem).toBeUndefined();
      expect(r.form).toBe('mhtml');
      const name = file.replace(/\.[a-z]+$/, '');
      if (name.startsWith('word_')) {
        expect(cellDiffs(cellsOf(r.text), cellsOf(reportText(name)))).toEqual([]);
        expect(tableDiagnostics(r.text)).toEqual(tableDiagnostics(reportText(name)));
      } else {
        const page = expectedPages().find((p) => p.file.startsWith(`${name}.`))!;
        expect(cellDiffs(cellsOf(r.text), page.cells)).toEqual([]);
        // The article's title and its publication date (from the page's <meta>) come through the archive.
        expect(r.text.split('\n')[0]).toMatch(/年度报告$/);
      }
    });
  }

  it('a GBK page whose part header names no charset is read by its <meta charset>', async () => {
    const gbk = new Uint8Array([0xc4, 0xea, 0xb6, 0xc8, 0xb1, 0xa8, 0xb8, 0xe6]); // 年度报告
    const head = (s: string) => new TextEncoder().encode(s);
    const archive = new Uint8Array([
      ...head('MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary="b"\r\n\r\n--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: 8bit\r\n\r\n<html><head><meta charset="gbk"></head><body><p>某局2024年政府信息公开工作'.replace(/[^\x00-\x7f]/g, '')),
      ...gbk,
      ...head('</p></body></html>\r\n--b--\r\n'),
    ]);
    const r = await importReport('page.mht', archive);
    expect(r.text).toContain('年度报告');
  });

  it('an archive with no page in it says so', async () => {
    const r = await importReport('a.mht', new TextEncoder().encode('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n'));
    expect(r.problem?.code).toBe('mhtml-no-page');
  });
});

describe('Word 97–2003', () => {
  it('keeps header, footer and footnote text out of the body, reads a text box as the .docx does, and merged cells too', async () => {
    const doc = await importReport('parts.doc', bytes(PARTS_DIR, 'parts.doc'));
    const docx = await importReport('parts.docx', bytes(PARTS_DIR, 'parts.docx'));
    expect(doc.problem).toBeUndefined();
    expect(doc.form).toBe('doc');
    for (const other of ['页眉', '页脚', '脚注']) expect(doc.text).not.toContain(other);
    // A text box is read at its anchor, each of its paragraphs a line, as from the .docx (the anchor may sit at the paragraph's start or end).
    expect(doc.text.split('\n')).toContain('文本框：扫码查看全文');
    expect(docx.text.split('\n')).toContain('文本框：扫码查看全文');
    // A cell merged down three rows belongs to each; a merged header across columns is written once.
    const table = (t: string) => t.split('\n').filter((l) => l.includes('\t'));
    expect(table(doc.text)).toEqual(table(docx.text));
    expect(table(doc.text).filter((l) => l.startsWith('（本列数据的勾稽关系'))).toHaveLength(3);
    expect(cellsOf(doc.text)).toEqual(cellsOf(docx.text));
    expect(Object.keys(cellsOf(doc.text)).length).toBeGreaterThan(10);
  });

  it('headings Word numbers itself (一、 三、 六、, not in the text) carry their numbers, as from the .docx', async () => {
    for (const name of ['numbered.doc', 'numbered.docx']) {
      const text = (await importReport(name, bytes(PARTS_DIR, name))).text;
      expect(text.split('\n').filter((l) => /^[一二三四五六]、[^\t]*$/.test(l)), name).toEqual(['一、总体情况', '三、收到和处理政府信息公开申请情况', '六、其他需要报告的事项']);
    }
  });

  it('files made by Word read as Word’s .docx of them: headers and footers out, one-byte text, tables, tracked deletions left out', async () => {
    const dir = path.join(FORMS_DIR, 'doc-word');
    for (const name of ['test04', 'test06', 'test14']) {
      const doc = await importReport(`${name}.doc`, bytes(dir, `${name}.doc`));
      const docx = await importReport(`${name}.docx`, bytes(dir, `${name}.docx`));
      expect(doc.problem, name).toBeUndefined();
      expect(doc.text, name).toBe(docx.text);
    }
    const test04 = (await importReport('test04.doc', bytes(dir, 'test04.doc'))).text;
    expect(test04).toContain('Now, we’ll have some French text');
    expect(test04).toContain('EUR - €');
    expect(test04).not.toMatch(/[\u0080-\u009f]/);
    const test14 = (await importReport('test14.doc', bytes(dir, 'test14.doc'))).text;
    expect(test14).toContain('This text has been inserted');
    expect(test14).not.toContain('deleted');
    expect((await importReport('test06.doc', bytes(dir, 'test06.doc'))).text).toMatch(/^Analyste\tROB \(432\)$/m);
  });

  it('the same bytes named .wps or .docx are read as Word 97–2003', async () => {
    const want = (await importReport('parts.doc', bytes(PARTS_DIR, 'parts.doc'))).text;
    for (const name of ['报告.wps', '报告.docx', '报告']) {
      const r = await importReport(name, bytes(PARTS_DIR, 'parts.doc'));
      expect([r.form, r.text]).toEqual(['doc', want]);
    }
  });

  it('an encrypted file, a spreadsheet, an old or broken file: a problem with what to do, never a throw', async () => {
    const good = bytes(PARTS_DIR, 'parts.doc');
    const container = CFB.read(good, { type: 'array' });
    const word = CFB.find(container, 'WordDocument')!;
    const content = Uint8Array.from(word.content as ArrayLike<number>);
    content[0x0b] = content[0x0b]! | 0x01; // FIB fEncrypted (bit 8 of the flags at 0x0A)
    word.content = content as unknown as CFB.CFB$Blob;
    const encrypted = new Uint8Array(CFB.write(container, { type: 'array' }) as ArrayLike<number>);
    expect((await importReport('a.doc', encrypted)).problem).toMatchObject({ code: 'doc-encrypted', message: expect.stringContaining('另存为 .docx 或 PDF') });

    const agile = CFB.utils.cfb_new();
    CFB.utils.cfb_add(agile, 'EncryptionInfo', new Uint8Array(8));
    CFB.utils.cfb_add(agile, 'EncryptedPackage', new Uint8Array(64));
    expect((await importReport('a.docx', new Uint8Array(CFB.write(agile, { type: 'array' }) as ArrayLike<number>))).problem?.code).toBe('doc-encrypted');

    const sheet = CFB.utils.cfb_new();
    CFB.utils.cfb_add(sheet, 'Workbook', new Uint8Array(64));
    expect((await importReport('a.doc', new Uint8Array(CFB.write(sheet, { type: 'array' }) as ArrayLike<number>))).problem?.code).toBe('doc-is-sheet');

    expect((await importReport('a.doc', good.subarray(0, 4096))).problem?.code).toMatch(/^doc-/);
    // Random damage anywhere: always an answer (text, or a problem), never an exception.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let k = 0; k < 40; k++) {
      const broken = good.slice();
      for (let n = 0; n < 20; n++) broken[512 + Math.floor(random() * (broken.length - 512))] = Math.floor(random() * 256);
      const r = await importReport('a.doc', broken);
      expect(typeof r.text).toBe('string');
    }
  });
});

describe('the form is the bytes’, the name a hint', () => {
  it('Word’s web page saved as .doc is read as a page, to its report’s cells', async () => {
    for (const file of readdirSync(MHTML_DIR).filter((f) => f.endsWith('.doc'))) {
      const r = await importReport(file, bytes(MHTML_DIR, file));
      expect(r.form).toBe('html');
      expect(cellDiffs(cellsOf(r.text), cellsOf(reportText(file.replace(/\.doc$/, ''))))).toEqual([]);
    }
  });

  it('a .docx named .doc, a PDF named .html, an archive named .doc', async () => {
    const docx = bytes(FORMS_DIR, 'docx', 'seed_003_4ea7538dec090386.docx');
    expect(formOfBytes(docx, 'a.doc')).toBe('docx');
    expect((await importReport('a.doc', docx)).text).toBe((await importReport('a.docx', docx)).text);
    expect(formOfBytes(bytes(FORMS_DIR, 'pdf', 'seed_003_4ea7538dec090386.pdf'), 'report.html')).toBe('pdf');
    expect(formOfBytes(bytes(MHTML_DIR, '201_pingtan_nongyenongcunju_2023.mhtml'), 'a.doc')).toBe('mhtml');
    // Bytes no importer recognises keep the name's form: a broken .doc is said to be one, not read as text.
    expect(formOfBytes(new TextEncoder().encode('not a Word file'), 'a.doc')).toBe('doc');
    expect(formOfBytes(new TextEncoder().encode('某局2024年政府信息公开工作年度报告\n一、总体情况\n'), 'a.txt')).toBe('text');
    expect(formOfBytes(new TextEncoder().encode('<p>一、总体情况</p>'), 'a.txt')).toBe('html');
  });

  it('RTF, Word 2003 XML and a scan saved under a Word name are named with what to do', async () => {
    const rtf = await importReport('parts.rtf', bytes(PARTS_DIR, 'parts.rtf'));
    expect(rtf).toMatchObject({ form: 'rtf', text: '', problem: { code: 'rtf-not-read', message: expect.stringContaining('另存为 .docx 或 PDF') } });
    const wordXml = new TextEncoder().encode('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body/></w:wordDocument>');
    expect(await importReport('年报.doc', wordXml)).toMatchObject({ form: 'doc', text: '', problem: { code: 'office-xml-not-read' } });
    expect((await importReport('年报.xml', wordXml)).problem?.code).toBe('office-xml-not-read');
    // Zips that are not Word files: each said for what it is.
    expect((await importReport('年报.docx', zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).problem?.code).toBe('docx-is-sheet');
    expect((await importReport('年报.docx', zipSync({ 'OFD.xml': strToU8('<ofd:OFD/>') }))).problem?.code).toBe('docx-is-ofd');
    expect((await importReport('年报.docx', zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<office:document-content/>') }))).problem?.code).toBe('docx-is-odt');
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
    expect((await importReport('扫描件.doc', jpeg)).problem?.code).toBe('image-not-document');
  });
});

describe('any bytes under any name', () => {
  it('give an answer, never an exception: signatures followed by garbage, truncated archives and Word files', async () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const heads = ['%PDF-1.7\n', 'PK\x03\x04', '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1', '{\\rtf1', 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n\r\n--x\r\nContent-Type: text/html; charset=gbk\r\nContent-Transfer-Encoding: base64\r\n\r\n', '<html><table><tr><td rowspan=99999>', ''];
    const archive = bytes(MHTML_DIR, '217_pingtan_nongyenongcunju_2025.mhtml');
    const doc = bytes(PARTS_DIR, 'numbered.doc');
    for (let k = 0; k < 60; k++) {
      const head = Uint8Array.from(heads[k % heads.length]!, (c) => c.charCodeAt(0));
      const tail = Uint8Array.from({ length: Math.floor(random() * 3000) }, () => Math.floor(random() * 256));
      const cut = k % 3 === 0 ? archive.subarray(0, Math.floor(random() * archive.length)) : k % 3 === 1 ? doc.subarray(0, Math.floor(random() * doc.length)) : new Uint8Array([...head, ...tail]);
      for (const name of ['a.doc', 'a.mht', 'a.html', 'a.docx', 'a']) {
        const r = await importReport(name, cut);
        expect(typeof r.text, `${k} ${name}`).toBe('string');
      }
    }
  });
});
