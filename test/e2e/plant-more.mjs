// The rest of the workbench test's folder (argv[2]): 青山镇2024年度报告.txt (seed 001, which has
// findings, for the folder check), 翠云峰街道2024年度报告-GBK.txt (seed 004 in GB18030) and 红旗区2024年度报告.docx
// (the blank Word template, offered for import), 表格待补2024年度报告.txt (seed 003 without table 二's 规章 row and
// with one blank table-三 row, for the quick fixes that insert the row and fill it with 0), 周例会记录.md
// (Chinese notes that are no report: opening them must start no language server).
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
const seed003 = seed('003');
const gaps = seed003.replace(/^规章\t0\t0\t0\n/m, '').replace(/^(\t\t8\. 属于行政查询事项)(\t0){7}$/m, '$1\t\t\t\t\t\t\t');
if (gaps.length !== seed003.length - 16) throw new Error('seed 003 no longer has the 规章 row and the blank-able 行政查询事项 row');
fs.writeFileSync(path.join(ws, '表格待补2024年度报告.txt'), gaps);
fs.writeFileSync(path.join(ws, '周例会记录.md'), '# 周例会记录\n\n- 讨论新办公楼的装修进度。\n- 下周三前交齐预算表。\n- 下次例会：周五上午九点。\n');
