/**
 * Stands in for `import/pdf.ts` in dist/import-word-web.mjs, the importers the .vsix ships: pdf.js
 * alone is ~1.7 MB, six times the whole extension. A PDF opened in the editor gets this answer
 * instead of silence (scripts/build.mjs, `withoutPdf`). It is written for the clerk, who is not a
 * programmer: first what to do with the office software they have (WPS/Word reads a PDF and saves
 * it as .docx, which the editor imports; or copy the text out of the PDF viewer), and the command
 * line only last, for a reviewer who has the CLI installed.
 */
import type { ImportResult } from '../import/index';

export const PDF_NOT_SHIPPED = 'pdf-not-shipped';

/** What to do with a PDF in the editor, in plain Chinese (the client's offer says the same). */
export function pdfAdvice(fileName: string): string {
  return (
    `编辑器不能直接导入 PDF 文件“${fileName}”。请任选一种办法：` +
    '① 用 WPS 或 Word 打开这个 PDF，点“另存为”，保存类型选 Word 文档（.docx），再在编辑器中打开保存的 .docx 文件导入；' +
    '② 在 PDF 阅读器中全选（Ctrl+A）并复制年报文字，在编辑器中运行“新建政府信息公开年报”，删去模板内容后粘贴。' +
    `（技术人员也可在命令行运行：ogi-report import "${fileName}" -o 年报.txt）`
  );
}

/** The file's name is not known here; `wordAndWebImporters.ts` puts it into the message. */
export async function importPdf(_bytes: Uint8Array): Promise<ImportResult> {
  return { form: 'pdf', text: '', meta: {}, problem: { code: PDF_NOT_SHIPPED, message: pdfAdvice('文件.pdf') } };
}
