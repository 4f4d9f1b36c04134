/**
 * Stands in for `import/pdf.ts` in dist/import-word-web.mjs, the importers the .vsix ships: pdf.js
 * alone is ~1.7 MB, six times the whole extension. A PDF opened in the editor gets this answer —
 * how to convert it with the command line — instead of silence (scripts/build.mjs, `withoutPdf`).
 */
import type { ImportResult } from '../import/index';

export const PDF_NOT_SHIPPED = 'pdf-not-shipped';

export async function importPdf(_bytes: Uint8Array): Promise<ImportResult> {
  return {
    form: 'pdf',
    text: '',
    meta: {},
    problem: {
      code: PDF_NOT_SHIPPED,
      message: '扩展不含 PDF 导入组件（pdf.js 约 1.7 MB，超过扩展本身数倍）。请在命令行运行 `ogi-report import 文件.pdf -o 年报.txt`，再打开生成的 年报.txt 检查；Word（.docx）和网页（.html）文件可直接在编辑器中导入。',
    },
  };
}
