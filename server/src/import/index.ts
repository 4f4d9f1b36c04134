/**
 * Importers: a report published as a web page, a Word file or a PDF, turned into the report
 * text the parser reads (tables as tab-separated rows). One module per form in this folder;
 * each is a pure function of the bytes (no Node I/O), loaded only when such a file is read,
 * so neither the editor's start-up nor the CLI's text path pays for it.
 *
 * CONTRACT (used by the CLI and the server; keep it stable):
 *   formOf(fileName)            → the form a file name says, or null for a form we do not read
 *   formOfBytes(bytes, name)    → the form the bytes are in (the name only a hint): what is read
 *   importReport(name, bytes)   → ImportResult; the importer is chosen by the bytes, the name
 *                                 being a hint (`form` says what was read); never throws for bad
 *                                 input — a file we cannot read gives `problem` (and an empty or
 *                                 partial `text`)
 */

import { decodeText } from './decode';
import { importDoc } from './doc';
import { importDocx } from './docx';
import { importHtml } from './html';
import { importMhtml } from './mhtml';
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

// formOf and formOfBytes live in form.ts (no importer code), so a caller that only needs the form does not load pdf.js.
import { formOf, formOfBytes, IMAGE_PROBLEM, isImage, isOfficeXml, type ReportForm } from './form';
export { formOf, formOfBytes, type ReportForm };

/** Read a report published as a web page (or web archive), Word file or PDF: chosen by the bytes. */
export async function importReport(fileName: string, bytes: Uint8Array): Promise<ImportResult> {
  const form = formOfBytes(bytes, fileName);
  if (isOfficeXml(new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/^\ufeff/, '').trimStart())) {
    return { form, text: '', meta: {}, problem: { code: 'office-xml-not-read', message: '这是 Word 2003 XML 或单一文件 XML 格式的文档，暂不能读取：请用 Word 或 WPS 打开后另存为 .docx 或 PDF 再检查' } };
  }
  if (form !== 'text' && isImage(bytes)) {
    return { form, text: '', meta: {}, problem: { ...IMAGE_PROBLEM } };
  }
  try {
    switch (form) {
      case 'html':
        return importHtml(bytes);
      case 'mhtml':
        return importMhtml(bytes);
      case 'docx':
        return importDocx(bytes);
      case 'doc':
        return importDoc(bytes);
      case 'pdf':
        return await importPdf(bytes);
      case 'rtf':
        return { form, text: '', meta: {}, problem: { code: 'rtf-not-read', message: 'RTF 格式的文件暂不能读取：请用 Word 或 WPS 打开后另存为 .docx 或 PDF 再检查' } };
      case 'text':
        return { form, text: decodeText(bytes), meta: {} };
    }
  } catch (e) {
    // Each importer reports what it recognises as a problem; anything else is still a message, not a crash.
    return { form, text: '', meta: {}, problem: { code: `${form}-unreadable`, message: `无法读取此${FORM_NAMES[form]}文件（${(e as Error)?.message ?? String(e)}）` } };
  }
}

const FORM_NAMES: Record<ReportForm, string> = { text: '文本', html: '网页', mhtml: '网页存档', docx: 'Word', doc: 'Word 97–2003', pdf: 'PDF', rtf: 'RTF' };
