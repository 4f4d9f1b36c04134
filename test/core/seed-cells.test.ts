/**
 * Every seed report parsed to the exact values of all 200 template cells.
 * The expected values below were transcribed by hand from the seed files in
 * test/fixtures/corpus/seeds (not printed from the parser). `-` means "cell absent" (null).
 */
import { describe, it, expect } from 'vitest';
import { T2_CELL_IDS, T3_CELL_IDS, T4_CELL_IDS } from '../../server/src/core/index';
import { SEED_IDS, T2_IDS, T3_COLS, T3_ROWS, T4_IDS, parse, readSeed, sliceRange, lineStartsOf, type SeedId } from '../helpers/core';

interface SeedExpectation {
  title: string;
  titleYear: number | null;
  year: number;
  /** 1-based lines of the six section headings 一…六. */
  sectionLines: [number, number, number, number, number, number];
  /** Table 二 by row: regulation/normative have 3 values (issued repealed valid), the others 1. */
  t2: { regulation: string; normative: string; license: string; penalty: string; coercion: string; fee: string };
  /** Table 三: 25 rows × 7 values np biz sci ngo law oth tot. */
  t3: Record<(typeof T3_ROWS)[number], string>;
  /** Table 四: 15 values rev×5, lit_direct×5, lit_after×5. */
  t4: string;
}

const Z7 = '0 0 0 0 0 0 0';
const NONE7 = '- - - - - - -';

