/**
 * The editor features over the wire: rule links on every diagnostic, the table grid for the
 * preview, formatting, the one encoding diagnostic on mojibake (with its code action), the
 * workspace check and the import request.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, DocumentFormattingRequest } from 'vscode-languageserver-protocol/node';
import { applyEdits, RULES } from '../../server/src/core';
import { ruleDocCodes, ruleDocMarkdown, unpackRuleDocs, type PackedRuleDocs } from '../../server/src/lsp/ruleDoc';
import {
  CHECK_WORKSPACE_REQUEST,
  COMMANDS,
  ENCODING_CODE,
  IMPORT_REQUEST,
  TABLES_REQUEST,
  type CheckWorkspaceReply,
  type ImportReply,
  type TablesResult,
} from '../../server/src/lsp/protocol';
import { TestClient } from './client';
import { plantedSeed003, readSeed, SEEDS_DIR, seedFiles } from './seeds';

const PLANTED = 'file:///tmp/ogi-editor/红旗区2024年度报告.txt';

describe('rule links (codeDescription)', () => {
  it('link every code to the page the client asked for', async () => {
    const c = await TestClient.start({ initializationOptions: { ruleDocBase: 'vscode://ogi-report.ogi-report/rule/' } });
    try {
      const p = await c.open(PLANTED, plantedSeed003().planted);
      expect(p.diagnostics.length).toBeGreaterThan(0);
      for (const d of p.diagnostics) expect(d.codeDescription?.href).toBe(`vscode://ogi-report.ogi-report/rule/${d.code}`);
    } finally {
      await c.stop();
    }
  });

  it('by default, link to the page shipped beside the server, which exists for every code', async () => {
    const c = await TestClient.start();
    try {
      const p = await c.open(PLANTED, plantedSeed003().planted);
      for (const d of p.diagnostics) {
        const href = d.codeDescription!.href;
        expect(href).toMatch(new RegExp(`/docs/rules/${d.code}\\.md$`));
        expect(fs.existsSync(fileURLToPath(href))).toBe(true);
      }
    } finally {
      await c.stop();
    }
  });
});

describe('rule pages (dist/rule-docs.json, rendered by the client)', () => {
  const ROOT = path.resolve(__dirname, '../..');
  const shipped = unpackRuleDocs(JSON.parse(fs.readFileSync(path.join(ROOT, 'dist/rule-docs.json'), 'utf8')) as PackedRuleDocs);

  it('renders the page of every code a diagnostic carries — the same text as docs/rules/<CODE>.md', async () => {
    const c = await TestClient.start();
    try {
      const p = await c.open(PLANTED, plantedSeed003().planted);
      expect(p.diagnostics.length).toBeGreaterThan(0);
      for (const code of new Set(p.diagnostics.map((d) => String(d.code)))) {
        const page = ruleDocMarkdown(code, shipped);
        expect(page).toMatch(new RegExp(`^# ${code}：`));
        expect(page).toBe(fs.readFileSync(path.join(ROOT, `docs/rules/${code}.md`), 'utf8'));
      }
    } finally {
      await c.stop();
    }
  });

  it('has a page for every rule and the encoding diagnostic, none for an unknown code', () => {
    expect(shipped.map((r) => r.code)).toEqual(RULES.map((r) => r.code));
    for (const code of ruleDocCodes(shipped)) expect(ruleDocMarkdown(code, shipped)).toBe(fs.readFileSync(path.join(ROOT, `docs/rules/${code}.md`), 'utf8'));
    expect(ruleDocMarkdown('NO-SUCH', shipped)).toBeNull();
  });

  it('keeps the descriptions out of the language server bundle (the CLI keeps them for SARIF)', () => {
    const server = fs.readFileSync(path.join(ROOT, 'dist/server.js'), 'utf8');
    const cli = fs.readFileSync(path.join(ROOT, 'dist/cli.js'), 'utf8');
    // The longest run of words of each language (punctuation aside: a bundle may quote or escape
    // it differently); a description is in a bundle when both are (a short phrase alone may also
    // be a message's).
    const longest = (text: string, words: RegExp): string => [...text.matchAll(words)].map((m) => m[0]).sort((a, b) => b.length - a.length)[0] ?? text;
    const inBundle = (bundle: string, r: (typeof RULES)[number]): boolean =>
      bundle.includes(longest(r.description['zh-CN'], /[\u4e00-\u9fff]+/g)) && bundle.includes(longest(r.description.en, /[A-Za-z][A-Za-z ,]+/g));
    expect(RULES.filter((r) => inBundle(server, r)).map((r) => r.code)).toEqual([]);
    expect(RULES.filter((r) => !inBundle(cli, r)).map((r) => r.code)).toEqual([]);
  });
});

describe('table preview grid (ogiReport/tables)', () => {
  it('draws the three tables from the template with the wrong cell marked and its expected value', async () => {
    const c = await TestClient.start();
    try {
      const { planted, line, character } = plantedSeed003();
      await c.open(PLANTED, planted);
      const r = await c.conn.sendRequest<TablesResult>(TABLES_REQUEST, { uri: PLANTED });
      expect(r.recognized).toBe(true);
      expect(r.tables.map((t) => t.id)).toEqual(['t2', 't2', 't2', 't2', 't3', 't4']);
      const t3 = r.tables.find((t) => t.id === 't3')!;
      // 25 data rows and the 5 group label rows of the template.
      expect(t3.rows.filter((row) => !row.group)).toHaveLength(25);
      expect(t3.rows.filter((row) => row.group).map((row) => row.label)).toEqual(['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理']);
      const total = t3.rows.find((row) => row.label === '（七）总计')!.cells.at(-1)!;
      expect(total).toMatchObject({ id: 't3.r3_7.tot', raw: '21', line, character, severity: 'error', expected: 20 });
      expect(r.tables.find((t) => t.id === 't4')!.rows[0]!.cells).toHaveLength(15);
      expect(r.errors).toBeGreaterThan(0);
    } finally {
      await c.stop();
    }
  });
});

describe('formatting', () => {
  it('aligns the tables of a report changing spaces only', async () => {
    const c = await TestClient.start();
    try {
      const text = readSeed('003');
      await c.open(PLANTED, text);
      const edits = await c.conn.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: PLANTED }, options: { tabSize: 4, insertSpaces: false } });
      expect(edits!.length).toBeGreaterThan(10);
      const after = applyEdits(text, edits!);
      expect(after.replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    } finally {
      await c.stop();
    }
  });
});

describe('a GBK report opened as UTF-8', () => {
  it('gets one encoding diagnostic and a code action to reopen it, not six missing sections', async () => {
    const c = await TestClient.start();
    try {
      // What an editor shows for GB18030 bytes read as UTF-8: every invalid sequence is U+FFFD.
      const mojibake = new TextDecoder('utf-8').decode(iconv.encode(readSeed('004'), 'gb18030'));
      expect(mojibake).toContain('\ufffd');
      const uri = 'file:///tmp/ogi-editor/翠云峰街道2024年度报告-GBK.txt';
      const p = await c.open(uri, mojibake);
      expect(p.diagnostics.map((d) => d.code)).toEqual([ENCODING_CODE]);
      expect(p.diagnostics[0]!.message).toMatch(/GB18030/);
      const actions = await c.conn.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: p.diagnostics[0]!.range,
        context: { diagnostics: p.diagnostics },
      });
      const reopen = (actions ?? []).find((a) => 'command' in a && a.command && typeof a.command === 'object');
      expect(reopen && 'command' in reopen && typeof reopen.command === 'object' ? reopen.command.command : undefined).toBe(COMMANDS.reopenWithEncoding);
    } finally {
      await c.stop();
    }
  });
});

describe('workspace check (ogiReport/checkWorkspace)', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-ws-'));
    for (const f of seedFiles()) fs.copyFileSync(path.join(SEEDS_DIR, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, 'notes.md'), '# 会议纪要\n\n无关内容\n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('puts every report of the folder into Problems, and leaves other files alone', async () => {
    const c = await TestClient.start();
    try {
      const uris = seedFiles().map((f) => pathToFileURL(path.join(dir, f)).href);
      const published = Promise.all(uris.map((u) => c.nextDiagnostics(u)));
      const reply = await c.conn.sendRequest<CheckWorkspaceReply>(CHECK_WORKSPACE_REQUEST, { folders: [pathToFileURL(dir).href] });
      expect(reply.files).toBe(uris.length);
      expect(reply.truncated).toBe(false);
      const all = await published;
      const count = all.reduce((n, p) => n + p.diagnostics.length, 0);
      expect(reply.errors + reply.warnings + reply.others).toBe(count);
      expect(c.latest.has(pathToFileURL(path.join(dir, 'notes.md')).href)).toBe(false);
    } finally {
      await c.stop();
    }
  });
});

describe('import request', () => {
  it('answers with the importers’ result (or their reason) without failing', async () => {
    const c = await TestClient.start();
    try {
      const html = '<html><body><p>测试</p></body></html>';
      const reply = await c.conn.sendRequest<ImportReply>(IMPORT_REQUEST, { fileName: '年报.html', base64: Buffer.from(html).toString('base64') });
      expect(reply.form).toBe('html');
      expect(typeof reply.text).toBe('string');
    } finally {
      await c.stop();
    }
  });
});
