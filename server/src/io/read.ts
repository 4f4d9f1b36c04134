/**
 * Reading a report file without surprises: special files (FIFOs, devices, sockets) are refused
 * before they are opened (a FIFO would block, `/dev/zero` would never end), files over a size
 * limit are refused, and what was read is remembered (device, inode, size, mtime, hash) so a
 * later write can prove the file is still the one that was read (`safe-write.ts`).
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { createHash } from 'node:crypto';

/** Reports are a few hundred kilobytes; anything this large is not one. */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

export interface Snapshot {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  /** SHA-256 of the bytes read. */
  hash: string;
}

export interface ReadResult {
  bytes: Buffer;
  snapshot: Snapshot;
}

/** Why a file cannot be read as a report; `message` is for the user (zh-CN). */
export class ReadRefusal extends Error {
  constructor(
    readonly code: 'special' | 'too-large' | 'directory' | 'io',
    message: string,
  ) {
    super(message);
  }
}

/** What a special file is, from `stat` or a folder listing's entry (`Dirent` answers the same questions). */
export function kindOf(st: Pick<Stats, 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket'>): string | null {
  if (st.isFIFO()) return '命名管道（FIFO）';
  if (st.isCharacterDevice()) return '字符设备';
  if (st.isBlockDevice()) return '块设备';
  if (st.isSocket()) return '套接字';
  return null;
}

/** Refuse what is not a regular file of a sane size, from `stat` alone (nothing opened). */
export function refusalFor(st: Stats): ReadRefusal | null {
  if (st.isDirectory()) return new ReadRefusal('directory', '是文件夹');
  const special = kindOf(st);
  if (special) return new ReadRefusal('special', `是${special}，不是普通文件，未打开`);
  if (st.size > MAX_REPORT_BYTES) return new ReadRefusal('too-large', `文件有 ${(st.size / 1024 / 1024).toFixed(0)} MB，超过 ${MAX_REPORT_BYTES / 1024 / 1024} MB 上限，不像年报，未读取`);
  return null;
}

/** Reads past the size `fstat` gave; copied out when anything arrives there. */
const SCRATCH = Buffer.allocUnsafe(65536);

export function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function ioMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const zh: Record<string, string> = { ENOENT: '文件不存在', EACCES: '没有读取权限', EPERM: '没有读取权限', ELOOP: '符号链接循环', ENAMETOOLONG: '路径过长', EISDIR: '是文件夹', EIO: '读写错误' };
  return e.code ? `${zh[e.code] ?? '无法读取'}（${e.code}）` : String((e as Error).message ?? err);
}

/**
 * Read a file whole. `stat` first (follows a symlink: its target decides), then open with
 * O_NONBLOCK so even a FIFO swapped in after the stat cannot block, `fstat` the open file
 * and refuse anything that is not the regular file the stat saw; never read past the limit.
 */
export function readReportFile(path: string): ReadResult {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (err) {
    throw new ReadRefusal('io', ioMessage(err));
  }
  const refusal = refusalFor(st);
  if (refusal) throw refusal;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new ReadRefusal('io', ioMessage(err));
  }
  try {
    const fst = fstatSync(fd);
    const again = refusalFor(fst);
    if (again) throw again;
    if (fst.ino !== st.ino || fst.dev !== st.dev) throw new ReadRefusal('io', '读取时文件被替换');
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // The size `fstat` gave (and one byte more, to see growth) in a buffer of its own; past it
      // (a file that grew, or one whose size the system does not know) through a scratch buffer,
      // so a file of a few kilobytes does not cost two 64 KB allocations.
      const left = fst.size - total;
      const chunk = left > 0 ? Buffer.allocUnsafe(Math.min(1 << 20, left + 1)) : SCRATCH;
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_REPORT_BYTES) throw new ReadRefusal('too-large', `文件超过 ${MAX_REPORT_BYTES / 1024 / 1024} MB 上限，未读取`);
      chunks.push(chunk === SCRATCH ? Buffer.from(chunk.subarray(0, n)) : n === chunk.length ? chunk : chunk.subarray(0, n));
    }
    const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
    // The hash is read only when a fix is written back: a check of 16,000 files need not pay it.
    let hash: string | undefined;
    return {
      bytes,
      snapshot: {
        dev: fst.dev,
        ino: fst.ino,
        size: total,
        mtimeMs: fst.mtimeMs,
        get hash() {
          return (hash ??= hashOf(bytes));
        },
      },
    };
  } catch (err) {
    if (err instanceof ReadRefusal) throw err;
    throw new ReadRefusal('io', ioMessage(err));
  } finally {
    closeSync(fd);
  }
}

export { ioMessage };
