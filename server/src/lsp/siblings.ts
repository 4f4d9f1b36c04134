/**
 * Last year's report from the workspace: the files beside an open report (same folder) that
 * are reports of the same agency for the year before. Cross-year rules (X-*) compare with
 * them even when they are not open. Files are read in their own encoding; only a file's head
 * is parsed to learn its agency and year, and only a match is parsed in full (cached by mtime).
 *
 * Keystrokes come many times a second, so nothing here may cost in proportion to the folder
 * or to a file's size on each of them: a folder is listed again only when its own mtime
 * changed (a file added, removed or renamed), a file is stat-ed again only when it matters
 * (it is someone's last-year report), a file over MAX_SIBLING_BYTES is never read, and a
 * file that cannot be read is not tried again until its size or mtime changes.
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
/** No annual report comes near this; a bigger file named like one (a dump, a log) is never read. */
export const MAX_SIBLING_BYTES = 50 * 1024 * 1024;
/** How long a folder listing and the stat of a match are trusted without looking again. */
const FRESH_MS = 3000;

interface Entry {
  mtimeMs: number;
  size: number;
  agencyKey: string;
  year: number | null;
  summary?: ReportSummary;
  /** Why it cannot serve (too big, unreadable): cached until size or mtime change. */
  failed?: string;
}

export interface Sibling {
  summary: ReportSummary;
  version: string;
}

interface FolderFile {
  path: string;
  uri: string;
  entry: Entry;
}

interface Folder {
  at: number;
  mtimeMs: number;
  files: FolderFile[];
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
  private readonly folders = new Map<string, Folder>();

  constructor(
    private readonly log: (message: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** The report files of a folder with agency and year; listed again only when the folder changed. */
  private folder(dir: string): FolderFile[] {
    const hit = this.folders.get(dir);
    if (hit && this.now() - hit.at < FRESH_MS) return hit.files;
    let mtimeMs: number;
    try {
      mtimeMs = statSync(dir).mtimeMs;
    } catch {
      // No such folder (an unsaved or virtual document): asked again after FRESH_MS, not per keystroke.
      this.folders.set(dir, { at: this.now(), mtimeMs: NaN, files: [] });
      return [];
    }
    if (hit && hit.mtimeMs === mtimeMs) {
      // Same files as before: only the ones that served as last year's report are looked at
      // again, so an edit saved into one of them is seen.
      hit.at = this.now();
      for (const f of hit.files) if (f.entry.summary) f.entry = this.entry(f.path) ?? f.entry;
      return hit.files;
    }
    const files: FolderFile[] = [];
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      // Unreadable: remembered as empty until the folder changes.
    }
    for (const name of names.filter((n) => REPORT_FILE.test(n)).slice(0, MAX_FILES)) {
      const path = join(dir, name);
      const entry = this.entry(path);
      if (entry) files.push({ path, uri: pathToFileURL(path).href, entry });
    }
    this.folders.set(dir, { at: this.now(), mtimeMs, files });
    return files;
  }

  /** Reports next to `uri` that are last year's report of `self` (core `isLastYearOf`); `skip`: open documents. */
  lastYear(uri: string, self: AgencyYear, skip: { has(uri: string): boolean }): Sibling[] {
    if (!uri.startsWith('file:') || !self.agencyKey || self.year === null) return [];
    let files: FolderFile[];
    try {
      files = this.folder(dirname(fileURLToPath(uri)));
    } catch {
      return [];
    }
    const out: Sibling[] = [];
    for (const { path, uri: other, entry } of files) {
      if (entry.failed || other === uri || skip.has(other)) continue;
      if (!isLastYearOf(entry, self)) continue;
      if (!entry.summary) {
        try {
          entry.summary = summarize(parseReport(decode(readFileSync(path)).text), other);
        } catch (err) {
          entry.failed = (err as Error).message;
          this.log(`ogi-report: cannot read ${path}: ${entry.failed}`);
          continue;
        }
      }
      out.push({ summary: entry.summary, version: `disk:${entry.mtimeMs}:${entry.size}` });
    }
    return out;
  }

  private entry(path: string): Entry | null {
    try {
      const st = statSync(path);
      if (!st.isFile()) return null;
      const cached = this.cache.get(path);
      if (cached && cached.mtimeMs === st.mtimeMs && cached.size === st.size) return cached;
      let entry: Entry;
      if (st.size > MAX_SIBLING_BYTES) {
        entry = { mtimeMs: st.mtimeMs, size: st.size, agencyKey: '', year: null, failed: `larger than ${MAX_SIBLING_BYTES / 1024 / 1024} MB` };
        this.log(`ogi-report: not read as last year's report (${entry.failed}): ${path}`);
      } else {
        try {
          const head = parseReport(readHead(path));
          entry = { mtimeMs: st.mtimeMs, size: st.size, agencyKey: agencyKeyOf(head), year: head.title?.year ?? head.year };
        } catch (err) {
          entry = { mtimeMs: st.mtimeMs, size: st.size, agencyKey: '', year: null, failed: (err as Error).message };
        }
      }
      this.cache.set(path, entry);
      return entry;
    } catch {
      return null;
    }
  }
}
