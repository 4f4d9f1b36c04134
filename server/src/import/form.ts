/** The form a file name says (by extension): light enough for callers that do not import yet. */
export type ReportForm = 'text' | 'html' | 'docx' | 'pdf';

const FORMS: Record<string, ReportForm> = { '.html': 'html', '.htm': 'html', '.shtml': 'html', '.docx': 'docx', '.pdf': 'pdf', '.txt': 'text', '.md': 'text', '.markdown': 'text' };

/** The form a file name says (by extension), or null. */
export function formOf(fileName: string): ReportForm | null {
  const m = /\.[a-z]+$/i.exec(fileName);
  return m ? (FORMS[m[0].toLowerCase()] ?? null) : null;
}
