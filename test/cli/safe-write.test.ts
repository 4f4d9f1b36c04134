/**
 * `--fix` writes cannot lose a report: each failure a real run may meet is simulated, and
 * afterwards the report is either exactly as it was or exactly as fixed.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readReportFile } from '../../server/src/io/read';
import { safeWrite, WriteRefusal } from '../../server/src/io/safe-write';
import { bundle, buildCli, ROOT } from './helpers/build-cli';

const SAMPLE = readFileSync(path.join(ROOT, 'examples/翠云峰街道2024年度报告（含错误）.txt'));
const FIXED = Buffer.from(SAMPLE.toString('utf8').replace('(七) 总计\t\t1\t0\t0\t0\t0\t0\t2', '(七) 总计\t\t1\t0\t0\t0\t0\t0\t1'));

function tempReport(bytes: Buffer = SAMPLE): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ogi-write-'));
  const file = path.join(dir, 'report.txt');
  writeFileSync(file, bytes);
  return { dir, file };
}

const strays = (dir: string) => readdirSync(dir).filter((n) => n.includes('.ogi-report-'));

let cli: string;
beforeAll(() => {
  cli = buildCli();
});

describe('safeWrite', () => {
  it('replaces the file whole and keeps its mode', () => {
    const { dir, file } = tempReport();
    chmodSync(file, 0o640);
    const { snapshot } = readReportFile(file);
    safeWrite(file, FIXED, snapshot);
    expect(readFileSync(file).equals(FIXED)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(strays(dir)).toEqual([]);
  });

  it('a write failing midway (full disk) leaves the original untouched and no temporary file', () => {
    const { dir, file } = tempReport();
    const { snapshot } = readReportFile(file);
    let calls = 0;
    const write = (_fd: number, _b: Uint8Array, _o: number, length: number) => {
      if (++calls > 1) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      return Math.min(length, 4096);
    };
    expect(() => safeWrite(file, FIXED, snapshot, { write })).toThrow(/ENOSPC/);
    expect(readFileSync(file).equals(SAMPLE)).toBe(true);
    expect(strays(dir)).toEqual([]);
  });

  it('a file saved by someone else after it was read is not overwritten', () => {
    const { file } = tempReport();
    const { snapshot } = readReportFile(file);
    const edited = Buffer.from(SAMPLE.toString('utf8').replace('翠云峰', '翠云岭'));
    writeFileSync(file, edited);
    expect(() => safeWrite(file, FIXED, snapshot)).toThrow(WriteRefusal);
    expect(readFileSync(file).equals(edited)).toBe(true);
  });

  it('a same-size edit with the old mtime put back is still caught (content hash)', () => {
    const { file } = tempReport();
    const when = 1_700_000_000; // whole seconds: every filesystem keeps them exactly
    utimesSync(file, when, when);
    const { snapshot } = readReportFile(file);
    writeFileSync(file, Buffer.from(SAMPLE.toString('utf8').replace('翠云峰', '翠云岭')));
    utimesSync(file, when, when);
    expect(statSync(file).mtimeMs).toBe(snapshot.mtimeMs);
    expect(() => safeWrite(file, FIXED, snapshot)).toThrow(/内容被修改/);
  });

  it('a symlink swapped in after the read is never followed', () => {
    const { dir, file } = tempReport();
    const victim = path.join(dir, 'victim.conf');
    writeFileSync(victim, 'precious\n');
    const { snapshot } = readReportFile(file);
    unlinkSync(file);
    symlinkSync(victim, file);
    expect(() => safeWrite(file, FIXED, snapshot)).toThrow(/符号链接/);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
  });

  it('another file renamed into place after the read is refused (inode differs)', () => {
    const { dir, file } = tempReport();
    const { snapshot } = readReportFile(file);
    const other = path.join(dir, 'other.txt');
    writeFileSync(other, SAMPLE);
    renameSync(other, file);
    expect(() => safeWrite(file, FIXED, snapshot)).toThrow(/另一个文件/);
    expect(readFileSync(file).equals(SAMPLE)).toBe(true);
  });

  it('a process killed between writing the temporary file and the rename leaves the original intact', async () => {
    const helper = bundle('test/cli/helpers/write-then-wait.ts', 'write-then-wait.js');
    const { file } = tempReport();
    const child = spawn(process.execPath, [helper, file, FIXED.toString('utf8')], { stdio: ['ignore', 'pipe', 'inherit'] });
    const temp = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /^ready (.+)\n/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`helper exited ${code} before the rename`)));
    });
    // The new text is complete on disk, only the rename is missing.
    expect(readFileSync(temp).equals(FIXED)).toBe(true);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    expect(readFileSync(file).equals(SAMPLE)).toBe(true);
  });
});

describe('--fix under a file-size limit', () => {
  it('the report is not cut: exactly as it was (or as fixed), never partial', () => {
    // 4 KiB limit, smaller than the 6 KB report; SIGXFSZ ignored so the write fails with EFBIG.
    const { dir, file } = tempReport();
    const r = spawnSync('bash', ['-c', `ulimit -f 4; trap '' XFSZ; exec "${process.execPath}" "${cli}" check --fix --no-color "${file}"`], { encoding: 'utf8' });
    expect(readFileSync(file).equals(SAMPLE)).toBe(true);
    expect(r.stderr).toMatch(/未修正.*EFBIG/);
    expect(strays(dir)).toEqual([]);
    // And killed by the signal instead: still the original (a stray temporary file at worst).
    const killed = spawnSync('bash', ['-c', `ulimit -f 4; exec "${process.execPath}" "${cli}" check --fix --no-color "${file}"`], { encoding: 'utf8' });
    expect(killed.status === null || killed.status !== 0).toBe(true);
    expect(readFileSync(file).equals(SAMPLE)).toBe(true);
    expect(existsSync(file)).toBe(true);
  });
});
