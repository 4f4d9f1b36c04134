/**
 * Finding the files to check, lazily: an operand is a file, a folder (searched for reports),
 * a glob with `*`, `**` and `?` (no shell needed), or `-` for standard input. Nothing found is
 * passed over in silence: every file or folder that cannot be used is yielded with its reason.
 *
 * Safe on hostile trees: a symlink loop is caught by a visited set of real paths; FIFOs,
 * devices and sockets are named and never opened; a folder is listed one at a time.
 */
import { closeSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { ReportForm } from '../import/form';
// The form by extension from the importers' light module (form.ts), which loads no importer; the
// importer itself is chosen by the bytes when the file is read (a `.doc` that is a web page).
import { formOf, formOfBytes, unreadOfficeKind } from '../import/form';
import { ioMessage, kindOf } from '../io/read';
import { UNREAD_OFFICE_REASON } from './reasons';

export type WalkEntry =
  /** A file to read; `explicit` when named on the command line (always checked). */
  | { kind: 'file'; path: string; explicit: boolean; form: ReportForm }
  /** Something that cannot be checked, with the reason (zh-CN). */
  | { kind: 'skip'; path: string; explicit: boolean; reason: string }
  | { kind: 'stdin' };


/** Forms read from folders by name. A file named on the command line is read whatever its name. */
function folderForm(name: string): ReportForm | null {
  return formOf(name);
}

/** How much of a file without an extension is read to see what it is: `formOfBytes` looks no further. */
const SNIFF_BYTES = 4096;

/**
 * A file with no extension in a folder (a download saved as `show` or `getFile`): a report when
 * its first bytes are a document we read — PDF, Word, web archive or page. Plain text without a
 * name that says so is passed over, as any other file (READMEs and licences have no extension).
 */
function sniffedForm(path: string, name: string): ReportForm | null {
  if (name.includes('.')) return null;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = new Uint8Array(SNIFF_BYTES);
    const n = readSync(fd, buf, 0, SNIFF_BYTES, 0);
    const form = formOfBytes(buf.subarray(0, n));
    return form === 'text' ? null : form;
  } catch {
    // Unreadable now: the name said nothing, so nothing is claimed (a named form is read and its failure said).
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Why an office file no importer reads is not checked (zh-CN, with what to do), or null if it is no such file. */
function unreadReason(name: string): string | null {
  const kind = unreadOfficeKind(name);
  return kind ? UNREAD_OFFICE_REASON[kind] : null;
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function knownType(e: Dirent): boolean {
  return e.isFile() || e.isDirectory() || e.isFIFO() || e.isCharacterDevice() || e.isBlockDevice() || e.isSocket();
}

interface WalkState {
  /** Real paths of folders entered: a symlink back to one of them is a loop. */
  visited: Set<string>;
  /** Resolved paths of files already yielded (an operand named twice is checked once). */
  seen: Set<string>;
}

function* walkFolder(dir: string, state: WalkState): Generator<WalkEntry> {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (err) {
    yield { kind: 'skip', path: dir, explicit: false, reason: `无法进入文件夹：${ioMessage(err)}` };
    return;
  }
  if (state.visited.has(real)) {
    yield { kind: 'skip', path: dir, explicit: false, reason: `符号链接循环（指向已检查过的文件夹 ${real}），已跳过` };
    return;
  }
  state.visited.add(real);
  let entries: Dirent[];
  try {
    // As `readdirSync(dir).sort()` orders names (by UTF-16 code units).
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    yield { kind: 'skip', path: dir, explicit: false, reason: `无法读取文件夹：${ioMessage(err)}` };
    return;
  }
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.') || name === 'node_modules') continue;
    const p = join(dir, name);
    // The listing says what a file or folder is (no system call per file: 16,000 in an archive);
    // a symlink, or an entry whose type the file system does not report, is stat-ed.
    let st: Stats | Dirent = entry;
    if (entry.isSymbolicLink() || !knownType(entry)) {
      try {
        st = lstatSync(p);
        if (st.isSymbolicLink()) st = statSync(p);
      } catch (err) {
        // A broken or looping symlink, or a file removed meanwhile: named if it could be a report.
        if (folderForm(name) || unreadReason(name)) yield { kind: 'skip', path: p, explicit: false, reason: `无法读取：${ioMessage(err)}` };
        continue;
      }
    }
    if (st.isDirectory()) {
      yield* walkFolder(p, state);
      continue;
    }
    const special = kindOf(st);
    if (special) {
      yield { kind: 'skip', path: p, explicit: false, reason: `是${special}，不是普通文件，未打开` };
      continue;
    }
    const form = folderForm(name) ?? sniffedForm(p, name);
    if (!form) {
      // An office file a reviewer may have meant as a report is named, never passed over in silence.
      const reason = unreadReason(name);
      if (reason) yield { kind: 'skip', path: p, explicit: false, reason };
      continue;
    }
    const key = resolve(p);
    if (state.seen.has(key)) continue;
    state.seen.add(key);
    yield { kind: 'file', path: p, explicit: false, form };
  }
}

function* walkGlob(op: string, state: WalkState): Generator<WalkEntry> {
  const normalized = op.split(sep).join('/');
  const parts = normalized.split('/');
  const firstWild = parts.findIndex((x) => /[*?]/.test(x));
  const base = parts.slice(0, firstWild).join('/') || (normalized.startsWith('/') ? '/' : '.');
  const re = globToRegExp(normalized.replace(/^\.\//, ''));
  let hits = 0;
  for (const e of walkFolder(base, state)) {
    if (e.kind === 'file' && !re.test(e.path.split(sep).join('/').replace(/^\.\//, ''))) {
      state.seen.delete(resolve(e.path));
      continue;
    }
    // An unread office file is named only when the glob names it.
    if (e.kind === 'skip' && unreadOfficeKind(e.path) && !re.test(e.path.split(sep).join('/').replace(/^\.\//, ''))) continue;
    if (e.kind === 'file') hits++;
    yield e;
  }
  // The glob's folders may be walked again by a later operand.
  state.visited.clear();
  if (!hits) yield { kind: 'skip', path: op, explicit: true, reason: '没有匹配的年报文件' };
}

export function* walkOperands(operands: Iterable<string>): Generator<WalkEntry> {
  const state: WalkState = { visited: new Set(), seen: new Set() };
  for (const op of operands) {
    if (op === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    if (/[*?]/.test(op)) {
      yield* walkGlob(op, state);
      continue;
    }
    let st: Stats;
    try {
      st = statSync(op);
    } catch (err) {
      yield { kind: 'skip', path: op, explicit: true, reason: ioMessage(err) };
      continue;
    }
    if (st.isDirectory()) {
      let found = 0;
      for (const e of walkFolder(op, state)) {
        if (e.kind === 'file') found++;
        yield e;
      }
      state.visited.clear();
      if (!found) yield { kind: 'skip', path: op, explicit: true, reason: '文件夹中没有年报文件（.txt .md .html .mht .docx .doc .wps .pdf，或无扩展名的 PDF、Word、网页文件）' };
      continue;
    }
    const key = resolve(op);
    if (state.seen.has(key)) continue;
    state.seen.add(key);
    const unread = formOf(op) ? null : unreadReason(op);
    if (unread) {
      yield { kind: 'skip', path: op, explicit: true, reason: unread };
      continue;
    }
    yield { kind: 'file', path: op, explicit: true, form: formOf(op) ?? 'text' };
  }
}
