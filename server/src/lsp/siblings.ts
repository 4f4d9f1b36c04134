/**
 * Last year's report from the workspace: the files beside an open report (same folder) that
 * are reports of the same agency for the year before. Cross-year rules (X-*) compare with
 * them even when they are not open. Files are read in their own encoding; only a file's head
 * is parsed to learn its agency and year, and only a match is parsed in full (cached by mtime).
 */
import { readdirSync, readFileSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { agencyKeyOf, isLastYearOf, parseReport, summarize, type AgencyYear, type ReportSummary } from '../core';
import { decode } from '../io/encoding';

const REPORT_FILE = /\.(txt|md)$/i;
const HEAD_BYTES = 4096;
/** A folder with more files than this is a reviewer's archive: its heads are not all read on every keystroke. */
const MAX_FILES = 2000;
/**
 * How long a folder's files are trusted without looking again. Keystrokes come many times a
 * second; listing and stat-ing a thousand files for each would cost more than the check.
 */
const FRESH_MS = 3000;

interface Entry {
  mtimeMs: number;
  agencyKey: string;
  year: number | null;
  summary?: ReportSummary;
}

export interface Sibling {
  summary: ReportSummary;
  version: string;
}

function readHead(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const n = readSync(fd, buf, 0, HEAD_BYTES, 0);
    // Cut at the last newline so a multi-byte character is never split.
    const cut = buf.subarray(0, n).lastIndexOf(0x0a);
    return decode(buf.subarray(0, cut > 0 ? cut : n)).text;
  } finally {
    closeSync(fd);
  }
}

export class SiblingReports {
  private readonly cache = new Map<string, Entry>();
  /** Per folder: its report files with their entries, and when they were looked at. */
  private readonly folders = new Map<string, { at: number; files: { path: string; uri: string; entry: Entry }[] }>();

  constructor(
    private readonly log: (message: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** The report files of a folder with agency and year, looked at again after FRESH_MS. */
  private folder(dir: string): { path: string; uri: string; entry: Entry }[] {
    const hit = this.folders.get(dir);
    if (hit && this.now() - hit.at < FRESH_MS) return hit.files;
    const files: { path: string; uri: string; entry: Entry }[] = [];
    for (const name of readdirSync(dir).filter((n) => REPORT_FILE.test(n)).slice(0, MAX_FILES)) {
      const path = join(dir, name);
      const entry = this.entry(path);
      if (entry) files.push({ path, uri: pathToFileURL(path).href, entry });
    }
    this.folders.set(dir, { at: this.now(), files });
    return files;
  }

  /** Reports next to `uri` that are last year's report of `self` (core `isLastYearOf`). */
  lastYear(uri: string, self: AgencyYear, skip: ReadonlySet<string>): Sibling[] {
    if (!uri.startsWith('file:') || !self.agencyKey || self.year === null) return [];
    let files: { path: string; uri: string; entry: Entry }[];
    try {
      files = this.folder(dirname(fileURLToPath(uri)));
    } catch {
      return [];
    }
    const out: Sibling[] = [];
    for (const { path, uri: other, entry } of files) {
      if (other === uri || skip.has(other)) continue;
      if (!isLastYearOf(entry, self)) continue;
      try {
        entry.summary ??= summarize(parseReport(decode(readFileSync(path)).text), other);
        out.push({ summary: entry.summary, version: `disk:${entry.mtimeMs}` });
      } catch (err) {
        this.log(`ogi-report: cannot read ${path}: ${(err as Error).message}`);
      }
    }
    return out;
  }

  private entry(path: string): Entry | null {
    try {
      const st = statSync(path);
      if (!st.isFile()) return null;
      const mtimeMs = st.mtimeMs;
      const cached = this.cache.get(path);
      if (cached && cached.mtimeMs === mtimeMs) return cached;
      const head = parseReport(readHead(path));
      const entry: Entry = { mtimeMs, agencyKey: agencyKeyOf(head), year: head.title?.year ?? head.year };
      this.cache.set(path, entry);
      return entry;
    } catch {
      return null;
    }
  }
}
