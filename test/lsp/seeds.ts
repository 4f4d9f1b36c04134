/** The shared seed reports and the planted-error copy of seed 003 the tests use. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

export { SEEDS_DIR } from '../support/corpus';
import { SEEDS_DIR } from '../support/corpus';

export function seedFiles(): string[] {
  return fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
}

export function seedPath(prefix: string): string {
  const file = seedFiles().find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix} in ${SEEDS_DIR}`);
  return path.join(SEEDS_DIR, file);
}

export function readSeed(prefix: string): string {
  return fs.readFileSync(seedPath(prefix), 'utf8');
}

export function seedUri(prefix: string): string {
  return pathToFileURL(seedPath(prefix)).toString();
}

/** The （七）总计 row of table 三 in seed 003: its 总计 cell (the 7th number) is 20. */
export const TOTAL_ROW = /^\(七\) 总计\t\t16\t0\t0\t0\t0\t4\t20\t$/m;

/** Seed 003 with its （七）总计 总计 value changed 20 → 21; also gives the line and column of the 21. */
export function plantedSeed003(): { original: string; planted: string; line: number; character: number } {
  const original = readSeed('003');
  const m = TOTAL_ROW.exec(original);
  if (!m) throw new Error('seed 003 no longer has the expected （七）总计 row');
  const rowStart = m.index;
  const at = rowStart + m[0].lastIndexOf('20');
  const planted = original.slice(0, at) + '21' + original.slice(at + 2);
  const line = original.slice(0, at).split('\n').length - 1;
  const character = at - (original.lastIndexOf('\n', at - 1) + 1);
  return { original, planted, line, character };
}
