/**
 * Rule pages inside VS Code: the server links every diagnostic's code to
 * `<uriScheme>://<extension id>/rule/<CODE>`; this URI handler (and the command
 * `ogiReport.showRuleDoc`) opens the rule's page in the Markdown preview. The page is rendered
 * from dist/rule-docs.json — the rule metadata's titles, descriptions and examples, written by
 * the build — with the function `npm run docs` writes docs/rules/ with, and served as a
 * read-only document `ogi-report-rule:/<CODE>.md`: no network, always the installed version,
 * and no rule descriptions in the language server (read from the extension's files, so it works
 * on vscode.dev too).
 */
import * as vscode from 'vscode';
import { COMMANDS, RULE_DOC_PATH } from '../../server/src/lsp/protocol';
import { ruleDocMarkdown, unpackRuleDocs, type PackedRuleDocs, type RuleDocData } from '../../server/src/lsp/ruleDoc';

const CODE = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;
const SCHEME = 'ogi-report-rule';

export function ruleDocBase(context: vscode.ExtensionContext): string {
  return `${vscode.env.uriScheme}://${context.extension.id}${RULE_DOC_PATH}`;
}

export function registerRuleDocs(context: vscode.ExtensionContext, log: (line: string) => void): void {
  let rules: Promise<RuleDocData[]> | undefined;
  const readRules = async (): Promise<RuleDocData[]> => {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'dist', 'rule-docs.json'));
    return unpackRuleDocs(JSON.parse(new TextDecoder().decode(bytes)) as PackedRuleDocs);
  };
  const pageOf = async (code: string): Promise<string | null> => {
    rules ??= readRules();
    try {
      return ruleDocMarkdown(code, await rules);
    } catch (e) {
      rules = undefined;
      log(`rule pages (dist/rule-docs.json): ${String(e)}`);
      return null;
    }
  };
  const show = async (code: unknown): Promise<boolean> => {
    if (typeof code !== 'string' || !CODE.test(code) || !(await pageOf(code))) {
      log(`no rule page for ${String(code)}`);
      return false;
    }
    await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.from({ scheme: SCHEME, path: `/${code}.md` }));
    return true;
  };
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, {
      provideTextDocumentContent: async (uri) => (await pageOf(uri.path.replace(/^\//, '').replace(/\.md$/, ''))) ?? '',
    }),
    vscode.window.registerUriHandler({
      handleUri: async (uri) => {
        if (uri.path.startsWith(RULE_DOC_PATH)) await show(decodeURIComponent(uri.path.slice(RULE_DOC_PATH.length)));
      },
    }),
    vscode.commands.registerCommand(COMMANDS.showRuleDoc, async (code?: string) => {
      if (!code) {
        // Without an argument: the code of the diagnostic under the cursor, else ask.
        const editor = vscode.window.activeTextEditor;
        const here = editor ? vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.range.contains(editor.selection.active)) : [];
        const codes = [...new Set(here.map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? ''))))].filter((c) => CODE.test(c));
        code = codes.length === 1 ? codes[0] : await vscode.window.showInputBox({ prompt: '规则代码 Rule code', value: codes[0] ?? 'T3-ROWSUM' });
      }
      return show(code?.trim().toUpperCase());
    }),
  );
}
