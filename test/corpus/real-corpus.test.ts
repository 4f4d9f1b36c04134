/**
 * The real reports in test/fixtures/corpus/real, checked against what INDEX.tsv records about
 * them: arithmetic that adds up must give no sum error, and every sum failure the index
 * names (`T3 row new: row total 0 != sum 6.0`, `T3 col2: 一+二=0 != 七+四=1`, table 四 totals)
 * must be found — no more, no fewer.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReport, checkReport } from '../../server/src/core/index';
import { analyseEquations } from '../../server/src/core/rule-helpers/equations';
import { REAL_DIR } from '../support/corpus';

const dir = REAL_DIR;
const index = readFileSync(path.join(dir, 'INDEX.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t'))
  .map(([file, , agency, year, template, completeness, notes]) => ({ file: file!, agency: agency!, year: Number(year), template: template!, completeness: completeness!, notes: notes ?? '' }));

// The index's short row names → template row ids.
const ROW: Record<string, string> = { new: 'r1', carry: 'r2', grant: 'r3_1', partial: 'r3_2', total: 'r3_7', next: 'r4' };
const GROUP: Record<string, string> = { d: 'r3_3_', u: 'r3_4_', x: 'r3_5_', o: 'r3_6_' };
const COLUMNS = ['np', 'biz', 'sci', 'ngo', 'law', 'oth', 'tot'];

function rowId(name: string): string {
  return ROW[name] ?? `${GROUP[name[0]!]}${name.slice(1)}`;
}

/** The sum equations INDEX.tsv says fail, as `CODE:key`. */
function expectedFailures(notes: string): string[] {
  const out: string[] = [];
  for (const m of notes.matchAll(/T3 row (\w+): row total/g)) out.push(`T3-ROWSUM:${rowId(m[1]!)}`);
  for (const m of notes.matchAll(/T3 col(\d): sum\(details\)/g)) out.push(`T3-RESULTSUM:${COLUMNS[Number(m[1]) - 1]}`);
  for (const m of notes.matchAll(/T3 col(\d): 一\+二/g)) out.push(`T3-BALANCE:${COLUMNS[Number(m[1]) - 1]}`);
  if (/行政复议[^;|]*但 总计/.test(notes)) out.push('T4-REV:rev');
  if (/复议后起诉[^;|]*但 总计/.test(notes)) out.push('T4-LITA:lit_after');
  return out.sort();
}

describe('real reports (test/fixtures/corpus/real)', () => {
  const cases = index.filter((e) => e.file.endsWith('.txt'));

  it('has the reports the index lists', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  for (const entry of cases) {
    it(`${entry.file}: sum failures are exactly those INDEX.tsv records`, () => {
      const model = parseReport(readFileSync(path.join(dir, entry.file), 'utf8'));
      expect(model.year).toBe(entry.year);
      const { t3, t4 } = analyseEquations(model);
      const failing = [...t3.states, ...t4.states]
        .filter((s) => s.residual !== null && s.residual !== 0)
        .map((s) => `${s.eq.code}:${s.eq.key}`)
        .sort();
      expect(failing).toEqual(expectedFailures(entry.notes));
      // Every failing equation reaches the user as an error diagnostic.
      const codes = new Set(checkReport(model).filter((d) => d.severity === 'error').map((d) => d.code));
      for (const f of failing) expect(codes).toContain(f.split(':')[0]);
    });
  }

  it('reads every table-三 row of the complete reports with all its values', () => {
    let cells = 0;
    let present = 0;
    for (const entry of cases.filter((e) => e.completeness.startsWith('full') && !/next row has only|single row|blank \(no values\)/.test(e.notes))) {
      const model = parseReport(readFileSync(path.join(dir, entry.file), 'utf8'));
      for (const [id, c] of model.cells) {
        if (!id.startsWith('t3.') && !id.startsWith('t4.')) continue;
        cells++;
        if (c.value !== null) present++;
      }
    }
    expect(present).toBe(cells);
  });

  // Table-二 figures INDEX.tsv states in its notes (checked there against page.html or the PDF).
  const STATED: [string, Record<string, number>][] = [
    ['001_hongzequ_2023.txt', { 't2.fee.amount_wan': 7730.28, 't2.penalty.decisions': 4119, 't2.coercion.decisions': 195 }],
    ['003_huaianshi_2024.txt', { 't2.license.decisions': 447228, 't2.penalty.decisions': 3985758 }],
    ['101_pingtan_zonghe_2021.txt', { 't2.normative.issued': 69, 't2.normative.repealed': 3, 't2.normative.valid': 665, 't2.fee.amount_wan': 24252.311082 }],
    ['102_pingtan_zonghe_2022.txt', { 't2.normative.issued': 88, 't2.normative.repealed': 55, 't2.normative.valid': 698 }],
    ['103_pingtan_zonghe_2023.txt', { 't2.normative.issued': 77, 't2.normative.repealed': 132, 't2.normative.valid': 470, 't2.fee.amount_wan': 5949.088667 }],
    ['104_pingtan_zonghe_2024.txt', { 't2.normative.issued': 62, 't2.normative.repealed': 33, 't2.normative.valid': 440, 't2.fee.amount_wan': 18651.06 }],
    ['105_pingtan_zonghe_2025.txt', { 't2.normative.issued': 58, 't2.normative.repealed': 45, 't2.normative.valid': 546, 't2.fee.amount_wan': 4166.241619 }],
    ['109_pingtan_caijinju_2024.txt', { 't2.fee.amount_wan': 18651.064104 }],
    ['110_pingtan_caijinju_2025.txt', { 't2.fee.amount_wan': 4166.214619 }],
    ['113_pingtan_shijianju_2024.txt', { 't2.normative.issued': 6, 't2.normative.repealed': 8, 't2.normative.valid': 56 }],
    ['135_pingtan_nongyenongcunju_2025.txt', { 't2.normative.issued': 8, 't2.normative.repealed': 0, 't2.normative.valid': 28 }],
  ];
  it.each(STATED)('%s: table-二 figures as INDEX.tsv states them', (file, expected) => {
    expect(index.some((e) => e.file === file)).toBe(true);
    const model = parseReport(readFileSync(path.join(dir, file), 'utf8'));
    for (const [id, value] of Object.entries(expected)) expect(model.cells.get(id)?.value, id).toBe(value);
  });
});
