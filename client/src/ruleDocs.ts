/**
 * Rule pages inside VS Code: the server links every diagnostic's code to
 * `<uriScheme>://<extension id>/rule/<CODE>`; this URI handler (and the command
 * `ogiReport.showRuleDoc`) opens the page shipped in the extension (docs/rules/<CODE>.md) in
 * the Markdown preview, so the clerk never leaves the editor and needs no network.
 */
import * as vscode from 'vscode';
import { COMMANDS, RULE_DOC_PATH } from '../../server/src/lsp/protocol';

const CODE = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;

export function ruleDocBase(context: vscode.ExtensionContext): string {
  return `${vscode.env.uriScheme}://${context.extension.id}${RULE_DOC_PATH}`;
}

export function registerRuleDocs(context: vscode.ExtensionContext, log: (line: string) => void): void {
  const show = async (code: unknown): Promise<boolean> => {
    if (typeof code !== 'string' || !CODE.test(code)) return false;
    const page = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${code}.md`);
    try {
      await vscode.workspace.fs.stat(page);
    } catch {
      log(`no rule page for ${code}`);
      return false;
    }
    await vscode.commands.executeCommand('markdown.showPreview', page);
    return true;
  };
  context.subscriptions.push(
    vscode.window.registerUriHandler({
      handleUri: async (uri) => {
        if (uri.path.startsWith(RULE_DOC_PATH)) await show(decodeURIComponent(uri.path.slice(RULE_DOC_PATH.length)));
      },
    }),
    vscode.commands.registerCommand(COMMANDS.showRuleDoc, async (code?: string) => {
      if (!code) {
        // Without an argument: the codes of the diagnostics under the cursor, else ask.
        const editor = vscode.window.activeTextEditor;
        const here = editor
          ? vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.range.contains(editor.selection.active))
          : [];
        const codes = [...new Set(here.map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? ''))))].filter((c) => CODE.test(c));
        code = codes.length === 1 ? codes[0] : await vscode.window.showQuickPick(codes.length ? codes : await allCodes(context), { placeHolder: '规则代码 Rule code' });
      }
      return show(code);
    }),
  );
}

async function allCodes(context: vscode.ExtensionContext): Promise<string[]> {
  const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules'));
  return entries.map(([name]) => name.replace(/\.md$/, '')).filter((c) => CODE.test(c)).sort();
}