const EXPECTED: Record<SeedId, SeedExpectation> = {
  '000': {
    title: '红旗区渠东街道办事处 2024 年政府信息公开工作年度报告',
    titleYear: 2024,
    year: 2024,
    sectionLines: [5, 19, 36, 67, 74, 84],
    t2: { regulation: '0 0 0', normative: '0 0 0', license: '0', penalty: '52', coercion: '0', fee: '0' },
    t3: {
      r1: '1 0 0 0 0 0 1',
      r2: Z7,
      r3_1: Z7,
      r3_2: Z7,
      r3_3_1: Z7, r3_3_2: Z7, r3_3_3: Z7, r3_3_4: Z7, r3_3_5: Z7, r3_3_6: Z7, r3_3_7: Z7, r3_3_8: Z7,
      r3_4_1: '1 0 0 0 0 0 1',
      r3_4_2: Z7, r3_4_3: Z7,
      r3_5_1: Z7, r3_5_2: Z7, r3_5_3: Z7, r3_5_4: Z7, r3_5_5: Z7,
      r3_6_1: Z7, r3_6_2: Z7, r3_6_3: Z7,
      r3_7: '1 0 0 0 0 0 1',
      r4: Z7,
    },
    t4: '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0',
  },
  '001': {
    // No 总计 column: header-level rows have 6 values (tot absent); rows （三）1 … （六）3
    // have only 5 values, so none of their cells is assigned (the parser never guesses).
    title: '西工区王城路街道办事处 2024 年政府信息公开工作 年度报告',
    titleYear: 2024,
    year: 2024,
    sectionLines: [5, 29, 46, 77, 84, 94],
    t2: { regulation: '0 0 0', normative: '0 0 0', license: '0', penalty: '0', coercion: '0', fee: '0' },
    t3: {
      r1: '0 0 0 0 0 0 -',
      r2: '0 0 0 0 0 0 -',
      r3_1: '0 0 0 0 0 0 -',
      r3_2: '0 0 0 0 0 0 -',
      r3_3_1: NONE7, r3_3_2: NONE7, r3_3_3: NONE7, r3_3_4: NONE7, r3_3_5: NONE7, r3_3_6: NONE7, r3_3_7: NONE7, r3_3_8: NONE7,
      r3_4_1: NONE7, r3_4_2: NONE7, r3_4_3: NONE7,
      r3_5_1: NONE7, r3_5_2: NONE7, r3_5_3: NONE7, r3_5_4: NONE7, r3_5_5: NONE7,
      r3_6_1: NONE7, r3_6_2: NONE7, r3_6_3: NONE7,
      r3_7: '0 0 0 0 0 0 -',
      r4: '0 0 0 0 0 0 -',
    },
    t4: '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0',
  },
  '002': {
    // Title has no year; the reporting year comes from the body. Rows （五）5, （六）1 and
    // （六）2 have their 总计 wrapped onto the next line.
    title: '滠口街道办事处政府信息公开工作年度报告',
    titleYear: null,
    year: 2024,
    sectionLines: [4, 18, 34, 67, 72, 77],
    t2: { regulation: '0 0 0', normative: '0 0 0', license: '0', penalty: '88', coercion: '0', fee: '0' },
    t3: {
      r1: '3 0 0 0 0 0 3',
      r2: Z7,
      r3_1: Z7,
      r3_2: Z7,
      r3_3_1: Z7, r3_3_2: Z7, r3_3_3: Z7, r3_3_4: Z7, r3_3_5: Z7, r3_3_6: Z7, r3_3_7: Z7, r3_3_8: Z7,
      r3_4_1: '2 0 0 0 0 0 2',
      r3_4_2: Z7, r3_4_3: Z7,
      r3_5_1: Z7,
      r3_5_2: '1 0 0 0 0 0 1',
      r3_5_3: Z7, r3_5_4: Z7, r3_5_5: Z7,
      r3_6_1: Z7, r3_6_2: Z7, r3_6_3: Z7,
      r3_7: '3 0 0 0 0 0 3',
      r4: Z7,
    },
    t4: '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0',
  },
  '003': {
    title: '红旗区人民政府 2024 年政府信息公开工作年度报告',
    titleYear: 2024,
    year: 2024,
    sectionLines: [5, 19, 36, 67, 74, 80],
    t2: { regulation: '0 0 0', normative: '1 22 42', license: '6935', penalty: '437', coercion: '0', fee: '0' },
    t3: {
      r1: '16 0 0 0 0 4 20',
      r2: Z7,
      r3_1: '6 0 0 0 0 4 10',
      r3_2: '5 0 0 0 0 0 5',
      r3_3_1: Z7, r3_3_2: Z7, r3_3_3: Z7, r3_3_4: Z7, r3_3_5: Z7, r3_3_6: Z7, r3_3_7: Z7, r3_3_8: Z7,
      r3_4_1: '5 0 0 0 0 0 5',
      r3_4_2: Z7, r3_4_3: Z7,
      r3_5_1: Z7, r3_5_2: Z7, r3_5_3: Z7, r3_5_4: Z7, r3_5_5: Z7,
      r3_6_1: Z7, r3_6_2: Z7, r3_6_3: Z7,
      r3_7: '16 0 0 0 0 4 20',
      r4: Z7,
    },
    t4: '4 7 0 0 11 1 0 0 1 2 1 0 0 2 3',
  },
  '004': {
    title: '老城区翠云峰街道办事处 2024 年政府信息公开工作 年度报告',
    titleYear: 2024,
    year: 2024,
    sectionLines: [5, 29, 46, 77, 84, 90],
    t2: { regulation: '0 0 0', normative: '0 0 0', license: '0', penalty: '14', coercion: '0', fee: '0' },
    t3: {
      r1: '2 0 0 0 0 0 2',
      r2: Z7,
      r3_1: Z7,
      r3_2: Z7,
      r3_3_1: Z7, r3_3_2: Z7, r3_3_3: Z7, r3_3_4: Z7, r3_3_5: Z7, r3_3_6: Z7,
      r3_3_7: '1 0 0 0 0 0 1',
      r3_3_8: Z7,
      r3_4_1: Z7, r3_4_2: Z7, r3_4_3: Z7,
      r3_5_1: Z7, r3_5_2: Z7, r3_5_3: Z7, r3_5_4: Z7, r3_5_5: Z7,
      r3_6_1: Z7, r3_6_2: Z7, r3_6_3: Z7,
      r3_7: '1 0 0 0 0 0 1',
      r4: '1 0 0 0 0 0 1',
    },
    t4: '0 0 1 0 1 0 0 0 0 0 0 0 0 0 0',
  },
};

const num = (s: string): number | null => (s === '-' ? null : Number(s));
const values = (s: string): (number | null)[] => s.trim().split(/\s+/).map(num);

/** The expected value of every cell id of a seed, from the compact tables above. */
function expectedCells(e: SeedExpectation): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const t2 = [e.t2.regulation, e.t2.normative, e.t2.license, e.t2.penalty, e.t2.coercion, e.t2.fee].flatMap(values);
  expect(t2).toHaveLength(10);
  T2_IDS.forEach((id, k) => out.set(id, t2[k]!));
  for (const row of T3_ROWS) {
    const v = values(e.t3[row]);
    expect(v, row).toHaveLength(7);
    T3_COLS.forEach((c, k) => out.set(`t3.${row}.${c}`, v[k]!));
  }
  const t4 = values(e.t4);
  expect(t4).toHaveLength(15);
  T4_IDS.forEach((id, k) => out.set(id, t4[k]!));
  return out;
}

