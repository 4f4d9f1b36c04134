/**
 * In the editor, a tab whose file is named as text but whose bytes are a PDF, a Word file, a web
 * archive or a web page gets one diagnostic naming what the file is, and a quick fix that imports
 * it — the decision the CLI's loader makes (`import/form.ts`), not six missing sections or errors
 * about markup. A report's text, and a Markdown file that opens with markup, are checked as before.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { CodeActionRequest } from 'vscode-languageserver-protocol/node';
import { COMMANDS, FORM_CODE } from '../../server/src/lsp/protocol';
import { misnamedForm } from '../../server/src/lsp/misnamed';
import { DOCX_DIR, HTML_DIR, PDF_DIR, REAL_DIR } from '../support/corpus';
import { TestClient } from './client';

const FORMS = path.resolve(__dirname, '../fixtures/forms');
/** What an editor shows for these bytes opened as UTF-8 text (invalid sequences as U+FFFD). */
const asEditorText = (file: string) => new TextDecoder('utf-8').decode(fs.readFileSync(file));

const CASES: [string, string][] = [
  ['pdf', path.join(PDF_DIR, '001_hongzequ_2023.pdf')],
  ['docx', path.join(DOCX_DIR, 'blank_template_2021.docx')],
  ['doc', path.join(FORMS, 'doc', 'seed_001_7700c2ba590e2380.doc')],
  ['mhtml', path.join(FORMS, 'mhtml', '201_pingtan_nongyenongcunju_2023.mhtml')],
  ['html', path.join(HTML_DIR, '301_pingtan_nongyenongcunju_2023.page.html')],
];

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: path.resolve(__dirname, '../..') });
}, 120_000);

describe('the form of a tab’s text', () => {
  it('is what its bytes are, as the editor decoded them', () => {
    for (const [form, file] of CASES) expect(misnamedForm(asEditorText(file), '某局2023年度报告.txt'), form).toBe(form);
    expect(misnamedForm(asEditorText(CASES[0]![1]), ''), 'untitled').toBe('pdf');
    // Latin-1 decoding (an editor told another encoding) leaves the signatures readable too.
    expect(misnamedForm(new TextDecoder('latin1').decode(fs.readFileSync(CASES[2]![1])), 'a.txt')).toBe('doc');
  });

  it('a report’s text is text; markup at the top of Markdown is Markdown', () => {
    expect(misnamedForm(fs.readFileSync(path.join(REAL_DIR, '001_hongzequ_2023.txt'), 'utf8'), '报告.txt')).toBeNull();
    expect(misnamedForm('<p align="center"><img src="logo.png"></p>\n\n# 某局2023年政府信息公开工作年度报告\n', '报告.md')).toBeNull();
  });
});

describe('a misnamed document in the editor', () => {
  it('gets one diagnostic naming the form and a quick fix that imports it, in Chinese and English', async () => {
    const c = await TestClient.start();
    try {
      for (const [form, file] of CASES) {
        const uri = `file:///tmp/ogi-editor/${form}/%E6%9F%90%E5%B1%802023%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.txt`;
        const p = await c.open(uri, asEditorText(file));
        expect(p.diagnostics.map((d) => d.code), form).toEqual([FORM_CODE]);
        expect(p.diagnostics[0]!.message).toMatch(new RegExp(`^“某局2023年度报告\\.txt”是 ${form.toUpperCase()} 格式的文件，不是年报文本：请用快速修复“导入为可编辑的年报文本”。$`));
        const actions = await c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: p.diagnostics[0]!.range, context: { diagnostics: p.diagnostics } });
        const fix = (actions ?? []).find((a) => 'command' in a && typeof a.command === 'object');
        expect(fix?.title).toBe('导入为可编辑的年报文本');
        expect(fix && 'command' in fix && typeof fix.command === 'object' ? [fix.command.command, fix.command.arguments] : null).toEqual([COMMANDS.importReport, [uri]]);
      }
    } finally {
      await c.stop();
    }
    const en = await TestClient.start();
    try {
      const uri = 'file:///tmp/ogi-editor/en/report.txt';
      await en.open(uri, asEditorText(CASES[0]![1]));
      const next = en.nextDiagnostics(uri);
      await en.configure({ locale: 'en' });
      expect((await next).diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^“report\.txt” is a PDF file, not report text: use the quick fix/)]);
    } finally {
      await en.stop();
    }
  });

  it('the report’s own text is checked as before', async () => {
    const c = await TestClient.start();
    try {
      const p = await c.open('file:///tmp/ogi-editor/text/001.txt', fs.readFileSync(path.join(REAL_DIR, '001_hongzequ_2023.txt'), 'utf8'));
      expect(p.diagnostics.length).toBeGreaterThan(0);
      expect(p.diagnostics.map((d) => d.code)).not.toContain(FORM_CODE);
    } finally {
      await c.stop();
    }
  });
});
