/** The importers are pure functions of bytes: no Node I/O, so the editor (or a browser) can run them. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

describe('server/src/import', () => {
  it('imports nothing from node:*, vscode or the language server', () => {
    const dir = path.resolve(__dirname, '../../server/src/import');
    const offenders = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /from\s+['"](node:|fs['"]|path['"]|vscode|vscode-languageserver)/.test(readFileSync(path.join(dir, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