describe('template cell ids', () => {
  it('the core has the 10 + 175 + 15 cells the tests expect, in template order', () => {
    expect([...T2_CELL_IDS]).toEqual([...T2_IDS]);
    expect([...T3_CELL_IDS]).toEqual(T3_ROWS.flatMap((r) => T3_COLS.map((c) => `t3.${r}.${c}`)));
    expect([...T4_CELL_IDS]).toEqual(T4_IDS);
  });
});

describe.each(SEED_IDS)('seed %s', (id) => {
  const text = readSeed(id);
  const model = parse(text);
  const e = EXPECTED[id];
  const expected = expectedCells(e);

  it('has every table-二 cell', () => {
    for (const cid of T2_IDS) expect(model.cells.get(cid)?.value, cid).toBe(expected.get(cid));
  });

  it('has every table-三 cell (25 rows × 7)', () => {
    const actual = Object.fromEntries(T3_ROWS.map((r) => [r, T3_COLS.map((c) => model.cells.get(`t3.${r}.${c}`)?.value ?? '-').join(' ')]));
    expect(actual).toEqual(Object.fromEntries(T3_ROWS.map((r) => [r, e.t3[r]])));
  });

  it('has every table-四 cell', () => {
    expect(T4_IDS.map((cid) => model.cells.get(cid)?.value ?? '-').join(' ')).toBe(e.t4);
  });

  it('has exactly the 200 template cells, none extra', () => {
    expect(model.cells.size).toBe(200);
    expect([...model.cells.keys()].sort()).toEqual([...expected.keys()].sort());
  });

  it("each present cell's range covers exactly its raw text; absent cells have no range", () => {
    const starts = lineStartsOf(text);
    for (const cell of model.cells.values()) {
      if (cell.value === null) {
        expect(cell.range, cell.id).toBeNull();
        expect(cell.raw, cell.id).toBeNull();
        continue;
      }
      expect(cell.range, cell.id).not.toBeNull();
      expect(sliceRange(text, cell.range!, starts), cell.id).toBe(cell.raw);
      expect(Number(cell.raw), cell.id).toBe(cell.value);
      expect(cell.flags, cell.id).toEqual([]);
    }
  });

  it('has the title, the year and the six sections', () => {
    expect(model.title?.text).toBe(e.title);
    expect(model.title?.year ?? null).toBe(e.titleYear);
    expect(model.year).toBe(e.year);
    expect(model.sections.map((s) => s.id)).toEqual(['一', '二', '三', '四', '五', '六']);
    expect(model.sections.map((s) => s.headingRange.start.line + 1)).toEqual(e.sectionLines);
    const starts = lineStartsOf(text);
    expect(sliceRange(text, model.title!.range, starts)).toBe(e.title);
    if (e.titleYear !== null) expect(sliceRange(text, model.title!.yearRange!, starts)).toBe(String(e.titleYear));
    else expect(model.title?.yearRange).toBeNull();
    for (const s of model.sections) expect(sliceRange(text, s.headingRange, starts)).toContain(s.title);
  });

  it('finds all three tables, inside their sections', () => {
    for (const [t, sec] of [[model.t2, '二'], [model.t3, '三'], [model.t4, '四']] as const) {
      expect(t, sec).not.toBeNull();
      const s = model.sections.find((x) => x.id === sec)!;
      expect(t!.startLine).toBeGreaterThanOrEqual(s.bodyStartLine);
      expect(t!.endLine).toBeLessThanOrEqual(s.endLine);
    }
    expect(model.t3!.rows.filter((r) => r.id).map((r) => r.id)).toEqual([...T3_ROWS]);
    expect(model.t3!.hasTotalColumn).toBe(id !== '001');
    expect(model.t3!.columns).toEqual(id === '001' ? ['np', 'biz', 'sci', 'ngo', 'law', 'oth'] : [...T3_COLS]);
  });
});

describe('seed 002 wrapped rows', () => {
  it('joins the 总计 value written alone on the next line to its row', () => {
    const text = readSeed('002');
    const model = parse(text);
    // Lines 58/59, 60/61, 62/63 (1-based): the 7th value sits at the start of the next line.
    for (const [row, line] of [['r3_5_5', 59], ['r3_6_1', 61], ['r3_6_2', 63]] as const) {
      const tot = model.cells.get(`t3.${row}.tot`)!;
      expect(tot.range!.start.line + 1, row).toBe(line);
      expect(tot.range!.start.character, row).toBe(0);
      expect(model.cells.get(`t3.${row}.np`)!.range!.start.line + 1, row).toBe(line - 1);
    }
  });
});
