/**
 * Importers: a report published as a web page, a Word file or a PDF, turned into the report
 * text the parser reads (tables as tab-separated rows). One module per form in this folder;
 * each is a pure function of the bytes (no Node I/O), loaded only when such a file is read,
 * so neither the editor's start-up nor the CLI's text path pays for it.
 *
 * CONTRACT (used by the CLI and the server; keep it stable):
 *   formOf(fileName)            → the form a file name says, or null for a form we do not read
 *   importReport(name, bytes)   → ImportResult; never throws for bad input — a file we cannot
 *                                 read gives `problem` (and an empty or partial `text`)
 */

import { decodeText } from './decode';
import { importDocx } from './docx';
import { importHtml } from './html';
import { importPdf } from './pdf';


export interface ImportProblem {
  /** Stable reason code, e.g. `pdf-no-text-layer`, `docx-corrupt`, `html-no-article`. */
  code: string;
  /** One sentence for the user (zh-CN). */
  message: string;
}

export interface ImportResult {
  form: ReportForm;
  /** The report as text the parser reads. */
  text: string;
  /** Publication metadata the source states (HTML `<meta>`, DOCX core properties …). */
  meta: { title?: string; /** YYYY-MM-DD */ publishedAt?: string; source?: string };
  /**
   * Where each line of `text` came from in the source, when the form has such a place
   * (`第2页`, `表格1 第3行`, an HTML element path); index = line number of `text`.
   */
  lineSources?: (string | undefined)[];
  /** Set when the file could not be read as a report (a scan without a text layer, a broken zip). */
  problem?: ImportProblem;
}

// formOf lives in form.ts (no importer code), so a caller that only needs the form does not load pdf.js.
import { formOf, type ReportForm } from './form';
export { formOf, type ReportForm };

/** Read a report published as a web page, Word file or PDF. */
export async function importReport(fileName: string, bytes: Uint8Array): Promise<ImportResult> {
  const form = formOf(fileName) ?? 'text';
  try {
    switch (form) {
      case 'html':
        return importHtml(bytes);
      case 'docx':
        return importDocx(bytes);
      case 'pdf':
        return await importPdf(bytes);
      case 'text':
        return { form, text: decodeText(bytes), meta: {} };
    }
  } catch (e) {
    // Each importer reports what it recognises as a problem; anything else is still a message, not a crash.
    return { form, text: '', meta: {}, problem: { code: `${form}-unreadable`, message: `无法读取此${FORM_NAMES[form]}文件（${(e as Error)?.message ?? String(e)}）` } };
  }
}

const FORM_NAMES: Record<ReportForm, string> = { text: '文本', html: '网页', docx: 'Word', pdf: 'PDF' };
