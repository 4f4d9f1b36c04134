/**
 * `ogi-report import <file> [-o out.txt]`: a report published as a web page, Word file or PDF,
 * written out as the report text the checker reads (tables as tab-separated rows), so a clerk
 * can edit it and check it like any text report.
 *
 * The importers (pdf.js among them) are a separate bundle, `dist/import.mjs`, loaded only when
 * a command needs them: the editor and the text path of the CLI never load them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type * as Importers from '../import/index';

export const IMPORT_USAGE = `Usage: ogi-report import <file.html|.mht|.docx|.doc|.wps|.pdf> [-o out.txt]
  把网页（含 .mht 网页存档）、Word（.docx、.doc、WPS 的 .wps）或 PDF 格式的年报转换为可编辑、可检查的年报文本（表格为制表符分隔的行）。
  格式按文件内容识别（扩展名不符也能读取）。
  -o, --output FILE   写入文件（UTF-8）；省略时输出到标准输出

Exit status: 0 imported, 1 imported with a problem (e.g. a PDF without a text layer), 2 usage or I/O error.`;

/**
 * The importers, loaded on first use. In the bundled CLI this specifier is rewritten by
 * scripts/build.mjs to `./import.mjs` beside `cli.js`; from source (tests) it is the module itself.
 */
export function loadImporters(): Promise<typeof Importers> {
  return import('../import/index');
}

export interface CommandResult {
  stdout: string;
  stderr: string;
  exit: number;
}

function usage(message: string): CommandResult {
  return { stdout: '', stderr: `ogi-report: ${message}\n\n${IMPORT_USAGE}`, exit: 2 };
}

/** Run `import` with the arguments after the command name. */
export async function runImport(argv: string[], load: () => Promise<typeof Importers> = loadImporters): Promise<CommandResult> {
  let file: string | undefined;
  let output: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') return { stdout: IMPORT_USAGE, stderr: '', exit: 0 };
    if (a === '-o' || a === '--output') {
      output = argv[++i];
      if (!output) return usage(`${a} needs a file name`);
    } else if (a.startsWith('--output=')) output = a.slice('--output='.length);
    else if (a.startsWith('-') && a !== '-') return usage(`unknown option '${a}'`);
    else if (file === undefined) file = a;
    else return usage('import takes exactly one file');
  }
  if (!file) return usage('import needs a file');

  const { formOfBytes, importReport } = await load();
  const notImported = usage(`'${file}' is not a web page, Word or PDF file (.html .mht .docx .doc .wps .pdf)`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    return { stdout: '', stderr: `ogi-report: cannot read '${file}': ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, exit: 2 };
  }
  // The form is the bytes', whatever the name (a `.doc` that is a saved web page, a PDF saved as
  // `.txt`); text needs no import.
  if (formOfBytes(bytes, file) === 'text') return notImported;
  const result = await importReport(file, bytes);
  const notes: string[] = [];
  if (result.problem) notes.push(`ogi-report: ${file}: ${result.problem.message} [${result.problem.code}]`);
  if (!result.text.trim()) return { stdout: '', stderr: notes.join('\n') || `ogi-report: ${file}: 没有读到任何文字`, exit: result.problem ? 1 : 2 };
  if (result.meta.publishedAt) notes.push(`ogi-report: ${file}: 发布日期 ${result.meta.publishedAt}`);
  if (output) {
    try {
      writeFileSync(output, result.text, 'utf8');
    } catch (err) {
      return { stdout: '', stderr: `ogi-report: cannot write '${output}': ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, exit: 2 };
    }
    notes.push(`ogi-report: ${file} → ${output}`);
    return { stdout: '', stderr: notes.join('\n'), exit: result.problem ? 1 : 0 };
  }
  return { stdout: result.text.replace(/\n$/, ''), stderr: notes.join('\n'), exit: result.problem ? 1 : 0 };
}
