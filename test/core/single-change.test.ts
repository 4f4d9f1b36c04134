/**
 * Generated: in every clean seed, change one number of table 三 or 四 (value+1, and
 * separately value+7), re-parse and re-check. A single wrong number must always be caught
 * as an error pointing at it:
 * - table 三: every cell takes part in at least two sum equations, so one changed cell is
 *   the single culprit that explains all failed sums; the core must point an error at
 *   exactly that cell (its range in the changed text) and say its original value;
 * - table 四: a part takes part in one equation only, so the error sits on the group's
 *   total, which is on the same line (the data row).
 * Seed 002's wrapped rows have their 总计 on the next line; the culprit rule still points
 * at the changed cell itself, so the table-三 assertion covers them too.
 */
import { describe, it, expect } from 'vitest';
import { checkReport, fixAllText } from '../../server/src/core/index';
import { CLEAN_SEEDS, T3_COLS, T3_ROWS, T4_IDS, parse, readSeed, replaceRange, sameRange, show, type SeedId } from '../helpers/core';

interface Case {
  seed: SeedId;
  cell: string;
  delta: number;
}

const DELTAS = [1, 7];
const CELLS = [...T3_ROWS.flatMap((r) => T3_COLS.map((c) => `t3.${r}.${c}`)), ...T4_IDS];

const cases: Case[] = CLEAN_SEEDS.flatMap((seed) => CELLS.flatMap((cell) => DELTAS.map((delta) => ({ seed, cell, delta }))));

const seedText = new Map<SeedId, string>(CLEAN_SEEDS.map((s) => [s, readSeed(s)]));
const seedModel = new Map<SeedId, ReturnType<typeof parse>>(CLEAN_SEEDS.map((s) => [s, parse(seedText.get(s)!)]));

describe('single changed number', () => {
  it('covers every number cell of tables 三 and 四 in the four clean seeds', () => {
    for (const s of CLEAN_SEEDS) for (const c of CELLS) expect(seedModel.get(s)!.cells.get(c)?.range, `${s} ${c}`).toBeTruthy();
    expect(cases).toHaveLength(4 * (175 + 15) * 2); // 1520
  });

  it.each(cases)('seed $seed: $cell + $delta is caught on that cell', ({ seed, cell, delta }) => {
    const text = seedText.get(seed)!;
    const before = seedModel.get(seed)!.cells.get(cell)!;
    const original = before.value!;
    const changedText = replaceRange(text, before.range!, String(original + delta));
    const model = parse(changedText);
    const after = model.cells.get(cell)!;
    expect(after.value).toBe(original + delta);
    const errors = checkReport(model).filter((d) => d.severity === 'error');
    const dump = errors.map(show).join('\n');
    expect(errors.length, dump).toBeGreaterThan(0);

    if (cell.startsWith('t3.')) {
      // The culprit: an error whose range is exactly the changed cell, naming its original value.
      const onCell = errors.filter((d) => sameRange(d.range, after.range));
      expect(onCell.length, dump).toBeGreaterThan(0);
      expect(onCell.every((d) => d.cellId === cell), dump).toBe(true);
      expect(onCell.some((d) => d.expected === original), dump).toBe(true);
      // Every sum error of the table points at the culprit, none elsewhere.
      expect(errors.filter((d) => d.code.startsWith('T3-') && !sameRange(d.range, after.range)).map(show)).toEqual([]);
    } else {
      const line = after.range!.start.line;
      expect(errors.some((d) => d.range.start.line === line && d.code.startsWith('T4-')), dump).toBe(true);
    }
  });

  it.each(cases.filter((c) => c.cell.startsWith('t3.')))(
    'seed $seed: fix-all after $cell + $delta restores the seed exactly',
    ({ seed, cell, delta }) => {
      const text = seedText.get(seed)!;
      const before = seedModel.get(seed)!.cells.get(cell)!;
      const changedText = replaceRange(text, before.range!, String(before.value! + delta));
      expect(fixAllText(changedText).text).toBe(text);
    },
  );

  // Table 四: a figure takes part in one sum only, so the numbers cannot prove whether the total
  // or an outcome is wrong. (Fix-all used to rewrite the total — wrong whenever the outcome was
  // the changed figure.) Now it changes nothing; the error offers each figure as an unsafe quick
  // fix, and one of them restores the seed.
  it.each(cases.filter((c) => c.cell.startsWith('t4.')))('seed $seed: $cell + $delta is flagged, not fixed; one quick fix restores it', ({ seed, cell, delta }) => {
    const text = seedText.get(seed)!;
    const before = seedModel.get(seed)!.cells.get(cell)!;
    const changedText = replaceRange(text, before.range!, String(before.value! + delta));
    expect(fixAllText(changedText).text).toBe(changedText);
    const d = checkReport(parse(changedText)).find((x) => x.code.startsWith('T4-') && x.severity === 'error')!;
    expect(d.fixes!.every((f) => f.kind === 'unsafe' && !f.isPreferred)).toBe(true);
    const restores = d.fixes!.filter((f) => f.edits.length === 1 && sameRange(f.edits[0]!.range, parse(changedText).cells.get(cell)!.range!));
    expect(restores.map((f) => f.edits[0]!.newText)).toEqual([String(before.value)]);
  });
});
