/**
 * The importers live in their own bundle (dist/import.js), required on the first import
 * request only: Word/PDF/HTML readers are large and most sessions never need them.
 */
import type * as Importers from '../import/index';
import type { ImportFunction } from './importer';

export function loadImporter(bundlePath: string): ImportFunction {
  let loaded: typeof Importers | undefined;
  return async (fileName, bytes) => {
    // A runtime path: esbuild leaves this require alone, so the importers stay out of server.js.
    loaded ??= (require as NodeJS.Require)(bundlePath) as typeof Importers;
    return loaded.importReport(fileName, bytes);
  };
}
