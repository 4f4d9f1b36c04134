/**
 * Replacing a report with its fixed version so that no failure can lose it:
 *
 * 1. the path must still be the file that was read: not a symlink swapped in (`lstat`, same
 *    device and inode), and unchanged since (size, mtime, then the SHA-256 of its bytes) —
 *    otherwise someone saved it meanwhile and their edit wins;
 * 2. the new bytes go to a temporary file in the same folder (so `rename` is atomic), created
 *    exclusively with the original's mode (and owner, when we may set it), written whole and
 *    fsync'ed — a full disk or a file-size limit fails here, with the original untouched;
 * 3. the path is checked once more, then the temporary file is renamed over it and the folder
 *    fsync'ed. A kill at any moment leaves either the old report or the new one (at worst a
 *    stray `.ogi-report-*.tmp` beside it), never a cut one.
 *
 * What no portable API gives: an atomic "rename only if unchanged". A save landing between the
 * last check and the rename (microseconds) can still be replaced; everything before is caught.
 */
import { closeSync, constants, fchmodSync, fchownSync, fsyncSync, lstatSync, openSync, readSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { hashOf, ioMessage, MAX_REPORT_BYTES, type Snapshot } from './read';

export class WriteRefusal extends Error {}

export interface SafeWriteHooks {
  /** Called after the temporary file is complete and synced, before the rename (tests only). */
  beforeRename?: (tempPath: string) => void;
  /** Replaces `writeSync` (tests simulate a full disk with it). */
  write?: (fd: number, buf: Uint8Array, offset: number, length: number) => number;
}

/** Read the bytes at `path` without following a symlink (O_NOFOLLOW where the platform has it). */
function readNoFollow(path: string, size: number): Buffer {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  try {
    const buf = Buffer.alloc(Math.min(size, MAX_REPORT_BYTES) + 1);
    let total = 0;
    for (;;) {
      const n = readSync(fd, buf, total, buf.length - total, null);
      if (n === 0 || (total += n) >= buf.length) break;
    }
    return buf.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

/** Throws WriteRefusal unless `path` is still exactly what was read. */
export function assertUnchanged(path: string, read: Snapshot, hashToo: boolean): import('node:fs').Stats {
  let st;
  try {
    st = lstatSync(path);
  } catch (err) {
    throw new WriteRefusal(`文件已不在原处：${ioMessage(err)}`);
  }
  if (st.isSymbolicLink()) throw new WriteRefusal('读取后此路径被换成了符号链接，未写入');
  if (!st.isFile() || st.dev !== read.dev || st.ino !== read.ino) throw new WriteRefusal('读取后此路径被换成了另一个文件，未写入');
  if (st.size !== read.size || st.mtimeMs !== read.mtimeMs) throw new WriteRefusal('读取后文件被修改过（大小或修改时间不同），未写入，请重新运行');
  if (hashToo && hashOf(readNoFollow(path, st.size)) !== read.hash) throw new WriteRefusal('读取后文件内容被修改过，未写入，请重新运行');
  return st;
}

export function safeWrite(path: string, bytes: Uint8Array, read: Snapshot, hooks: SafeWriteHooks = {}): void {
  const st = assertUnchanged(path, read, true);
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.ogi-report-${randomBytes(6).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), st.mode & 0o7777);
  } catch (err) {
    throw new WriteRefusal(`无法在同一文件夹中创建临时文件：${ioMessage(err)}`);
  }
  let renamed = false;
  try {
    try {
      fchmodSync(fd, st.mode & 0o7777);
      // Only root may give a file away; others keep their own ownership, as any editor does.
      if (process.getuid?.() === 0) fchownSync(fd, st.uid, st.gid);
      const write = hooks.write ?? ((f, b, o, l) => writeSync(f, b, o, l));
      for (let off = 0; off < bytes.length; ) {
        const n = write(fd, bytes, off, bytes.length - off);
        if (n <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
        off += n;
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    hooks.beforeRename?.(temp);
    assertUnchanged(path, read, false);
    renameSync(temp, path);
    renamed = true;
    syncFolder(dir);
  } catch (err) {
    if (err instanceof WriteRefusal) throw err;
    throw new WriteRefusal(`写入失败，原文件未改动：${ioMessage(err)}`);
  } finally {
    if (!renamed) {
      try {
        unlinkSync(temp);
      } catch {
        // Already gone; nothing else to clean.
      }
    }
  }
}

/** Make the rename itself durable; not every platform lets a folder be opened, so best effort. */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot fsync a directory; the rename is still atomic there.
  }
}
