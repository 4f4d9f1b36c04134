/**
 * The client's UI strings in Chinese (default) and English. `ogiReport.locale` chooses, like
 * the server: `zh-CN` (default), `en`, or `auto` = VS Code's display language. (The manifest's
 * titles are localised by package.nls*.json; these are the strings the code shows at run time.)
 */
import * as vscode from 'vscode';

export interface UiText {
  statusName: string;
  recognized(problems: number): string;
  detail(errors: number, warnings: number, others: number): string;
  checking: string;
  showProblems: string;
  noEditor: string;
  nothingToFix: string;
  fixed(count: number): string;
  structureOnly: string;
  structureOnlyDetail: string;
  restarted: string;
  previewTitle: string;
  previewEmpty: string;
  previewMissing: string;
  expected(value: number): string;
  importOffer(name: string): string;
  importAction: string;
  importing: string;
  importFailed(reason: string): string;
  /** A PDF where only the Word/web importers are installed (the .vsix): what to do instead. */
  pdfOffer(name: string): string;
  docOffer(name: string): string;
  pdfNewReport: string;
  noWorkspace: string;
  workspaceChecked(files: number, errors: number, warnings: number, others: number): string;
  workspaceTruncated(limit: number): string;
  reopenHint: string;
  reviewTitle: string;
  reviewing: string;
  reviewEmpty: string;
}

const ZH: UiText = {
  statusName: '政府信息公开年报检查',
  recognized: (n) => (n === 0 ? '政府信息公开年报 · 未发现问题' : `政府信息公开年报 · ${n} 个问题`),
  detail: (e, w, o) => `${e} 个错误，${w} 个警告，${o} 个提示`,
  checking: '正在检查政府信息公开年报…',
  showProblems: '查看问题',
  noEditor: '没有打开的政府信息公开年报',
  nothingToFix: '没有可自动修复的问题',
  fixed: (n) => `已修复 ${n} 处`,
  structureOnly: '文档过大，只检查结构',
  structureOnlyDetail: '为保证编辑流畅，超大文档只显示大纲，不核对表格和正文',
  restarted: '年报检查服务已重启',
  previewTitle: '表格预览',
  previewEmpty: '当前编辑器中没有政府信息公开年报。',
  previewMissing: '报告中未找到此表',
  expected: (v) => `应为 ${v}`,
  importOffer: (name) => `“${name}”是 Word、PDF 或网页格式的年报。要导入为可编辑的年报文本并检查吗？`,
  importAction: '导入为可编辑的年报文本',
  importing: '正在导入年报…',
  importFailed: (reason) => `导入失败：${reason}`,
  pdfOffer: (name) =>
    `“${name}”是 PDF 格式的年报，编辑器不能直接导入 PDF。请用 WPS 或 Word 打开它，“另存为” Word 文档（.docx）后在编辑器中打开该 .docx 导入；或在 PDF 阅读器中全选、复制年报文字，粘贴到新建的年报中。`,
  pdfNewReport: '新建年报（粘贴复制的文字）',
  docOffer: (name) => `“${name}”是旧版 Word（.doc）或 WPS（.wps）格式的年报，编辑器不能直接导入。请用 WPS 或 Word 打开它，“另存为” Word 文档（.docx）后在编辑器中打开该 .docx 导入。`,
  noWorkspace: '请先打开一个文件夹',
  reviewTitle: '审阅汇总',
  reviewing: '正在审阅文件夹中的年报…',
  reviewEmpty: '文件夹中没有年报（.txt、.md）',
  workspaceChecked: (f, e, w, o) => `已检查 ${f} 份年报：${e} 个错误，${w} 个警告，${o} 个提示（见“问题”面板）`,
  workspaceTruncated: (n) => `文件过多，只检查了前 ${n} 个`,
  reopenHint: '请在列表中选择“通过编码重新打开”，再选择“Simplified Chinese (GB18030)”',
};

const EN: UiText = {
  statusName: 'OGI annual report check',
  recognized: (n) => (n === 0 ? 'OGI annual report · no problems' : `OGI annual report · ${n} problem${n === 1 ? '' : 's'}`),
  detail: (e, w, o) => `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${o} info`,
  checking: 'Checking the OGI annual report…',
  showProblems: 'Show problems',
  noEditor: 'No OGI annual report is open',
  nothingToFix: 'Nothing to fix automatically',
  fixed: (n) => `Applied ${n} fix${n === 1 ? '' : 'es'}`,
  structureOnly: 'Document too large: structure only',
  structureOnlyDetail: 'To keep editing smooth, a very large document gets the outline only; tables and text are not checked',
  restarted: 'The report check server was restarted',
  previewTitle: 'Table preview',
  previewEmpty: 'The active editor holds no OGI annual report.',
  previewMissing: 'The report has no such table',
  expected: (v) => `should be ${v}`,
  importOffer: (name) => `"${name}" is a report in Word, PDF or web-page form. Import it as editable report text and check it?`,
  importAction: 'Import as editable report text',
  importing: 'Importing the report…',
  importFailed: (reason) => `Import failed: ${reason}`,
  pdfOffer: (name) =>
    `"${name}" is a report in PDF form, which the editor cannot import. Open it in WPS or Word and save it as a Word document (.docx), then open that .docx here to import it; or select and copy the report's text in a PDF viewer and paste it into a new report.`,
  pdfNewReport: 'New report (paste the copied text)',
  docOffer: (name) => `"${name}" is a report in the old Word (.doc) or WPS (.wps) form, which the editor cannot import. Open it in WPS or Word and save it as a Word document (.docx), then open that .docx here to import it.`,
  noWorkspace: 'Open a folder first',
  reviewTitle: 'Review summary',
  reviewing: 'Reviewing the reports in the folder…',
  reviewEmpty: 'No reports (.txt, .md) in the folder',
  workspaceChecked: (f, e, w, o) => `Checked ${f} report${f === 1 ? '' : 's'}: ${e} errors, ${w} warnings, ${o} info (see Problems)`,
  workspaceTruncated: (n) => `Too many files: only the first ${n} were checked`,
  reopenHint: 'Choose "Reopen with Encoding", then "Simplified Chinese (GB18030)"',
};

/** `ogiReport.locale`: Chinese unless English is chosen (or `auto` and VS Code is English). */
export function uiText(): UiText {
  const setting = vscode.workspace.getConfiguration('ogiReport').get<string>('locale', 'zh-CN');
  const language = setting === 'auto' ? vscode.env.language : setting;
  return /^en\b/i.test(language) ? EN : ZH;
}
