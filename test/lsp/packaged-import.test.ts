/**
 * The import request as each installation has it: the .vsix (dist/server.js with the Word/web
 * importers, dist/import-word-web.mjs, beside it: Word files and web pages import, a PDF gets
 * plain advice for a clerk), and the built server alone (an installation missing its importers:
 * a Chinese sentence naming the command-line conversion). Never a silent failure.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_REQUEST, type ImportReply } from '../../server/src/lsp/protocol';
import { TestClient } from './client';
import { PDF_DIR } from '../support/corpus';

const ROOT = path.resolve(__dirname, '../..');
const FORMS = path.join(ROOT, 'test/fixtures/forms');
let dir: string;

/** A folder with dist/server.js and the given importer bundles beside it, as an installation has them. */
function installation(name: string, importers: string[]): string {
  const dist = path.join(dir, name, 'dist');
  fs.mkdirSync(dist, { recursive: true });
  for (const f of ['server.js', ...importers]) fs.copyFileSync(path.join(ROOT, 'dist', f), path.join(dist, f));
  return path.join(dist, 'server.js');
}

async function importWith(serverJs: string, file: string): Promise<ImportReply> {
  const c = await TestClient.start({ serverJs });
  try {
    return await c.conn.sendRequest<ImportReply>(IMPORT_REQUEST, { fileName: path.basename(file), base64: fs.readFileSync(file).toString('base64') });
  } finally {
    await c.stop();
  }
}

const docx = (): string => path.join(FORMS, 'docx', fs.readdirSync(path.join(FORMS, 'docx')).find((f) => f.endsWith('.docx'))!);
const html = (): string => path.join(FORMS, 'html', fs.readdirSync(path.join(FORMS, 'html')).find((f) => /\.html?$/.test(f))!);
const pdf = (): string => path.join(PDF_DIR, fs.readdirSync(PDF_DIR).find((f) => f.endsWith('.pdf'))!);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-packaged-import-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('import request in each installation', () => {
  it('the server alone (importers missing): says, in Chinese, how to convert the file with the command line', async () => {
    const serverJs = installation('bare', []);
    for (const file of [docx(), html(), pdf()]) {
      const reply = await importWith(serverJs, file);
      expect(reply.text).toBe('');
      expect(reply.problem).toContain('ogi-report import');
      expect(reply.problem).toContain(path.basename(file));
      expect(reply.problem).toMatch(/导入组件/);
    }
  });

  it('as in the .vsix (the Word/web importers beside the server): Word files and web pages import; a PDF gets plain advice', async () => {
    const serverJs = installation('vsix', ['import-word-web.mjs']);
    for (const file of [docx(), html()]) {
      const reply = await importWith(serverJs, file);
      expect(reply.problem).toBeUndefined();
      expect(reply.text).toMatch(/本年新收政府信息公开申请数量|政府信息公开/);
    }
    const reply = await importWith(serverJs, pdf());
    expect(reply.form).toBe('pdf');
    expect(reply.text).toBe('');
    const advice = reply.problem ?? '';
    // What a clerk can do with the office software they have comes first …
    expect(advice).toMatch(/WPS 或 Word 打开.*另存为.*\.docx/);
    expect(advice).toMatch(/复制年报文字/);
    expect(advice).toContain(path.basename(pdf()));
    // … the command line last, for a reviewer.
    expect(advice.indexOf('ogi-report import')).toBeGreaterThan(advice.indexOf('复制年报文字'));
    expect(advice).toMatch(/ogi-report import ".*\.pdf"/);
  });

  it('as in the .vsix: a web archive and Word’s web page under a .doc name import; a Word 97–2003 file gets plain advice', async () => {
    const serverJs = installation('vsix-old-forms', ['import-word-web.mjs']);
    const archive = await importWith(serverJs, path.join(FORMS, 'mhtml', '217_pingtan_nongyenongcunju_2025.mhtml'));
    expect(archive.problem).toBeUndefined();
    expect(archive.form).toBe('mhtml');
    expect(archive.text).toMatch(/本年新收政府信息公开申请数量/);
    const webDoc = await importWith(serverJs, path.join(FORMS, 'mhtml', 'word_seed_003_4ea7538dec090386.doc'));
    expect([webDoc.form, webDoc.problem]).toEqual(['html', undefined]);
    const doc = path.join(FORMS, 'doc', 'seed_003_4ea7538dec090386.doc');
    const reply = await importWith(serverJs, doc);
    expect([reply.form, reply.text]).toEqual(['doc', '']);
    expect(reply.problem).toMatch(/WPS 或 Word 打开.*另存为.*\.docx/);
    expect(reply.problem).toContain(path.basename(doc));
  });

  it('with the full importers (a checkout): a Word 97–2003 file imports', async () => {
    const serverJs = installation('full', ['import-word-web.mjs', 'import.mjs']);
    const reply = await importWith(serverJs, path.join(FORMS, 'doc', 'seed_003_4ea7538dec090386.doc'));
    expect(reply.problem).toBeUndefined();
    expect(reply.form).toBe('doc');
    expect(reply.text).toMatch(/本年新收政府信息公开申请数量/);
  });
});
