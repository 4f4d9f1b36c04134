// Write a copy of seed 003 with a planted wrong total (（七）总计 总计 20 → 21) to argv[2].
// Usage: node plant.mjs <out-file> [seeds-dir]   (default seeds: <repo>/test/fixtures/corpus/seeds)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
const seeds = process.argv[3] ?? path.resolve(here, '../fixtures/corpus/seeds');
if (!out) throw new Error('usage: node plant.mjs <out-file> [seeds-dir]');
const seed = fs.readdirSync(seeds).find((f) => f.startsWith('003'));
if (!seed) throw new Error(`no seed 003 in ${seeds}`);
const text = fs.readFileSync(path.join(seeds, seed), 'utf8');
const row = /^\(七\) 总计\t\t16\t0\t0\t0\t0\t4\t20\t$/m;
if (!row.test(text)) throw new Error('seed 003 no longer has the expected （七）总计 row');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, text.replace(row, (line) => line.replace(/\t20\t$/, '\t21\t')));
