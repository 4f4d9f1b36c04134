/**
 * 表格预览: tables 二, 三 and 四 drawn as grids in the template's layout beside the editor
 * (like the Markdown preview). Each number sits in its cell; a wrong cell is marked with the
 * value it should hold; the cell under the cursor is highlighted; clicking a cell puts the
 * cursor on it in the text. The grid comes from the server (`ogiReport/tables`), so the
 * preview and the squiggles always agree.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { COMMANDS, LANGUAGE_ID, TABLES_REQUEST, type TablesParams, type TablesResult } from '../../server/src/lsp/protocol';
import { uiText } from './l10n';

const DEBOUNCE_MS = 150;

export class TablePreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: BaseLanguageClient) {
    this.subscriptions.push(
      vscode.commands.registerCommand(COMMANDS.showTablePreview, () => this.show()),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isCandidate(editor.document)) {
          this.document = editor.document;
          this.schedule();
        }
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.schedule();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.document && e.uris.some((u) => u.toString() === this.document!.uri.toString())) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document === this.document) this.cursor(e.selections[0]!.active);
      }),
    );
  }

  show(): void {
    const editor = vscode.window.activeTextEditor;
    if (editor && isCandidate(editor.document)) this.document = editor.document;
    const t = uiText();
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('ogiReport.tablePreview', t.previewTitle, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        retainContextWhenHidden: true,
        localResourceRoots: [],
      });
      this.panel.webview.html = html(this.panel.webview, t);
      this.panel.onDidDispose(() => (this.panel = undefined), null, this.subscriptions);
      this.panel.webview.onDidReceiveMessage((m: { type: string; line: number; character: number; length: number }) => {
        if (m.type === 'reveal') void this.reveal(m.line, m.character, m.length);
        if (m.type === 'ready') void this.refresh();
      }, null, this.subscriptions);
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    void this.refresh();
  }

  private schedule(): void {
    if (!this.panel) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), DEBOUNCE_MS);
  }

  private async refresh(): Promise<void> {
    if (!this.panel) return;
    const doc = this.document;
    if (!doc || doc.isClosed) {
      void this.panel.webview.postMessage({ type: 'tables', data: null });
      return;
    }
    const params: TablesParams = { uri: doc.uri.toString() };
    const data = await this.client.sendRequest<TablesResult | null>(TABLES_REQUEST, params).catch(() => null);
    if (doc !== this.document || !this.panel) return;
    this.panel.title = `${uiText().previewTitle} · ${doc.uri.path.split('/').pop()}`;
    const summary = data ? uiText().detail(data.errors, data.warnings, data.others) : '';
    void this.panel.webview.postMessage({ type: 'tables', data, summary });
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    if (editor) this.cursor(editor.selection.active);
  }

  private cursor(position: vscode.Position): void {
    void this.panel?.webview.postMessage({ type: 'cursor', line: position.line, character: position.character });
  }

  private async reveal(line: number, character: number, length: number): Promise<void> {
    const doc = this.document;
    if (!doc) return;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const start = new vscode.Position(line, character);
    const selection = new vscode.Selection(start, start.translate(0, Math.max(0, length)));
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    this.panel?.dispose();
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }
}

function isCandidate(doc: vscode.TextDocument): boolean {
  return doc.languageId === LANGUAGE_ID || doc.languageId === 'plaintext' || doc.languageId === 'markdown';
}

function nonce(): string {
  let s = '';
  for (let i = 0; i < 32; i++) s += 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 62)];
  return s;
}

function html(webview: vscode.Webview, t: ReturnType<typeof uiText>): string {
  const n = nonce();
  const strings = JSON.stringify({ empty: t.previewEmpty, missing: t.previewMissing, expected: t.expected(0).replace('0', '{v}') });
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'nonce-${n}'; script-src 'nonce-${n}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${n}">
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 12px 24px; }
h2 { font-size: 1.05em; margin: 18px 0 6px; }
table { border-collapse: collapse; margin-bottom: 8px; }
th, td { border: 1px solid var(--vscode-panel-border, #8884); padding: 2px 6px; }
th { font-weight: 600; background: var(--vscode-editorWidget-background); font-size: 0.9em; }
/* The 勾稽关系 note in table 三's corner is a sentence: keep it from squeezing the number columns. */
tr:first-child > th:first-child[rowspan] { max-width: 12em; font-weight: normal; font-size: 0.8em; }
td.label { text-align: left; max-width: 26em; }
td.group { font-weight: 600; }
td.num { text-align: right; min-width: 3em; cursor: pointer; font-variant-numeric: tabular-nums; }
td.num:hover { outline: 1px solid var(--vscode-focusBorder); }
td.absent { color: var(--vscode-disabledForeground); }
td.error { background: color-mix(in srgb, var(--vscode-editorError-foreground) 22%, transparent); }
td.warning { background: color-mix(in srgb, var(--vscode-editorWarning-foreground) 20%, transparent); }
td.info, td.hint { background: color-mix(in srgb, var(--vscode-editorInfo-foreground) 15%, transparent); }
td.cursor { outline: 2px solid var(--vscode-focusBorder); }
.expected { display: block; font-size: 0.8em; color: var(--vscode-editorError-foreground); white-space: nowrap; }
.missing { color: var(--vscode-descriptionForeground); font-style: italic; }
.summary { color: var(--vscode-descriptionForeground); margin-top: 8px; }
</style></head>
<body><div id="root"></div>
<script nonce="${n}">
const vscode = acquireVsCodeApi();
const T = ${strings};
const root = document.getElementById('root');
let cells = [];
function el(tag, cls, text) { const e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; }
function render(data, summary) {
  root.textContent = '';
  cells = [];
  if (!data || !data.recognized || !data.tables.length) { root.append(el('p', 'missing', T.empty)); return; }
  for (const table of data.tables) {
    if (table.title) root.append(el('h2', '', table.title));
    if (table.missing) { root.append(el('p', 'missing', T.missing)); continue; }
    const grid = el('table');
    grid.dataset.table = table.id;
    for (const headerRow of table.header) {
      const tr = el('tr');
      for (const h of headerRow) { const th = el('th', '', h.label); th.colSpan = h.colspan; th.rowSpan = h.rowspan; tr.append(th); }
      grid.append(tr);
    }
    const hasLabels = table.rows.some((r) => r.label);
    for (const row of table.rows) {
      const tr = el('tr');
      if (hasLabels) {
        const label = el('td', row.group ? 'label group' : 'label', row.label);
        label.style.paddingLeft = (6 + 14 * row.depth) + 'px';
        if (row.group) label.colSpan = 1 + Math.max(...table.rows.map((r) => r.cells.length));
        tr.append(label);
      }
      for (const c of row.cells) {
        const td = el('td', 'num' + (c.raw === null ? ' absent' : '') + (c.severity ? ' ' + c.severity : ''), c.raw === null ? '—' : (c.raw === '' ? '␣' : c.raw));
        td.dataset.id = c.id;
        if (c.expected !== undefined) td.append(el('span', 'expected', T.expected.replace('{v}', String(c.expected))));
        if (c.messages) td.title = c.messages.join('\\n');
        if (c.line !== null) td.addEventListener('click', () => vscode.postMessage({ type: 'reveal', line: c.line, character: c.character, length: (c.raw || '').length }));
        cells.push({ td, c });
        tr.append(td);
      }
      grid.append(tr);
    }
    root.append(grid);
  }
  root.append(el('p', 'summary', summary));
}
function cursor(line, character) {
  let hit;
  for (const x of cells) {
    x.td.classList.remove('cursor');
    const c = x.c;
    if (c.line === line && character >= c.character && character <= c.character + (c.raw || '').length) hit = x.td;
  }
  if (hit) { hit.classList.add('cursor'); hit.scrollIntoView({ block: 'nearest', inline: 'nearest' }); }
}
window.addEventListener('message', (e) => {
  const m = e.data;
  if (m.type === 'tables') render(m.data, m.summary);
  if (m.type === 'cursor') cursor(m.line, m.character);
});
vscode.postMessage({ type: 'ready' });
</script></body></html>`;
}
