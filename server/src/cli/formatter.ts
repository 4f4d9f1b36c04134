/** What every output format implements: called once per report as results stream in, then once at the end. */
import type { Locale } from '../core/index';
import type { ReportResult } from './pipeline';
import type { Tally } from './tally';

export interface FormatOptions {
  locale: Locale;
  color: boolean;
  /** Errors only. */
  quiet: boolean;
  /** The output proper (stdout or `--output FILE`), one chunk per call, newline added. */
  out: (s: string) => void;
  /** Notices (skipped files, refused fixes, decoding doubts): stderr. */
  err: (s: string) => void;
  /** Folder the SARIF log's relative URIs are based on. */
  cwd: string;
  version: string;
}

export interface Formatter {
  report(r: ReportResult): void;
  end(tally: Tally): void;
}
