/** What the import tests share: the cells a text reads to, and the table diagnostics it gets. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkReport, parseReport } from '../../server/src/core/index';
import { HTML_DIR } from '../support/corpus';

export const FORMS_DIR = path.resolve(__dirname, '../fixtures/forms');

export type Cells = Record<string, number | null>;

export function cellsOf(text: string): Cells {
  return Object.fromEntries([...parseReport(text).cells].map(([id, c]) => [id, c.value]));
}

/**
 * Table diagnostics (T2-/T3-/T4-) by code and cell, each once: what must not change with the
 * form. (How many lines a diagnostic without a cell lands on depends on how the form wraps.)
 */
export function tableDiagnostics(text: string): string[] {
  const keys = checkReport(parseReport(text))
    .filter((d) => /^T[234]-/.test(d.code))
    .map((d) => `${d.code} ${d.cellId ?? ''}`);
  return [...new Set(keys)].sort();
}

export interface ExpectedPage {
  file: string;
  cells: Cells;
  absent_rows: string[];
}

export function expectedPages(): ExpectedPage[] {
  return readFileSync(path.join(HTML_DIR, 'expected.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ExpectedPage);
}

/** The cells `expected` names that `got` reads differently, as `id: got ≠ want`. */
export function cellDiffs(got: Cells, expected: Cells): string[] {
  return Object.entries(expected)
    .filter(([id, v]) => (got[id] ?? null) !== v)
    .map(([id, v]) => `${id}: ${got[id]} ≠ ${v}`);
}
