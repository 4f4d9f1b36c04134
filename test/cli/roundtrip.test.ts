/**
 * `--fix` on GBK/GB18030 and UTF-16 reports: the bytes outside the fixed cell come back exactly,
 * and a report whose bytes cannot be written back exactly is left alone with the reason named.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { decode } from '../../server/src/io/encoding';
import { reencode } from '../../server/src/io/encode';
import { buildCli, ROOT } from './helpers/build-cli';

const TEXT = readFileSync(path.join(ROOT, 'examples/翠云峰街道2024年度报告（含错误）.txt'), 'utf8').replace(/\n/g, '\r\n');
const WRONG = '(七) 总计\t\t1\t0\t0\t0\t0\t0\t2';
const RIGHT = '(七) 总计\t\t1\t0\t0\t0\t0\t0\t1';
/** A prose line where stray bytes are planted (between whole characters). */
const PROSE_MARK = '一、总体情况';

let cli: string;
beforeAll(() => {
  cli = buildCli();
});

function fixFile(bytes: Buffer): { after: Buffer; stderr: string; stdout: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ogi-rt-'));
  const file = path.join(dir, 'report.txt');
  writeFileSync(file, bytes);
  const r = spawnSync(process.execPath, [cli, 'check', '--fix', '--no-color', file], { encoding: 'utf8' });
  return { after: readFileSync(file), stderr: r.stderr, stdout: r.stdout };
}

/** Bytes of the text with raw `extra` bytes spliced in after the prose mark, in `encoding`. */
function withStray(encoding: string, extra: number[], text = TEXT): Buffer {
  const at = text.indexOf(PROSE_MARK) + PROSE_MARK.length;
  return Buffer.concat([iconv.encode(text.slice(0, at), encoding), Buffer.from(extra), iconv.encode(text.slice(at), encoding)]);
}

describe('--fix keeps every byte outside the fixed cell', () => {
  it('GBK: the fixed file is the original with only the cell changed', () => {
    const original = iconv.encode(TEXT, 'gbk');
    const { after, stdout } = fixFile(original);
    expect(stdout).toContain('（七）总计·总计 2 → 1');
    expect(after.equals(iconv.encode(TEXT.replace(WRONG, RIGHT), 'gbk'))).toBe(true);
  });

  it('UTF-16LE with BOM: exact round trip', () => {
    const enc = (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(t, 'utf16le')]);
    const { after } = fixFile(enc(TEXT));
    expect(after.equals(enc(TEXT.replace(WRONG, RIGHT)))).toBe(true);
  });

  for (const [name, bytes] of [
    ['GBK 0x80', [0x80]],
    ['GBK 0xFF', [0xff]],
    ['GB18030 FE59', [0xfe, 0x59]],
  ] as const) {
    it(`${name} in the prose: exactly as fixed, or not written with the reason`, () => {
      const original = withStray('gbk', [...bytes]);
      const { after, stderr } = fixFile(original);
      const expectedFixed = withStray('gbk', [...bytes], TEXT.replace(WRONG, RIGHT));
      expect(after.equals(original) || after.equals(expectedFixed)).toBe(true);
      if (after.equals(original)) expect(stderr).toMatch(/不能按 GB18030 原样写回/);
    });
  }

  it('GBK 0xFF cannot be written back exactly: refused', () => {
    const original = withStray('gbk', [0xff]);
    const { after, stderr } = fixFile(original);
    expect(after.equals(original)).toBe(true);
    expect(stderr).toMatch(/未修正 '.*report\.txt'：文件第 \d+ 字节起（FF/);
  });

  it('a lone UTF-16 surrogate: refused, the file untouched', () => {
    const at = TEXT.indexOf(PROSE_MARK) + PROSE_MARK.length;
    const original = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT.slice(0, at), 'utf16le'), Buffer.from([0x00, 0xd8]), iconv.encode(TEXT.slice(at), 'utf16le')]);
    const { after, stderr } = fixFile(original);
    expect(after.equals(original)).toBe(true);
    expect(stderr).toMatch(/UTF-16LE 原样写回/);
  });

  it('reencode: text read from clean bytes always round-trips', () => {
    for (const enc of ['gbk', 'utf8'] as const) {
      const bytes = iconv.encode(TEXT, enc);
      const d = decode(bytes);
      const r = reencode(bytes, d.text, d.text, d.encoding);
      expect(r.ok && r.bytes.equals(bytes)).toBe(true);
    }
  });
});
