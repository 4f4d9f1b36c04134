/**
 * The CLI bundled into a temporary folder of its own, so test files that spawn it do not race
 * each other (or `npm run build`) writing `dist/`.
 */
import { buildSync } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');

export function bundle(entry: string, name: string): string {
  const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'ogi-bundle-')), name);
  buildSync({ entryPoints: [path.join(ROOT, entry)], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', charset: 'utf8', logLevel: 'error' });
  return outfile;
}

export function buildCli(): string {
  return bundle('server/src/cli/main.ts', 'cli.js');
}
