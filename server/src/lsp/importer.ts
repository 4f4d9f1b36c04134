/**
 * `ogiReport/import`: the client hands over a Word, PDF or saved web page and gets the report
 * text back, to open as a new report document. The importers are loaded only on the first
 * request (they are large); a server without them (the browser build) answers with a reason.
 */
import type { ImportResult } from '../import/index';
import { guard, type ServerContext } from './context';
import { IMPORT_REQUEST, type ImportParams, type ImportReply } from './protocol';

export type ImportFunction = (fileName: string, bytes: Uint8Array) => Promise<ImportResult>;

function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function registerImport(ctx: ServerContext, importReport: ImportFunction | undefined): void {
  const failed = (message: string): ImportReply => ({ text: '', form: 'unknown', problem: message });
  ctx.connection.onRequest(
    IMPORT_REQUEST,
    guard(ctx, IMPORT_REQUEST, failed('导入失败：读取文件时出错（详见输出面板）'), async (params: ImportParams): Promise<ImportReply> => {
      if (!importReport) return failed('此环境不支持导入 Word、PDF 或网页文件');
      let result: ImportResult;
      try {
        result = await importReport(params.fileName, fromBase64(params.base64));
      } catch (e) {
        // The importers' bundle is not installed with this server: say so and how to convert instead.
        if (e instanceof Error && e.name === 'ImportersMissing') {
          ctx.log(`importers not available: ${e.message}`);
          return failed(`扩展安装包不含 Word、PDF 和网页的导入组件（为使扩展保持小巧）。请在终端用命令行转换：ogi-report import "${params.fileName}" -o 年报.txt，再打开生成的 年报.txt 检查。`);
        }
        throw e;
      }
      return { text: result.text, form: result.form, ...(result.problem ? { problem: result.problem.message } : {}) };
    }),
  );
}
