/**
 * The import request as each installation has it: the built server alone (the .vsix: no
 * importer ships), with the Word/web importers beside it (dist/import-word-web.mjs), and a PDF
 * with only those. Every case answers — imported text, or a Chinese sentence naming the
 * command-line conversion — and never fails silently.
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
  it('the server alone (as in the .vsix): says, in Chinese, how to convert the file with the command line', async () => {
    const serverJs = installation('vsix', []);
    for (const file of [docx(), html(), pdf()]) {
      const reply = await importWith(serverJs, file);
      expect(reply.text).toBe('');
      expect(reply.problem).toContain('ogi-report import');
      expect(reply.problem).toContain(path.basename(file));
      expect(reply.problem).toMatch(/导入组件/);
    }
  });

  it('with the Word/web importers: Word files and web pages import; a PDF gets the command-line conversion', async () => {
    const serverJs = installation('word-web', ['import-word-web.mjs']);
    for (const file of [docx(), html()]) {
      const reply = await importWith(serverJs, file);
      expect(reply.problem).toBeUndefined();
      expect(reply.text).toMatch(/本年新收政府信息公开申请数量|政府信息公开/);
    }
    const reply = await importWith(serverJs, pdf());
    expect(reply.form).toBe('pdf');
    expect(reply.text).toBe('');
    expect(reply.problem).toMatch(/ogi-report import .*\.pdf/);
  });
});
