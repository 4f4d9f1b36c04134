/**
 * Quick fixes for the most frequent real findings (issue 10 item 5: the missing 规章 row, the
 * 2019 name 规范性文件, blank 表三 rows, the fee in yuan) and the one
 * finding for a 2019 sub-table (一) (issue 11): what each fix writes, which ones fix-all may
 * apply (a rename that keeps every number), and the same on the 40 real reports.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it, expect } from 'vitest';
import { applyEdits, checkReport, fixAllText, fixAllEdits, parseReport, T2_CELL_IDS, T3_CELL_IDS, type Diagnostic } from '../../server/src/core/index';
import { yuanToWan } from '../../server/src/core/rules/t2-fee-unit';
import { show } from '../helpers/core';
import { RULE_FIXTURES_DIR } from '../support/rule-fixtures';
import { REAL_DIR } from '../support/corpus';

const read = (code: string, name: string) => fs.readFileSync(path.join(RULE_FIXTURES_DIR, code, `${name}.txt`), 'utf8');
const REAL = fs.readdirSync(REAL_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: fs.readFileSync(path.join(REAL_DIR, f), 'utf8') }));
const isMissingRegulation = (d: Diagnostic) => d.code === 'T2-SHAPE' && d.message.includes('缺少“规章”行');

/** The values of every table-二 cell that has one. */
function t2Values(text: string): Map<string, number | null> {
  const model = parseReport(text);
  return new Map(T2_CELL_IDS.filter((id) => model.cells.get(id)?.value !== null && model.cells.get(id)?.value !== undefined).map((id) => [id, model.cells.get(id)!.value]));
}

describe('a 2019 sub-table (一): no 规章 row and the name 规范性文件', () => {
  const text = read('T2-SHAPE', 'old-first-sub-table');
  const diags = checkReport(parseReport(text));
  const d = diags.find(isMissingRegulation)!;

  // Renaming alone leaves the row missing: a safe fix must resolve its finding, so both are quick fixes.
  it('is one finding with two quick fixes: insert-and-rename and rename only', () => {
    expect(diags.filter((x) => x.code === 'T2-OLD-FORMAT' || x.code === 'T2-SHAPE').map(show)).toHaveLength(1);
    expect(d.fixes!.map((f) => f.kind)).toEqual(['unsafe', 'unsafe']);
  });

  it('insert-and-rename leaves neither finding and keeps every number', () => {
    const fixed = applyEdits(text, d.fixes![0]!.edits);
    const after = checkReport(parseReport(fixed));
    expect(after.filter((x) => x.code === 'T2-OLD-FORMAT' || x.code === 'T2-SHAPE').map(show)).toEqual([]);
    const before = t2Values(text);
    const now = t2Values(fixed);
    for (const [id, v] of before) expect(now.get(id), id).toBe(v);
    expect(['t2.regulation.issued', 't2.regulation.repealed', 't2.regulation.valid'].map((id) => now.get(id))).toEqual([0, 0, 0]);
  });

  it('fix-all leaves it to the clerk: it never invents the zeros of the missing row', () => {
    const { text: fixed } = fixAllText(text);
    expect(fixed).not.toMatch(/\n规章\t/);
    expect(checkReport(parseReport(fixed)).filter(isMissingRegulation).map(show)).toHaveLength(1);
  });
});

describe('the rename 规范性文件 → 行政规范性文件', () => {
  it('is safe under the 2021 columns and a quick fix only under the 2019 trial columns', () => {
    const modern = read('T2-OLD-FORMAT', 'old-normative-label');
    expect(checkReport(parseReport(modern)).find((d) => d.code === 'T2-OLD-FORMAT')!.fixes![0]!.kind).toBe('safe');
    const trial = modern.replace('信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量');
    const renames = checkReport(parseReport(trial)).filter((d) => d.code === 'T2-OLD-FORMAT' && d.fixes?.length);
    expect(renames.map((d) => d.fixes![0]!.kind)).toEqual(['unsafe']);
  });

  it('keeps an enumerator and only inserts 行政', () => {
    const text = read('T2-OLD-FORMAT', 'old-normative-label').replace('\n规范性文件\t', '\n2.规范性文件\t');
    const d = checkReport(parseReport(text)).find((x) => x.code === 'T2-OLD-FORMAT')!;
    expect(d.fixes![0]!.edits).toHaveLength(1);
    expect(d.fixes![0]!.edits[0]!.newText).toBe('行政');
    expect(applyEdits(text, d.fixes![0]!.edits)).toContain('\n2.行政规范性文件\t1\t22\t42');
  });
});

describe('an inserted row copies the layout of its neighbour', () => {
  it('in a | table | the new row has the same cells', () => {
    const text = read('T2-SHAPE', 'regulation-row-missing').replace(/^(信息内容|行政规范性文件|行政许可|行政处罚|行政强制|行政事业性收费)\t(.*?)\t*$/gm, (_m, label: string, rest: string) => `| ${label} | ${rest.split('\t').filter(Boolean).join(' | ')} |`);
    expect(text).toContain('| 行政规范性文件 | 1 | 22 | 42 |');
    const d = checkReport(parseReport(text)).find(isMissingRegulation)!;
    const fixed = applyEdits(text, d.fixes![0]!.edits);
    expect(fixed).toContain('\n| 规章 | 0 | 0 | 0 |\n| 行政规范性文件 | 1 | 22 | 42 |');
    expect(checkReport(parseReport(fixed)).filter((x) => x.code === 'T2-SHAPE').map(show)).toEqual([]);
  });
});

