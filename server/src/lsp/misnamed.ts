/**
 * A tab whose file is named as text (`报告.txt`, no extension) but whose bytes are a PDF, a Word
 * file, a web archive or a web page: the editor shows the bytes decoded as text, and checking
 * them would report six missing sections and worse. The document gets one diagnostic instead,
 * which names the form the bytes are, and a code action that imports the file (the client's
 * import command, which hands the bytes to the same importers the CLI uses, chosen the same way:
 * `import/form.ts`). The decision is the loader's: the first kilobytes, the name only a hint.
 */
import { ui, type Diagnostic as CoreDiagnostic, type Locale } from '../core';
import { formOfText, type ReportForm } from '../import/form';
import { FORM_CODE } from './protocol';

type DocumentForm = Exclude<ReportForm, 'text'>;

/** The last segment of a URI's path, decoded: the file name the user sees. */
export function fileNameOf(uri: string): string {
  const last = uri.replace(/[?#].*$/, '').split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * The form the text's first kilobytes are, when they are no report text; null for text. Markup at
 * the top of a Markdown file is Markdown (READMEs open with `<p align=center>`), not a saved page.
 */
export function misnamedForm(text: string, fileName: string): DocumentForm | null {
  const form = formOfText(text);
  if (form === 'text') return null;
  if ((form === 'html' || form === 'mhtml') && /\.(md|markdown)$/i.test(fileName)) return null;
  return form;
}

export function formDiagnostic(form: DocumentForm, fileName: string, locale: Locale): CoreDiagnostic {
  return {
    code: FORM_CODE,
    severity: 'error',
    // The form by its common name (PDF, DOCX, DOC, MHTML, HTML, RTF): the same in both languages.
    message: ui(locale, 'form.misnamed', { name: fileName, form: form.toUpperCase() }),
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}

/** The single diagnostic when the document's bytes are another form than text, else null (check as usual). */
export function misnamed(text: string, uri: string, locale: Locale): CoreDiagnostic[] | null {
  const name = fileNameOf(uri);
  const form = misnamedForm(text, name);
  return form ? [formDiagnostic(form, name, locale)] : null;
}
