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
  /**
   * What the report's `ogi-report.config.json(c)` sets besides severities (repetition threshold,
   * agency levels, deadline), filled by the server from the file; plain data.
   */
  rules?: { repeatThreshold?: number; agencyLevels?: Record<string, 'township' | 'county' | 'city' | 'province' | 'unknown'> };
  /** D-DEADLINE's deadlines from the config file. */
  deadlines?: { department?: string; government?: string };
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  severity: {},
  inlayHints: { enabled: true },
  detect: 'auto',
  // A clerk's VS Code is usually English (no Chinese language pack): Chinese unless chosen otherwise.
  locale: 'zh-CN',
});

/** What the client passes in `initializationOptions`. */
export interface InitializationOptions {
  /** The UI language (`vscode.env.language`), used when `ogiReport.locale` is `auto`. */
  locale?: string;
  /**
   * Where a rule's page is: the diagnostic's `codeDescription.href` is this plus `<CODE>`, or
   * this with `{code}` replaced
   * (VS Code's client passes its own URI scheme so the page opens inside the editor).
   */
  ruleDocBase?: string;
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
  restart: 'ogiReport.restartServer',
  showOutput: 'ogiReport.showOutput',
  showRuleDoc: 'ogiReport.showRuleDoc',
  showTablePreview: 'ogiReport.showTablePreview',
  importReport: 'ogiReport.importReport',
  reopenWithEncoding: 'ogiReport.reopenWithEncoding',
  checkWorkspace: 'ogiReport.checkWorkspace',
  reviewSummary: 'ogiReport.reviewSummary',
} as const;

/** The path of a rule page under the extension's URI (`<scheme>://ogi-report.ogi-report/rule/<CODE>`). */
export const RULE_DOC_PATH = '/rule/';

/** One diagnostic replaces all others on a file read in the wrong encoding (mojibake). */
export const ENCODING_CODE = 'E-ENCODING';

/** `ogiReport/tables`: the cell grid of tables 二, 三, 四 for the table preview. */
export const TABLES_REQUEST = 'ogiReport/tables';

export interface TablesParams {
  uri: string;
}

export interface TableCellView {
  id: string;
  /** The text as written, or null where the report has no such cell. */
  raw: string | null;
  value: number | null;
  /** 0-based position of the cell in the document (to jump to it). */
  line: number | null;
  character: number | null;
  /** The worst severity of the diagnostics on this cell. */
  severity?: 'error' | 'warning' | 'info' | 'hint';
  /** The value the sums say this cell should hold. */
  expected?: number;
  /** The messages of the diagnostics on this cell. */
  messages?: string[];
}

export interface TableRowView {
  /** Row label from the template (or a group label when `group`). */
  label: string;
  /** A group label row (no cells), e.g. `（三）不予公开`. */
  group?: boolean;
  /** Indentation level of the label (0 top, 1 inside a group …). */
  depth: number;
  cells: TableCellView[];
  /** Line of the row in the document, when present. */
  line: number | null;
}

export interface TableView {
  id: 't2' | 't3' | 't4';
  title: string;
  /** Column header rows: each cell with its span; the first row's first cell is the corner. */
  header: { label: string; colspan: number; rowspan: number }[][];
  rows: TableRowView[];
  /** The table is absent from the document. */
  missing: boolean;
  /** First line of the table in the document. */
  line: number | null;
}

export interface TablesResult {
  uri: string;
  version: number;
  recognized: boolean;
  tables: TableView[];
  /** Counts as in Problems. */
  errors: number;
  warnings: number;
  others: number;
}

/** `ogiReport/import`: a Word, PDF or web-page report read into report text by the server. */
export const IMPORT_REQUEST = 'ogiReport/import';

export interface ImportParams {
  fileName: string;
  /** The file's bytes, base64. */
  base64: string;
}

export interface ImportReply {
  text: string;
  form: string;
  /** A sentence for the user when the file could not be read as a report. */
  problem?: string;
}

/** `ogiReport/checkWorkspace`: check every report file of the workspace folders into Problems. */
export const CHECK_WORKSPACE_REQUEST = 'ogiReport/checkWorkspace';

export interface CheckWorkspaceParams {
  /** Folder URIs to search (the client's workspace folders). */
  folders: string[];
}

export interface CheckWorkspaceReply {
  files: number;
  errors: number;
  warnings: number;
  others: number;
  /** Files skipped: too many, too large or unreadable. */
  skipped: number;
  /** The limit on files was reached. */
  truncated: boolean;
}

/** The `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'ogi-report';

/**
 * `ogiReport/reviewSummary` ("打开审阅汇总"): every report file of the workspace folders reviewed
 * together (cohort rules included) and the reviewer's page (`index.html` of `review`) returned
 * for a webview. Node server only: the web worker answers with no page.
 */
export const REVIEW_SUMMARY_REQUEST = 'ogiReport/reviewSummary';

export interface ReviewSummaryParams {
  folders: string[];
  /** The webview's CSP nonce, set on the page's inline style and script. */
  nonce?: string;
}

export interface ReviewSummaryReply {
  /** The page; empty when the server cannot read files (web) or found no report. */
  html: string;
  /** Reports reviewed (files that do not read like a report are left out). */
  reports: number;
  /** More files than the workspace check's limit: the first ones only. */
  truncated: boolean;
}
