/**
 * The importers live in their own bundle (dist/import.mjs, pdf.js is most of it), loaded with
 * `import()` on the first import request only: most sessions never need them, and the
 * server's start does not pay for them. (scripts/build.mjs turns this import into
 * `import('./import.mjs')`, the file beside dist/server.js.)
 */
import type { ImportFunction } from './importer';

/** Thrown when dist/import.mjs is not installed (the .vsix leaves it out: pdf.js alone is ~1 MB). */
export class ImportersMissing extends Error {
  override name = 'ImportersMissing';
}

export function loadImporter(): ImportFunction {
  return async (fileName, bytes) => {
    let mod: typeof import('../import/index');
    try {
      mod = await import('../import/index');
    } catch (e) {
      throw new ImportersMissing(e instanceof Error ? e.message : String(e));
    }
    return mod.importReport(fileName, bytes);
  };
}
