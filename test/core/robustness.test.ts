/**
 * The parser never throws and never breaks its own invariants on damaged text: every
 * prefix and suffix of each seed (a half-pasted report) and each seed with one line
 * deleted parse and check without an INTERNAL diagnostic; every cell range still covers
 * its raw text, and every diagnostic range lies inside the document.
 */
import { describe, it, expect } from 'vitest';
import { checkReport, documentSymbols, foldingRanges, hoverAt, parseReport } from '../../server/src/core/index';
import { SEED_IDS, lineStartsOf, readSeed, sliceRange } from '../helpers/core';

function invariants(text: string, tag: string): string[] {
  const problems: string[] = [];
  try {
    const model = parseReport(text);
    const diags = checkReport(model);
    for (const d of diags) {
      if (d.code === 'INTERNAL') problems.push(`${tag}: INTERNAL ${d.message}`);
      const last = model.lines.length - 1;
      if (d.range.start.line < 0 || d.range.end.line > last) problems.push(`${tag}: ${d.code} range outside the document`);
    }
    const starts = lineStartsOf(text);
    for (const c of model.cells.values()) {
      if (c.range && sliceRange(text, c.range, starts) !== c.raw) problems.push(`${tag}: ${c.id} range does not cover ${c.raw}`);
      if (c.value !== null && !c.range) problems.push(`${tag}: ${c.id} has a value but no range`);
    }
    documentSymbols(model);
    foldingRanges(model);
    for (let l = 0; l < model.lines.length; l += 5) hoverAt(model, diags, { line: l, character: 2 });
  } catch (err) {
    problems.push(`${tag}: threw ${(err as Error).message}`);
  }
  return problems;
}

describe.each(SEED_IDS)('seed %s, damaged', (id) => {
  const text = readSeed(id);
  const lines = text.split('\n');

  it('every prefix and suffix (by lines)', () => {
    const problems: string[] = [];
    for (let k = 0; k <= lines.length; k++) {
      problems.push(...invariants(lines.slice(0, k).join('\n'), `prefix ${k}`));
      problems.push(...invariants(lines.slice(k).join('\n'), `suffix ${k}`));
    }
    expect(problems).toEqual([]);
  });

  it('each line deleted', () => {
    const problems: string[] = [];
    for (let k = 0; k < lines.length; k++) problems.push(...invariants([...lines.slice(0, k), ...lines.slice(k + 1)].join('\n'), `without line ${k + 1}`));
    expect(problems).toEqual([]);
  });
});

describe('odd inputs', () => {
  it.each(['', '\n', '\r', '\r\n', '\uFEFF', '\t\t\t', '|||', '一、', '三、\n1\t2', '(七) 总计\t1', '行政复议\n1\t2\t3', '0\t0\t0\t0\t0\t0\t0'])('%j', (text) => {
    expect(invariants(text, JSON.stringify(text))).toEqual([]);
  });
});
