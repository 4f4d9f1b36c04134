/**
 * vscode-languageclient's notebook-document sync (lib/common/notebook.js, 20 KB) without the sync:
 * our server announces no `notebookDocumentSync` and reads no notebook. It cannot simply be an
 * inert feature: client.js asks `instanceof` / `CellScheme` / `handles` of it, and the pull
 * diagnostics feature finds it by its registration method and subscribes to its four events.
 * This answers all of that with "no notebook" (test/editor/client-shims.test.ts holds the members
 * to what the library calls).
 */
const NO_EVENTS = (): { dispose(): void } => ({ dispose() {} });

export class NotebookDocumentSyncFeature {
  static readonly CellScheme = 'vscode-notebook-cell';
  /** `NotebookDocumentSyncRegistrationType.method`: how diagnostic.js finds this feature. */
  readonly registrationType = { method: 'notebookDocument/sync' };
  constructor(_client: unknown) {}
  getState(): { kind: 'static' } {
    return { kind: 'static' };
  }
  fillClientCapabilities(): void {}
  initialize(): void {}
  register(): void {}
  unregister(): void {}
  clear(): void {}
  /** No text document is a notebook cell this feature syncs. */
  handles(): boolean {
    return false;
  }
  readonly onOpenNotificationSent = NO_EVENTS;
  readonly onChangeNotificationSent = NO_EVENTS;
  readonly onSaveNotificationSent = NO_EVENTS;
  readonly onCloseNotificationSent = NO_EVENTS;
}
