/**
 * The table formatter on every seed and real report: it aligns tab-separated rows and changes
 * nothing but spaces — the same characters otherwise, the same tabs, the same cell values and
 * the same diagnostics.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits, checkReport, parseReport } from '../../server/src/core';
import { displayWidth, formatEdits } from '../../server/src/lsp/format';
import { REAL_DIR, SEEDS_DIR } from '../support/corpus';

const files = [SEEDS_DIR, REAL_DIR].flatMap((dir) =>
  fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f)),
);

const withoutSpaces = (s: string) => s.replace(/ /g, '');
const summary = (text: string) => checkReport(parseReport(text)).map((d) => `${d.code}@${d.cellId ?? ''}:${d.expected ?? ''}`).sort();

describe('table formatter', () => {
  let formatted = 0;
  it.each(files.map((f) => [path.basename(f), f]))('%s: only spaces change, values and findings stay', (_name, file) => {
    const text = fs.readFileSync(file, 'utf8');
    const edits = formatEdits(text, { tabSize: 4 });
    const after = applyEdits(text, edits);
    expect(withoutSpaces(after)).toBe(withoutSpaces(text));
    const before = parseReport(text);
    const model = parseReport(after);
    for (const [id, cell] of before.cells) expect([id, model.cells.get(id)?.value]).toEqual([id, cell.value]);
    expect(summary(after)).toEqual(summary(text));
    // Formatting twice changes nothing more.
    expect(formatEdits(after, { tabSize: 4 })).toEqual([]);
    if (edits.length) formatted++;
  });

  it('aligned some tables: the numbers of table 三 end on the same column', () => {
    expect(formatted).toBeGreaterThan(0);
    const text = fs.readFileSync(files.find((f) => f.includes('003_'))!, 'utf8');
    const after = applyEdits(text, formatEdits(text, { tabSize: 4 }));
    const model = parseReport(after);
    const endOfNumbers = (line: string) => {
      let col = 0;
      let end = -1;
      for (const ch of line) {
        col = ch === '\t' ? (Math.floor(col / 4) + 1) * 4 : col + displayWidth(ch);
        if (/\d/.test(ch)) end = col;
      }
      return end;
    };
    const ends = model.t3!.rows.map((r) => endOfNumbers(model.lines[r.line]!));
    const counts = new Map<number, number>();
    for (const e of ends) counts.set(e, (counts.get(e) ?? 0) + 1);
    // All rows but those whose label is wider than the formatter aligns to.
    expect(Math.max(...counts.values())).toBeGreaterThanOrEqual(ends.length - 3);
  });
});
