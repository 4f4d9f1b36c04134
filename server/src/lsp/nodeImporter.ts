/**
 * The importers live in bundles of their own, loaded with `import()` on the first import request
 * only: most sessions never need them, and the server's start does not pay for them.
 * - Word and web pages: dist/import-word-web.mjs (`./wordAndWebImporters`, ~80 KB; the .vsix ships it).
 * - PDF and Word 97–2003: dist/import.mjs (`../import/index`, pdf.js is most of its 1.8 MB; a
 *   development checkout and the CLI have it, the .vsix does not). Without it, the Word/web bundle
 *   answers a PDF or a .doc with a problem that says how to convert it.
 * (scripts/build.mjs turns both imports into the files beside dist/server.js.)
 */
import { needsFullImporters } from '../import/form';
import type { ImportResult } from '../import/index';
import type { ImportFunction } from './importer';

/** Thrown when not even the Word/web importers are installed with this server. */
export class ImportersMissing extends Error {
  override name = 'ImportersMissing';
}

type Importers = { importReport(fileName: string, bytes: Uint8Array): Promise<ImportResult> };

async function withPdf(): Promise<Importers | null> {
  try {
    return await import('../import/index');
  } catch {
    return null;
  }
}

export function loadImporter(): ImportFunction {
  return async (fileName, bytes) => {
    // By the bytes: a `.doc` that is a web page needs only the Word/web importers.
    const full = needsFullImporters(bytes) ? await withPdf() : null;
    if (full) return full.importReport(fileName, bytes);
    let mod: Importers;
    try {
      mod = await import('./wordAndWebImporters');
    } catch (e) {
      throw new ImportersMissing(e instanceof Error ? e.message : String(e));
    }
    return mod.importReport(fileName, bytes);
  };
}
