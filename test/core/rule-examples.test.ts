/**
 * The examples in the rule docs are checked: each rule's `meta.example` (its `← …` notes
 * removed) is planted in seed 003, and the rule must report the planted text and not the seed.
 * For each rule below, `plant` says where in a report its example belongs.
 */
import { describe, it, expect } from 'vitest';
import { RULES, checkReport, parseReport } from '../../server/src/core/index';
import { readSeed } from '../helpers/core';

const SEED = readSeed('003');

/** The example's lines as a report would hold them: notes after `←` and `……` elisions dropped. */
function exampleLines(code: string): string[] {
  const example = RULES.find((r) => r.code === code)?.example;
  if (!example) throw new Error(`${code} has no example`);
  return example
    .split('\n')
    .map((l) => l.replace(/\s*←.*$/, ''))
    .filter((l) => l.trim() && !/^[…]+$/.test(l.trim()) && !/^（没有/.test(l.trim()));
}

/** Replace the seed line that starts with `prefix` (after any markdown `#`) by `lines`. */
function replaceLine(text: string, prefix: RegExp, lines: string[]): string {
  const all = text.split('\n');
  const k = all.findIndex((l) => prefix.test(l.replace(/^#+\s*/, '')));
  if (k < 0) throw new Error(`no line ${prefix}`);
  return [...all.slice(0, k), ...lines, ...all.slice(k + 1)].join('\n');
}

/** Drop the seed from the heading matching `from` to the end, and put `lines` there. */
function replaceTail(text: string, from: RegExp, lines: string[]): string {
  const all = text.split('\n');
  const k = all.findIndex((l) => from.test(l.replace(/^#+\s*/, '')));
  return [...all.slice(0, k), ...lines].join('\n');
}

/** Put `lines` after the seed line that starts with `prefix`, keeping it. */
function insertAfter(text: string, prefix: RegExp, lines: string[]): string {
  const all = text.split('\n');
  const k = all.findIndex((l) => prefix.test(l.replace(/^#+\s*/, '')));
  if (k < 0) throw new Error(`no line ${prefix}`);
  return [...all.slice(0, k + 1), '', ...lines, ...all.slice(k + 1)].join('\n');
}

const PLANT: Record<string, (lines: string[]) => string> = {
  'T2-SHAPE': (lines) => {
    const all = SEED.split('\n');
    const k = all.findIndex((l) => l.startsWith('第二十条第（一）项'));
    return [...all.slice(0, k), ...lines, ...all.slice(k + 4)].join('\n');
  },
  'T2-OLD-FORMAT': (lines) => replaceLine(SEED, /^行政规范性文件\t/, lines),
  'T2-FEE-UNIT': (lines) => replaceLine(SEED, /^行政事业性收费\t/, lines),
  'S-SECTION-NUMBER': (lines) => replaceLine(SEED, /^五、/, lines),
  'S-SECTION-TITLE': (lines) => replaceLine(SEED, /^五、/, lines),
  'S-PLACEHOLDER': ([title, ...body]) => replaceLine(replaceLine(SEED, /^红旗区人民政府/, [title!]), /^一、总体情况/, ['一、总体情况', ...body]),
  'S-EMPTY': (lines) => replaceTail(SEED, /^五、/, lines),
  // The example is a report that ends after 五: the seed without 六.
  // Seed 003's table 四: 行政复议 4 维持, 7 纠正, 11 in all.
  'N-DISPUTE-RESULTS': (lines) => insertAfter(SEED, /^\(二\) 依申请公开/, lines),
  'S-SECTION-MISSING': (lines) => replaceTail(SEED, /^五、/, lines.slice(lines.findIndex((l) => l.startsWith('五、')))),
};

describe('rule doc examples, planted in seed 003', () => {
  it.each(Object.keys(PLANT))('%s reports its own example', (code) => {
    expect(checkReport(parseReport(SEED)).filter((d) => d.code === code)).toEqual([]);
    const planted = PLANT[code]!(exampleLines(code));
    expect(planted).not.toBe(SEED);
    const hits = checkReport(parseReport(planted)).filter((d) => d.code === code);
    expect(hits.length, planted).toBeGreaterThan(0);
  });
});
