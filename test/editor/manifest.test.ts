/** The extension manifest: contributions match the protocol, every %key% is translated. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, DEFAULT_SETTINGS, LANGUAGE_ID, SETTINGS_SECTION } from '../../server/src/lsp/protocol';

const ROOT = path.resolve(__dirname, '../..');
const read = (f: string): string => fs.readFileSync(path.join(ROOT, f), 'utf8');
const pkg = JSON.parse(read('package.json'));
const nls = { en: JSON.parse(read('package.nls.json')), zh: JSON.parse(read('package.nls.zh-cn.json')) };

/** Every `%key%` placeholder in the manifest. */
function placeholders(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') for (const m of value.matchAll(/^%([^%]+)%$/g)) out.push(m[1]!);
  else if (Array.isArray(value)) for (const v of value) placeholders(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) placeholders(v, out);
  return out;
}

describe('package.json', () => {
  it('contributes the language, the grammar and the language configuration', () => {
    const lang = pkg.contributes.languages.find((l: { id: string }) => l.id === LANGUAGE_ID);
    expect(lang.filenamePatterns).toEqual(['*年度报告*.txt', '*年报*.txt', '*.ogi.txt', '*.ogi.md']);
    expect(fs.existsSync(path.join(ROOT, lang.configuration))).toBe(true);
    JSON.parse(read(lang.configuration));
    expect(pkg.contributes.grammars[0].language).toBe(LANGUAGE_ID);
  });

  it('declares a setting for every field of the protocol settings, and nothing else', () => {
    const declared = Object.keys(pkg.contributes.configuration.properties).sort();
    // `trace.server` is the language client's own setting (read by vscode-languageclient for the id `ogiReport`).
    const expected = ['severity', 'inlayHints.enabled', 'detect', 'locale', 'trace.server'].map((k) => `${SETTINGS_SECTION}.${k}`).sort();
    expect(declared).toEqual(expected);
    expect(Object.keys(DEFAULT_SETTINGS).sort()).toEqual(['detect', 'inlayHints', 'locale', 'severity']);
    const props = pkg.contributes.configuration.properties;
    expect(props['ogiReport.detect'].default).toBe(DEFAULT_SETTINGS.detect);
    expect(props['ogiReport.locale'].default).toBe(DEFAULT_SETTINGS.locale);
    expect(DEFAULT_SETTINGS.locale).toBe('zh-CN');
    expect(props['ogiReport.trace.server'].enum).toEqual(['off', 'messages', 'verbose']);
    expect(props['ogiReport.inlayHints.enabled'].default).toBe(DEFAULT_SETTINGS.inlayHints.enabled);
  });

  it('contributes the commands and activates on the three languages (commands activate by themselves since VS Code 1.74)', () => {
    expect(pkg.contributes.commands.map((c: { command: string }) => c.command).sort()).toEqual(Object.values(COMMANDS).sort());
    expect(pkg.activationEvents).toEqual(expect.arrayContaining(['onLanguage:ogi-report', 'onLanguage:plaintext', 'onLanguage:markdown']));
    // Node starts at the small bootstrap, which loads the client on need; the web extension host
    // (vscode.dev) cannot load a file beside the bundle and starts at the client itself.
    expect(pkg.main).toBe('./dist/bootstrap.js');
    expect(pkg.browser).toBe('./dist/client.js');
    expect(pkg.capabilities).toEqual({ untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
    expect(pkg.engines.vscode).toBe('^1.100.0');
    expect(pkg.devDependencies['@types/vscode']).toBe('~1.100.0');
  });

  it('has every %placeholder% in both package.nls files, and no unused keys', () => {
    const keys = [...new Set(placeholders(pkg))].sort();
    expect(keys.length).toBeGreaterThan(5);
    expect(Object.keys(nls.en).sort()).toEqual(keys);
    expect(Object.keys(nls.zh).sort()).toEqual(keys);
    expect(nls.zh['command.newReport']).toMatch(/^新建政府信息公开年报/);
  });

  it('makes every command findable by typing Chinese or English: `>年报` and `>OGI` (category), and the title words', () => {
    for (const table of [nls.en, nls.zh]) {
      expect(table['command.category']).toMatch(/年报/);
      expect(table['command.category']).toMatch(/OGI/);
    }
    for (const c of pkg.contributes.commands) {
      const key = c.title.slice(1, -1);
      for (const table of [nls.en, nls.zh]) {
        expect(table[key]).toMatch(/[\u4e00-\u9fff]/);
        expect(table[key]).toMatch(/[A-Za-z]{3,}/);
      }
    }
  });

  it('sets language defaults that suit Chinese reports', () => {
    const defaults = pkg.contributes.configurationDefaults['[ogi-report]'];
    expect(defaults['editor.unicodeHighlight.ambiguousCharacters']).toBe(false);
    expect(defaults['editor.wordWrap']).toBe('on');
    expect(defaults['files.autoGuessEncoding']).toBe(true);
  });

  it('ships only the bundles and the manifest files (.vscodeignore is an allow-list)', () => {
    const lines = read('.vscodeignore').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines[0]).toBe('**');
    for (const f of ['!dist/bootstrap.js', '!dist/client.js', '!dist/server.js', '!dist/rule-docs.json', '!images/**', '!package.json', '!syntaxes/**', '!language-configuration.json', '!LICENSE']) {
      expect(lines).toContain(f);
    }
    expect(fs.existsSync(path.join(ROOT, 'LICENSE'))).toBe(true);
    expect(fs.existsSync(path.join(ROOT, pkg.icon))).toBe(true);
  });

  it('lists no source file that does not exist (build outputs under dist/ are made by the build)', () => {
    const named = read('.vscodeignore')
      .split('\n')
      .filter((l) => l.startsWith('!') && !l.includes('*') && !l.startsWith('!dist/'))
      .map((l) => l.slice(1));
    expect(named.length).toBeGreaterThan(3);
    expect(named.filter((f) => !fs.existsSync(path.join(ROOT, f)))).toEqual([]);
  });
});
