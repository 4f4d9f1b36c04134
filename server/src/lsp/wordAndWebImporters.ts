/**
 * The importers the server loads for a Word file or a web page. In the bundle scripts/build.mjs
 * turns `import('./wordAndWebImporters')` into `import('./import-word-web.mjs')`: the importers
 * without pdf.js, which the .vsix ships (a PDF gets `pdfNotShipped.ts`'s advice, here with the
 * file's name in it). Run from source (tests) it is the full importers module.
 */
import { importReport as importAny, type ImportResult } from '../import/index';
import { PDF_NOT_SHIPPED, pdfAdvice } from './pdfNotShipped';

export async function importReport(fileName: string, bytes: Uint8Array): Promise<ImportResult> {
  const result = await importAny(fileName, bytes);
  if (result.problem?.code !== PDF_NOT_SHIPPED) return result;
  return { ...result, problem: { ...result.problem, message: pdfAdvice(fileName) } };
}
