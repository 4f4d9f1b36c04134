import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

describe('architecture invariants', () => {
  const core = sources(path.join(root, 'server/src/core'));

  it('the core imports nothing from node:*, vscode or the language server', () => {
    const offenders = core.filter((f) => /from\s+['"](node:|fs['"]|path['"]|vscode|vscode-languageserver)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the rules depend on what reads the report, never the other way (narrative/, structure/, parse/, template/ import nothing from rules/)', () => {
    const below = core.filter((f) => /[\\/]core[\\/](narrative|structure|parse|template)[\\/]/.test(f));
    expect(below.length).toBeGreaterThan(10);
    const upward = below.filter((f) => /from\s+['"][./]*\/rules\//.test(readFileSync(f, 'utf8')));
    expect(upward.map((f) => path.relative(root, f))).toEqual([]);
  });

  it('a rule’s messages live in its file: no shared message catalog, and no bilingual literals at the edges', () => {
    // i18n/ holds how a message is written, the one small UI catalog and the cell names; nothing else.
    expect(readdirSync(path.join(root, 'server/src/core/i18n')).sort()).toEqual(['messages.ts', 'names.ts', 'ui.ts']);
    const edges = ['server/src/core/hover.ts', 'server/src/core/outline.ts', 'server/src/lsp/codeActions.ts', 'server/src/lsp/encoding.ts', 'server/src/lsp/main.ts', 'server/src/server.ts', 'server/src/cli/main.ts', 'server/src/cli/check-command.ts', 'server/src/cli/format-text.ts'];
    const choice = /(?:locale|en)\s*(?:===\s*'en'\s*)?\?\s*['`][^'`]*['`]\s*:\s*['`][^'`]*[\u4e00-\u9fff]/;
    expect(edges.filter((f) => choice.test(readFileSync(path.join(root, f), 'utf8')))).toEqual([]);
  });

  it('rule files register in the rule list, one rule per file', () => {
    const ruleDir = path.join(root, 'server/src/core/rules');
    const index = readFileSync(path.join(ruleDir, 'index.ts'), 'utf8');
    const ruleFiles = readdirSync(ruleDir).filter((f) => /^[a-z]\d?-[a-z0-9-]+\.ts$/.test(f) && !f.endsWith('.test.ts'));
    for (const f of ruleFiles) expect(index, f).toContain(`./${f.replace(/\.ts$/, '')}'`);
  });

  it('the generated rule docs are up to date (npm run docs)', () => {
    execFileSync(process.execPath, ['scripts/gen-rule-docs.mjs', '--check'], { cwd: root, stdio: 'pipe' });
  });
});