describe('T2-FEE-UNIT converts yuan to 万元 exactly', () => {
  it.each([
    ['251000元', 251000, '25.1'],
    ['96171.6', 96171.6, '9.61716'],
    ['１２３４５６７', 1234567, '123.4567'],
    ['1,234,567.89', 1234567.89, '123.456789'],
    ['5', 5, '0.0005'],
    ['10000', 10000, '1'],
    ['9007199254740993', 9007199254740993, '900719925474.0993'],
    ['999999999999999999999', 1e21, '99999999999999999.9999'],
  ])('%s → %s 万元', (raw, value, wan) => {
    expect(yuanToWan(raw, value)).toBe(wan);
  });
});

describe('on the 40 real reports', () => {
  it('T2-OLD-FORMAT and T2-SHAPE never both report the same missing 规章 row (issue 11)', () => {
    const both: string[] = [];
    for (const r of REAL) {
      const diags = checkReport(parseReport(r.text));
      const shape = diags.find(isMissingRegulation);
      const old = diags.find((d) => d.code === 'T2-OLD-FORMAT' && d.message.includes('规范性文件'));
      if (shape && old) both.push(r.name);
    }
    expect(both).toEqual([]);
  });

  it('every missing 规章 row has a quick fix that inserts it and keeps every number of table 二', () => {
    let fixedCount = 0;
    for (const r of REAL) {
      const d = checkReport(parseReport(r.text)).find(isMissingRegulation);
      if (!d) continue;
      expect(d.fixes?.length, r.name).toBeGreaterThan(0);
      const fixed = applyEdits(r.text, d.fixes![0]!.edits);
      expect(checkReport(parseReport(fixed)).filter(isMissingRegulation).map(show), r.name).toEqual([]);
      const before = t2Values(r.text);
      const after = t2Values(fixed);
      for (const [id, v] of before) expect(after.get(id), `${r.name} ${id}`).toBe(v);
      fixedCount++;
    }
    expect(fixedCount).toBeGreaterThanOrEqual(11);
  });

  it('every blank table-三 row has a quick fix (never fix-all) that fills it with 0s and changes no other number', () => {
    let rows = 0;
    for (const r of REAL) {
      const diags = checkReport(parseReport(r.text));
      const blank = diags.filter((d) => d.code === 'T3-SHAPE' && d.message.includes('只有 0 个数字'));
      expect(fixAllEdits(blank).length, r.name).toBe(0);
      for (const d of blank) {
        expect(d.fixes?.map((f) => f.kind), r.name).toEqual(['unsafe']);
        const before = parseReport(r.text);
        const fixed = parseReport(applyEdits(r.text, d.fixes![0]!.edits));
        const line = d.range.start.line;
        expect(fixed.t3!.rows.find((x) => x.line === line)!.values.map((v) => v.value), r.name).toEqual([0, 0, 0, 0, 0, 0, 0]);
        for (const id of T3_CELL_IDS) if (before.cells.get(id)?.value != null) expect(fixed.cells.get(id)?.value, `${r.name} ${id}`).toBe(before.cells.get(id)!.value);
        rows++;
      }
    }
    expect(rows).toBeGreaterThanOrEqual(6);
  });

  it('a row of three numbers run together offers the published split among its candidates (pages 219, 227, 201)', () => {
    // The published pages of reports 128, 136 and 129 give the numbers the text runs together.
    const published: Record<string, string> = { '128_pingtan_ziyuanshengtaiju_2023.txt': '2|1|35', '136_pingtan_ziyuanshengtaiju_2024.txt': '2|4|33', '129_pingtan_nongyenongcunju_2023.txt': '4|9|20' };
    for (const [name, parts] of Object.entries(published)) {
      const text = REAL.find((r) => r.name === name)!.text;
      const d = checkReport(parseReport(text)).find((x) => x.code === 'T2-SHAPE' && x.message.includes('连在一起'))!;
      expect(d, name).toBeDefined();
      expect(d.fixes!.every((f) => f.kind === 'unsafe' && !f.isPreferred), name).toBe(true);
      const candidates = d.fixes!.map((f) => f.edits[0]!.newText.split('\t').join('|'));
      expect(candidates, name).toContain(parts);
    }
  });

  it('an all-0 2019 row （六）其他处理 is split into the three 2021 rows by fix-all, and no other number changes', () => {
    let split = 0;
    for (const r of REAL) {
      const d = checkReport(parseReport(r.text)).find((x) => x.code === 'T2-OLD-FORMAT' && x.message.includes('（六）其他处理'));
      if (!d) continue;
      expect(d.fixes?.map((f) => f.kind), r.name).toEqual(['safe']);
      const before = parseReport(r.text);
      const fixed = parseReport(applyEdits(r.text, d.fixes![0]!.edits));
      expect(fixed.t3!.trialLayout, r.name).toBe(false);
      expect(checkReport(fixed).filter((x) => x.code === 'T2-OLD-FORMAT' && x.message.includes('（六）')).map(show), r.name).toEqual([]);
      for (const id of T3_CELL_IDS) {
        if (id.startsWith('t3.r3_6')) expect(fixed.cells.get(id)?.value, `${r.name} ${id}`).toBe(0);
        else if (before.cells.get(id)?.value != null) expect(fixed.cells.get(id)?.value, `${r.name} ${id}`).toBe(before.cells.get(id)!.value);
      }
      split++;
    }
    expect(split).toBeGreaterThanOrEqual(3);
  });
});
