/**
 * Text a clerk pastes after copying a published page in Chromium (test/fixtures/forms/browser-copy,
 * made by make-browser-copy.cjs): every cell on lines of its own, a cell's paragraphs on separate
 * lines, lines holding only a tab between cells (innerText), a zero merged down rows written
 * once, and — in the variants — labels broken over two lines and label typos. Each reads to the
 * cells of expected.jsonl, and gives the same table diagnostics as the page imported.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { importReport } from '../../server/src/import/index';
import { parseReport } from '../../server/src/core/index';
import { HTML_DIR, REAL_DIR, SEEDS_DIR } from '../support/corpus';
import { cellDiffs, cellsOf, expectedPages, FORMS_DIR, tableDiagnostics } from './support';

const COPY_DIR = path.join(FORMS_DIR, 'browser-copy');
const copy = (name: string) => readFileSync(path.join(COPY_DIR, name), 'utf8');

describe('browser-copied text of the real pages', () => {
  for (const page of expectedPages()) {
    const base = page.file.replace(/(\.page)?\.html$/, '');
    const variant = `variant_${page.file.replace(/\.html$/, '')}`;
    const texts = [`${base}.txt`, `${base}.innertext.txt`];
    // A full page copied whole (Ctrl+A: the site's menus and footer too); three article pages with quirks.
    if (page.file.endsWith('.page.html')) texts.push(`${base}.body.txt`);
    else texts.push(`${variant}.txt`, `${variant}.innertext.txt`);
    for (const name of texts) {
      let text: string;
      try {
        text = copy(name);
      } catch {
        continue; // only three pages have a variant
      }
      it(`${name} reads to every cell of ${page.file}, with its table diagnostics`, async () => {
        const cells = cellsOf(text);
        expect(cellDiffs(cells, page.cells)).toEqual([]);
        for (const id of page.absent_rows) expect(cells[id], id).toBeNull();
        const imported = await importReport(page.file, readFileSync(path.join(HTML_DIR, page.file)));
        expect(tableDiagnostics(text)).toEqual(tableDiagnostics(imported.text));
      });
    }
  }

  it('the variants carry the quirks they are named for', () => {
    const text = copy('variant_201_pingtan_nongyenongcunju_2023.txt');
    expect(text).toMatch(/行政事业性\n+收费\n/);
    expect(text).toContain('行政执法案件');
    expect(text).toContain('法律行政止公开');
    expect(copy('201_pingtan_nongyenongcunju_2023.innertext.txt')).toMatch(/\n\t\n/);
  });
});

describe('a zero merged down rows (rowspan), copied once', () => {
  // Page 210: （六）1–3 share one cell per column; the copy has their zeros after （六）1 only.
  const stacked = ['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ...'0000000', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他', '（七）总计', ...'4000004'];
  const report = (rows: string) => `某局2024年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\n${[...'4000004'].join('\n')}\n${rows}\n四、结转下年度继续办理\n${[...'0000000'].join('\n')}\n`;

  it('belongs to each row it spans when every cell stands on its own line', () => {
    const cells = cellsOf(report(stacked.join('\n\n')));
    for (const row of ['r3_6_1', 'r3_6_2', 'r3_6_3']) expect(cells[`t3.${row}.tot`], row).toBe(0);
    expect(cells['t3.r3_7.np']).toBe(4);
  });

  it('is not guessed for a tab-separated row left blank, nor for a non-zero row above', () => {
    const tabbed = `1.申请人无正当理由逾期不补正\t0\t0\t0\t0\t0\t0\t0\n2.申请人逾期未按收费通知要求缴纳费用\n3.其他\t0\t0\t0\t0\t0\t0\t0\n（七）总计\t4\t0\t0\t0\t0\t0\t4`;
    expect(cellsOf(report(tabbed))['t3.r3_6_2.tot']).toBeNull();
    const nonZero = stacked.map((l, k) => (k === 2 ? '1' : l)).join('\n');
    expect(cellsOf(report(nonZero))['t3.r3_6_2.np']).toBeNull();
  });

  it('in table 二 too: 行政处罚 and 行政强制 sharing one 0', () => {
    const t2 = (penalty: string) =>
      `某局2024年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（六）项\n\n信息内容\n\n本年处理决定数量\n\n行政处罚\n\n${penalty}\n\n行政强制\n\n第二十条第（八）项\n\n信息内容\n\n本年收费金额（单位：万元）\n\n行政事业性\n收费\n\n0\n`;
    expect(cellsOf(t2('0'))).toMatchObject({ 't2.penalty.decisions': 0, 't2.coercion.decisions': 0, 't2.fee.amount_wan': 0 });
    expect(cellsOf(t2('3'))).toMatchObject({ 't2.penalty.decisions': 3, 't2.coercion.decisions': null });
  });

  it('puts the merged cell where the zero is written', () => {
    const text = report(stacked.join('\n'));
    const model = parseReport(text);
    const zero = model.cells.get('t3.r3_6_1.np')!.range!;
    expect(model.cells.get('t3.r3_6_3.np')!.range).toEqual(zero);
  });
});

describe('every text report with its tables copied as a browser copies them', () => {
  /** Each tab-separated line's cells on lines of their own, blank lines between, empty cells gone. */
  const stacked = (text: string) =>
    text
      .split('\n')
      .map((l) => (l.includes('\t') ? l.split('\t').map((c) => c.trim()).filter(Boolean).join('\n\n') : l))
      .join('\n\n');
  // Their text versions lost the zeros merged down （六）1–3 (spec: page 210 is 113's page, and
  // has them); stacked, the lone （六）1 zeros are shared again, as the page shows.
  const MERGED_ZEROS_LOST = new Set(['111_pingtan_shijianju_2022.txt', '112_pingtan_shijianju_2023.txt', '113_pingtan_shijianju_2024.txt']);

  for (const dir of [SEEDS_DIR, REAL_DIR]) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      it(`${path.basename(dir)}/${file} reads to the same cells`, () => {
        const text = readFileSync(path.join(dir, file), 'utf8');
        const want = cellsOf(text);
        const diffs = cellDiffs(cellsOf(stacked(text)), want);
        if (!MERGED_ZEROS_LOST.has(file)) expect(diffs).toEqual([]);
        else expect(diffs.every((d) => /^t3\.r3_6_[23]\.\w+: 0 ≠ null$/.test(d)) && diffs.length === 14, diffs.join(', ')).toBe(true);
      });
    }
  }
});
