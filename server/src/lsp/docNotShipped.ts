/**
 * Stands in for `import/doc.ts` in dist/import-word-web.mjs, the importers the .vsix ships: the
 * Word 97–2003 reader needs a compound-file library (SheetJS cfb, ~12 KB zipped), four times what
 * the package has left (issue 10's 300,000 B). A `.doc` or `.wps` opened in the packaged editor gets
 * this advice instead of silence (scripts/build.mjs, `withoutPdf`); a checkout and the CLI read it.
 */
import type { ImportResult } from '../import/index';

export const DOC_NOT_SHIPPED = 'doc-not-shipped';

/** What to do with a Word 97–2003 / WPS file in the editor, in plain Chinese. */
export function docAdvice(fileName: string): string {
  return (
    `编辑器不能直接导入旧版 Word（.doc）或 WPS（.wps）文件“${fileName}”。` +
    '请用 WPS 或 Word 打开它，点“另存为”，保存类型选 Word 文档（.docx），再在编辑器中打开保存的 .docx 文件导入。' +
    `（技术人员也可在命令行运行：ogi-report import "${fileName}" -o 年报.txt）`
  );
}

/** The file's name is not known here; `wordAndWebImporters.ts` puts it into the message. */
export function importDoc(_bytes: Uint8Array): ImportResult {
  return { form: 'doc', text: '', meta: {}, problem: { code: DOC_NOT_SHIPPED, message: docAdvice('文件.doc') } };
}
