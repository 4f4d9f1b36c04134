/**
 * The importers the server loads for a Word file or a web page. In the bundle scripts/build.mjs
 * turns `import('./wordAndWebImporters')` into `import('./import-word-web.mjs')`: the importers
 * without pdf.js and the Word 97–2003 reader, which the .vsix ships (a PDF gets `pdfNotShipped.ts`'s
 * advice, a .doc `docNotShipped.ts`'s, here with the file's name in it). Run from source (tests) it is the full importers module.
 */
import { importReport as importAny, type ImportResult } from '../import/index';
import { DOC_NOT_SHIPPED, docAdvice } from './docNotShipped';
import { PDF_NOT_SHIPPED, pdfAdvice } from './pdfNotShipped';

export async function importReport(fileName: string, bytes: Uint8Array): Promise<ImportResult> {
  const result = await importAny(fileName, bytes);
  const advice = result.problem?.code === PDF_NOT_SHIPPED ? pdfAdvice : result.problem?.code === DOC_NOT_SHIPPED ? docAdvice : null;
  return advice && result.problem ? { ...result, problem: { ...result.problem, message: advice(fileName) } } : result;
}
