/**
 * A vscode-languageclient feature this extension leaves out (completion, rename, semantic
 * tokens …: scripts/lsp-shims.mjs lists them). The client registers it like any feature; it
 * announces no client capability and registers no provider, so the server is never offered the
 * feature — ours asks for none of them (test/editor/client-shims.test.ts holds the server's
 * capabilities to the features the client keeps).
 */
export class InertFeature {
  getState(): { kind: 'static' } {
    return { kind: 'static' };
  }
  fillClientCapabilities(): void {}
  initialize(): void {}
  clear(): void {}
}
