/**
 * Types shared by the whole pure core. Positions follow LSP: 0-based lines and
 * UTF-16 code-unit columns, so the server can hand them to a client unchanged.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export type Locale = 'zh-CN' | 'en';

/** One edit of a fix: replace `range` with `newText`. Fixes are data so quick fix, fix-all and `--fix` share them. */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** How far a fix may be trusted (Biome's FixKind). */
export type FixKind = 'safe' | 'unsafe';

export interface Fix {
  /** Short title shown in the quick-fix menu. */
  title: string;
  edits: TextEdit[];
  /** The fix a client should offer first for its diagnostic. */
  isPreferred?: boolean;
  /**
   * `safe`: the one correction the numbers prove (or a change of form that keeps every value);
   * it joins fix-all, `source.fixAll` and `--fix`. `unsafe`: a plausible correction a person
   * must choose; offered as a quick fix only.
   */
  kind: FixKind;
}

export interface RelatedInformation {
  range: Range;
  message: string;
  /** Another file (cross-year rules); undefined means the same document. */
  uri?: string;
}

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  relatedInformation?: RelatedInformation[];
  fixes?: Fix[];
  /** Cell id the diagnostic is about, when there is one (lets hovers and inlay hints find it). */
  cellId?: string;
  /** The value a recomputed total should have (inlay hints show it). */
  expected?: number;
}
