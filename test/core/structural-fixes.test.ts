/**
 * Generated structural cases: delete any one table-三 row or any one section from a seed,
 * and the missing piece is reported as an error whose fix puts it back (rows with zeros,
 * sections with their empty table), leaving every other cell as it was.
 */
import { describe, it, expect } from 'vitest';
import { applyEdits, checkReport, parseReport } from '../../server/src/core/index';
import { ALL_CELL_IDS, CLEAN_SEEDS, SEED_IDS, T3_COLS, T3_ROWS, cellValues, parse, readSeed, show, splitKeep } from '../helpers/core';

/** Delete the 0-based lines `from`…`to` (inclusive). */
function deleteLines(text: string, from: number, to: number): string {
  const { lines, eol } = splitKeep(text);
  lines.splice(from, to - from + 1);
  return lines.join(eol);
}

const rowCases = CLEAN_SEEDS.flatMap((seed) => T3_ROWS.map((row) => ({ seed, row })));

describe('a deleted table-三 row', () => {
  it.each(rowCases)('seed $seed without $row: reported, and the fix inserts it with zeros', ({ seed, row }) => {
    const text = readSeed(seed);
    const original = parse(text);
    const node = original.t3!.rows.find((r) => r.id === row)!;
    // A wrapped row (seed 002) spans two lines; delete both.
    const last = Math.max(node.line, ...node.values.map((v) => v.range.end.line));
    const deleted = deleteLines(text, node.line, last);
    const diags = checkReport(parseReport(deleted));
    const missing = diags.filter((d) => d.code === 'T3-ROWS-PRESENT');
    expect(missing.map(show)).toHaveLength(1);
    expect(missing[0]!.severity).toBe('error');
    // Nothing but the row is lost: no shape error anywhere.
    expect(diags.filter((d) => d.code === 'T3-SHAPE').map(show)).toEqual([]);

    const fixed = applyEdits(deleted, missing[0]!.fixes![0]!.edits);
    const model = parseReport(fixed);
    const after = checkReport(model);
    expect(after.filter((d) => d.code === 'T3-ROWS-PRESENT' || d.code === 'T3-SHAPE').map(show)).toEqual([]);
    expect(model.t3!.rows.filter((r) => r.id).map((r) => r.id)).toEqual([...T3_ROWS]);
    const want = cellValues(original);
    const got = cellValues(model);
    for (const id of ALL_CELL_IDS) {
      if (id.startsWith(`t3.${row}.`)) expect(got[id], id).toBe(0);
      else expect(got[id], id).toBe(want[id]);
    }
    // A row of zeros is consistent by itself: only sums that involved its old values can fail.
    const wasZero = T3_COLS.every((c) => want[`t3.${row}.${c}`] === 0);
    if (wasZero) expect(after.filter((d) => d.severity === 'error').map(show)).toEqual([]);
  });
});

const SECTION_IDS = ['一', '二', '三', '四', '五', '六'] as const;
const sectionCases = SEED_IDS.flatMap((seed) => SECTION_IDS.map((section) => ({ seed, section })));

describe('a deleted section', () => {
  it.each(sectionCases)('seed $seed without section $section: reported, and the fix inserts it', ({ seed, section }) => {
    const text = readSeed(seed);
    const original = parse(text);
    const s = original.sections.find((x) => x.id === section)!;
    const deleted = deleteLines(text, s.headingRange.start.line, s.endLine);
    const before = checkReport(parseReport(deleted));
    const missing = before.filter((d) => d.code === 'S-SECTION-MISSING');
    expect(missing.map(show)).toHaveLength(1);
    expect(missing[0]!.severity).toBe('error');
    expect(missing[0]!.message).toContain(section);

    const fixed = applyEdits(deleted, missing[0]!.fixes![0]!.edits);
    const model = parseReport(fixed);
    const after = checkReport(model);
    expect(model.sections.map((x) => x.id)).toEqual([...SECTION_IDS]);
    expect(after.filter((d) => d.code === 'S-SECTION-MISSING' || d.code === 'S-SECTION-NUMBER').map(show)).toEqual([]);
    // The inserted section brings its (empty) table: no "table not found".
    expect(after.filter((d) => /SHAPE/.test(d.code) && /未找到/.test(d.message)).map(show)).toEqual([]);
    expect(model.t2 && model.t3 && model.t4).toBeTruthy();
    // New errors, if any, are only those the seed already had.
    const known = new Set(checkReport(original).filter((d) => d.severity === 'error').map((d) => d.code));
    expect(after.filter((d) => d.severity === 'error' && !known.has(d.code)).map(show)).toEqual([]);
    // An inserted table is all zeros; the other tables keep their values.
    const tableOf: Record<string, string> = { 二: 't2.', 三: 't3.', 四: 't4.' };
    const prefix = tableOf[section];
    const want = cellValues(original);
    const got = cellValues(model);
    for (const id of ALL_CELL_IDS) {
      if (prefix && id.startsWith(prefix)) expect(got[id], id).toBe(0);
      else expect(got[id], id).toBe(want[id]);
    }
  });
});
