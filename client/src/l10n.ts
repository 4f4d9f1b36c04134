/** The few UI strings of the client, in Chinese (default) and English, chosen like the server does. */
import * as vscode from 'vscode';

export interface UiText {
  statusName: string;
  recognized(problems: number): string;
  detail(errors: number, warnings: number): string;
  notRecognized: string;
  checking: string;
  newReport: string;
  showProblems: string;
  noEditor: string;
  nothingToFix: string;
  fixed(count: number): string;
  structureOnly: string;
  structureOnlyDetail: string;
}

const ZH: UiText = {
  statusName: '政府信息公开年报检查',
  recognized: (n) => `已识别为政府信息公开年报 · ${n} 个问题`,
  detail: (e, w) => `${e} 个错误，${w} 个警告`,
  notRecognized: '未识别为政府信息公开年报',
  checking: '政府信息公开年报检查',
  newReport: '新建政府信息公开年报',
  showProblems: '查看问题',
  noEditor: '没有打开的政府信息公开年报',
  nothingToFix: '没有可自动修复的问题',
  fixed: (n) => `已修复 ${n} 处`,
  structureOnly: '文档过大，只检查结构',
  structureOnlyDetail: '为保证编辑流畅，超大文档只显示大纲，不核对表格和正文',
};

const EN: UiText = {
  statusName: 'OGI annual report check',
  recognized: (n) => `Recognised as an OGI annual report · ${n} problem${n === 1 ? '' : 's'}`,
  detail: (e, w) => `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`,
  notRecognized: 'Not recognised as an OGI annual report',
  checking: 'OGI annual report check',
  newReport: 'New report from template',
  showProblems: 'Show problems',
  noEditor: 'No OGI annual report is open',
  nothingToFix: 'Nothing to fix automatically',
  fixed: (n) => `Applied ${n} fix${n === 1 ? '' : 'es'}`,
  structureOnly: 'Document too large: structure only',
  structureOnlyDetail: 'To keep editing smooth, a very large document gets the outline only; tables and text are not checked',
};

/** `ogiReport.locale` when set, else the UI language; Chinese unless that is English. */
export function uiText(): UiText {
  const setting = vscode.workspace.getConfiguration('ogiReport').get<string>('locale', 'auto');
  const language = setting === 'auto' ? vscode.env.language : setting;
  return /^en\b/i.test(language) ? EN : ZH;
}
