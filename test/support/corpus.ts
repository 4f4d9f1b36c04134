/**
 * Where the test corpus lives: one definition for every suite and the bench. The reports are
 * copies of the project's shared corpus kept in `test/fixtures/corpus`, so `npm test` passes in a clone
 * with nothing beside it.
 */
import * as path from 'node:path';

export const CORPUS_DIR = path.resolve(__dirname, '../fixtures/corpus');
/** The five seed reports (spec §6.1). */
export const SEEDS_DIR = path.join(CORPUS_DIR, 'seeds');
/** 40 real published reports as text, with INDEX.tsv. */
export const REAL_DIR = path.join(CORPUS_DIR, 'real');
/** Real published web pages and `expected.jsonl` (every cell each page holds). */
export const HTML_DIR = path.join(CORPUS_DIR, 'html');
/** Real published PDFs of real/001–003. */
export const PDF_DIR = path.join(CORPUS_DIR, 'pdf');
/** The blank 2021 template as a Word file. */
export const DOCX_DIR = path.join(CORPUS_DIR, 'docx');
/** Pages an importer reads only in part (a problem, but some text): `../fixtures/partial-import/README.md`. */
export const PARTIAL_IMPORT_DIR = path.resolve(__dirname, '../fixtures/partial-import');
