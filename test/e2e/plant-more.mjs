// The rest of the workbench test's folder (argv[2]): 青山镇2024年度报告.txt (seed 001, which has
// findings, for the folder check), 翠云峰街道2024年度报告-GBK.txt (seed 004 in GB18030) and 红旗区2024年度报告.docx
// (the blank Word template, offered for import).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(here, '../fixtures/corpus');
const ws = process.argv[2];
if (!ws) throw new Error('usage: node plant-more.mjs <workspace>');
const seeds = path.join(corpus, 'seeds');
const seed = (n) => fs.readFileSync(path.join(seeds, fs.readdirSync(seeds).find((f) => f.startsWith(n))), 'utf8');
const seed004 = seed('004');
fs.writeFileSync(path.join(ws, '青山镇2024年度报告.txt'), seed('001'));
const iconv = createRequire(path.resolve(here, '../../package.json'))('iconv-lite');
fs.writeFileSync(path.join(ws, '翠云峰街道2024年度报告-GBK.txt'), iconv.encode(seed004, 'gb18030'));
fs.copyFileSync(path.join(corpus, 'docx', 'blank_template_2021.docx'), path.join(ws, '红旗区2024年度报告.docx'));
