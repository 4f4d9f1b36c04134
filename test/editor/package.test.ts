/**
 * The packaged extension: the production build (scripts/build.mjs --production, in a temp folder)
 * packaged as `npm run package` does (vsce, then the Zopfli repack). The .vsix holds the bundles,
 * the rule pages' text, the Word/web importers (dist/import-word-web.mjs), the manifest and the
 * README with every image it shows — and no sources, tests, node_modules, source maps or PDF
 * importer (pdf.js); its server starts and answers diagnostics and hovers (quoting the 条例 as the
 * core does), and its rule pages cover every code. It stays within 300,000 bytes (issue 10; the
 * figures per file are in `npm run bench -- --sizes`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { RULES, checkReport, hoverAt, parseReport } from '../../server/src/core';
import { QUOTED_ARTICLES } from '../../server/src/core/hover';
import { REGULATION_ARTICLES, articleLead } from '../../server/src/core/template/regulation';
import { ruleDocCodes, ruleDocMarkdown, unpackRuleDocs, type PackedRuleDocs } from '../../server/src/lsp/ruleDoc';
import { packageVsix, productionBuild, vsixEntries, type VsixEntry } from '../../bench/size-bench';
import { TestClient } from '../lsp/client';
import { IMPORT_REQUEST, type ImportReply } from '../../server/src/lsp/protocol';
import { reportHintSources } from '../../server/src/core/reportHints';
import { plantedSeed003 } from '../lsp/seeds';

const ROOT = path.resolve(__dirname, '../..');
let prod: string;
let vsix: string;
let entries: VsixEntry[];
const names = (): string[] => entries.map((e) => e.name.replace(/^extension\//, ''));

beforeAll(() => {
  prod = productionBuild(ROOT);
  vsix = packageVsix(ROOT, prod);
  entries = vsixEntries(vsix);
}, 300_000); // the whole production build, terser and Zopfli: a minute or two on a busy machine
afterAll(() => fs.rmSync(prod, { recursive: true, force: true }));

describe('the .vsix', () => {
  it('holds the bundles, the rule pages’ text, the manifest and its translations, grammar, schema, licence and icon', () => {
    expect(names()).toEqual(
      expect.arrayContaining([
        'dist/bootstrap.js',
        'dist/client.js',
        'dist/server.js',
        'dist/rule-docs.json',
        'dist/import-word-web.mjs',
        'package.json',
        'package.nls.json',
        'package.nls.zh-cn.json',
        'language-configuration.json',
        'syntaxes/ogi-report.tmLanguage.json',
        'schemas/ogi-report.config.schema.json',
        'LICENSE.txt',
        'images/icon.png',
      ]),
    );
    expect(names().some((n) => /^readme\.md$/i.test(n))).toBe(true);
  });

  it('is at most 300,000 bytes (issue 10), as packaged by npm run package (vsce, then the Zopfli repack)', () => {
    const bytes = fs.statSync(vsix).size;
    const byFile = [...entries].sort((a, b) => b.zipped - a.zipped).map((e) => `${e.name} ${e.zipped} B zipped`).join(', ');
    expect(bytes, `the .vsix is ${bytes} B, over the 300,000 B a clerk downloads at most; largest entries: ${byFile}`).toBeLessThanOrEqual(300_000);
  });

  it('holds every image the README shows', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const images = [...readme.matchAll(/\]\((images\/[^)\s]+)\)/g)].map((m) => m[1]!);
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(names()).toContain(image);
  });

  it('holds no sources, tests, dependencies, source maps, metafiles, CLI or PDF importer (pdf.js)', () => {
    const unwanted = names().filter((n) => /^(node_modules|test|server|client|bench|scripts|docs|examples|\.e2e|out)\/|\.map$|\.meta\.json$|^dist\/(cli\.js|import\.mjs|exceljs\.js|docx\.js)$/.test(n));
    expect(unwanted).toEqual([]);
  });

  it('renders a rule page for every code from the packaged dist/rule-docs.json, as docs/rules/ has it', () => {
    const zip = unzipSync(fs.readFileSync(vsix), { filter: (f) => f.name === 'extension/dist/rule-docs.json' });
    const rules = unpackRuleDocs(JSON.parse(strFromU8(zip['extension/dist/rule-docs.json']!)) as PackedRuleDocs);
    expect(rules.map((r) => r.code)).toEqual(RULES.map((r) => r.code));
    for (const code of ruleDocCodes(rules)) expect(ruleDocMarkdown(code, rules)).toBe(fs.readFileSync(path.join(ROOT, 'docs/rules', `${code}.md`), 'utf8'));
  });
});

describe('the production bootstrap (package.json main)', () => {
  it('is small, requires only vscode and, on need, the client beside it, and carries the core’s first look at a document', () => {
    const bootstrap = fs.readFileSync(path.join(prod, 'dist/bootstrap.js'), 'utf8');
    // What every editor loads when a text file opens: a hundredth of the client and server.
    expect(Buffer.byteLength(bootstrap)).toBeLessThan(6_000);
    expect([...bootstrap.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]).sort()).toEqual(['./client.js', 'vscode']);
    expect(bootstrap).not.toMatch(/LanguageClient|vscode-jsonrpc|textDocument\/publishDiagnostics/);
    expect(bootstrap).toContain(reportHintSources().phrases);
    const entry = entries.find((e) => e.name === 'extension/dist/bootstrap.js')!;
    expect(entry.zipped).toBeLessThan(2_500);
  });
});

describe('the production server', () => {
  it('carries of the 条例 what the hovers quote: the lead of each quoted article, no other article’s text', () => {
    const server = fs.readFileSync(path.join(prod, 'dist/server.js'), 'utf8');
    expect(QUOTED_ARTICLES.length).toBeGreaterThan(0);
    for (const n of QUOTED_ARTICLES) expect(server, `article ${n}'s lead`).toContain(articleLead(n));
    for (const n of Object.keys(REGULATION_ARTICLES).map(Number).filter((n) => !QUOTED_ARTICLES.includes(n))) expect(server, `article ${n}`).not.toContain(articleLead(n));
    // Nor the paragraphs after a lead (article 36's (一) … (七)).
    expect(server).not.toContain(REGULATION_ARTICLES[36]!.split('\n')[1]);
  });

  it('hovers as the core does where the hover quotes an article (its lead from the bundle)', async () => {
    const uri = 'file:///tmp/ogi-package/红旗区2024年度报告.txt';
    const { planted } = plantedSeed003();
    const model = parseReport(planted);
    const diagnostics = checkReport(model, { locale: 'zh-CN', uri });
    // One position per distinct quoting hover: each row label, header and heading of the seed.
    const quoting = new Map<string, { line: number; character: number }>();
    planted.split('\n').forEach((text, line) => {
      for (let character = 0; character < text.length; character++) {
        const h = hoverAt(model, diagnostics, { line, character }, 'zh-CN');
        if (h && /\n> 第/.test(h.markdown) && !quoting.has(h.markdown)) quoting.set(h.markdown, { line, character });
      }
    });
    expect(quoting.size).toBeGreaterThan(5);
    const c = await TestClient.start({ serverJs: path.join(prod, 'dist/server.js') });
    try {
      await c.open(uri, planted);
      for (const [markdown, position] of quoting) {
        const hover = await c.conn.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position });
        expect(hover?.contents.value).toBe(markdown);
      }
    } finally {
      await c.stop();
    }
  });

  it('starts and answers diagnostics and a hover on a planted report', async () => {
    const c = await TestClient.start({ serverJs: path.join(prod, 'dist/server.js') });
    try {
      const uri = 'file:///tmp/ogi-package/红旗区2024年度报告.txt';
      const { planted, line, character } = plantedSeed003();
      const p = await c.open(uri, planted);
      expect(p.diagnostics.map((d) => d.code)).toContain('T3-ROWSUM');
      const hover = await c.conn.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
      expect(hover?.contents.value).toMatch(/[\u4e00-\u9fff]/);
    } finally {
      await c.stop();
    }
  });

  it('as unpacked from the .vsix, imports a Word file and a saved web page (dist/import-word-web.mjs beside it)', async () => {
    const unpacked = fs.mkdtempSync(path.join(prod, 'unpacked-'));
    const zip = unzipSync(fs.readFileSync(vsix), { filter: (f) => f.name.startsWith('extension/dist/') });
    for (const [name, bytes] of Object.entries(zip)) {
      const file = path.join(unpacked, name.replace(/^extension\//, ''));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bytes);
    }
    const c = await TestClient.start({ serverJs: path.join(unpacked, 'dist/server.js') });
    try {
      const forms = path.join(ROOT, 'test/fixtures/forms');
      for (const form of ['docx', 'html']) {
        const file = path.join(forms, form, fs.readdirSync(path.join(forms, form)).find((f) => f.endsWith(`.${form}`))!);
        const reply = await c.conn.sendRequest<ImportReply>(IMPORT_REQUEST, { fileName: path.basename(file), base64: fs.readFileSync(file).toString('base64') });
        expect(reply.problem).toBeUndefined();
        expect(reply.form).toBe(form);
        expect(reply.text).toMatch(/政府信息公开/);
      }
    } finally {
      await c.stop();
    }
  });
});
