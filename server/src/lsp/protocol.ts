/**
 * The contract between the VS Code client and the language server: the language id, the
 * settings shape, the custom notification and the command and code-action ids. Both sides
 * import this file, so the protocol is typed on both ends.
 *
 * Architecture invariant: this module imports nothing (no vscode, no vscode-languageserver),
 * so it bundles into the client and the server alike.
 */

export const LANGUAGE_ID = 'ogi-report';

/** Settings section read through `workspace/configuration`. */
export const SETTINGS_SECTION = 'ogiReport';

export type SeverityOverride = 'off' | 'error' | 'warning' | 'info' | 'hint';

export type LocaleSetting = 'auto' | 'zh-CN' | 'en';

/** The `ogiReport.*` settings after defaults are applied. */
export interface Settings {
  /** Rule code → severity; `off` drops the rule's diagnostics. */
  severity: Record<string, SeverityOverride>;
  inlayHints: { enabled: boolean };
  /** `auto`: check plain-text and Markdown documents that look like a report; `off`: only `ogi-report` documents. */
  detect: 'auto' | 'off';
  locale: LocaleSetting;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  severity: {},
  inlayHints: { enabled: true },
  detect: 'auto',
  locale: 'auto',
});

/** What the client passes in `initializationOptions`. */
export interface InitializationOptions {
  /** The UI language (`vscode.env.language`), used when `ogiReport.locale` is `auto`. */
  locale?: string;
}

/** `ogiReport/status`: sent after every check of a document, feeds the language status item. */
export const STATUS_NOTIFICATION = 'ogiReport/status';

export interface StatusParams {
  uri: string;
  /** The document is checked: an `ogi-report` document, or a plain/Markdown one that looks like a report. */
  recognized: boolean;
  errors: number;
  warnings: number;
  /** Every other diagnostic (info, hint). */
  others?: number;
  /** The document is too large to check: only its structure (outline) was read. */
  structureOnly?: boolean;
}

/**
 * Documents longer than this (UTF-16 units; about 12–18 MB of Chinese text) get the outline
 * only: a full check would keep the server busy for seconds on every keystroke.
 */
export const MAX_CHECKED_LENGTH = 6_000_000;

/** Code action kind of "fix everything fixable", also used by `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = 'source.fixAll.ogi-report';

export const COMMANDS = {
  newReport: 'ogiReport.newReport',
  fixAll: 'ogiReport.fixAll',
} as const;

/** The `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'ogi-report';
