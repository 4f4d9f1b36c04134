/**
 * Hard inputs (issue 5): 5 MB documents, binary and NUL-containing text, lone CR line ends,
 * a BOM, astral characters before cells, and GB18030 files through the CLI (check and
 * --fix, which must keep the encoding and CRLF and change only the wrong number).
 * Times are printed, not asserted: `npm run bench` holds the targets.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkReport, parseReport, type Diagnostic } from '../../server/src/core/index';
import { cellValues, sliceRange } from '../helpers/core';
import { plantedSeed003 } from '../lsp/seeds';
import { badRanges, rangesOf, SEEDS } from './support';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const FIVE_MB = 5 * 1024 * 1024;

/** Diagnostics reduced to what must not depend on the text's form. */
function summary(diags: readonly Diagnostic[]): string[] {
  return diags.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`);
}

function timed<T>(label: string, f: () => T): T {
  const t0 = performance.now();
  const out = f();
  console.log(`${label}: ${(performance.now() - t0).toFixed(0)} ms`);
  return out;
}

/** Deterministic pseudo-random numbers (a test must give the same text every run). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

describe('5 MB documents', () => {
  it('a report pasted over and over: parse and check complete, ranges inside', () => {
    const parts: string[] = [];
    for (let k = 0, bytes = 0; bytes < FIVE_MB; k++) {
      parts.push(SEEDS[k % SEEDS.length]!);
      bytes += utf8Bytes(SEEDS[k % SEEDS.length]!) + 1;
    }
    const text = parts.join('\n');
    const model = timed(`parse ${(utf8Bytes(text) / 2 ** 20).toFixed(1)} MB pasted reports`, () => parseReport(text));
    const diagnostics = timed('check it', () => checkReport(model));
    expect(model.lines.length).toBeGreaterThan(10_000);
    expect(badRanges(text, rangesOf(model, diagnostics))).toEqual([]);
  }, 60_000);

  it('random text (CJK, digits, tabs, pipes, line breaks): parse and check complete', () => {
    const alphabet = [...'0123456789 \t|\n\r一二三四五六七八九十（）()、总计合计申请人数件万元-—/.,，。', '𠀀', '\u0000'];
    const rand = lcg(5);
    const parts: string[] = [];
    let bytes = 0;
    while (bytes < FIVE_MB) {
      const ch = alphabet[Math.floor(rand() * alphabet.length)]!;
      parts.push(ch);
      bytes += utf8Bytes(ch);
    }
    const text = parts.join('');
    const model = timed(`parse ${(bytes / 2 ** 20).toFixed(1)} MB random text`, () => parseReport(text));
    const diagnostics = timed('check it', () => checkReport(model));
    expect(badRanges(text, rangesOf(model, diagnostics))).toEqual([]);
  }, 60_000);

  // One long line of table cells is the slow path (about 4 µs per cell, see docs/bench.md):
  // a 5 MB line takes seconds, so the suite checks a 256 KB one and the bench times the rest.
  it('one 256 KB line of table cells', () => {
    const piece = '（七）总计\t1\t2\t';
    const text = piece.repeat(Math.ceil((256 * 1024) / utf8Bytes(piece)));
    const model = timed(`parse one ${(utf8Bytes(text) / 1024).toFixed(0)} KB line`, () => parseReport(text));
    const diagnostics = checkReport(model);
    expect(badRanges(text, rangesOf(model, diagnostics))).toEqual([]);
  }, 60_000);
});

describe('shapes that once took quadratic time', () => {
  // No time is asserted (speed targets live in `npm run bench`); the sizes are chosen so that a
  // linear check takes about a second and a quadratic one would run into the test timeout.
  it('prose without punctuation over 64,000 lines is checked', () => {
    const text = '一、总体情况\n' + '收到政府信息公开申请3件其中1件已答复2023年\n'.repeat(64_000);
    const model = parseReport(text);
    const diagnostics = checkReport(model);
    expect(badRanges(text, rangesOf(model, diagnostics))).toEqual([]);
  }, 30_000);

  it('40,000 one-line sections are checked', () => {
    const text = '一、总体情况\n本年共收到政府信息公开申请3件。\n'.repeat(40_000);
    const model = parseReport(text);
    expect(model.sections).toHaveLength(40_000);
    expect(badRanges(text, rangesOf(model, checkReport(model)))).toEqual([]);
  }, 30_000);
});

describe('binary and odd text', () => {
  it('random bytes read as Latin-1 and as UTF-8 (NUL, control characters, U+FFFD)', () => {
    const rand = lcg(7);
    const bytes = Buffer.from(Array.from({ length: 200_000 }, () => Math.floor(rand() * 256)));
    for (const text of [bytes.toString('latin1'), bytes.toString('utf8'), '\u0000'.repeat(10_000), SEEDS[3]!.replace(/\t/g, '\u0000\t')]) {
      const model = parseReport(text);
      expect(badRanges(text, rangesOf(model, checkReport(model)))).toEqual([]);
    }
  });

  it('NUL bytes inside a report do not move or hide its cells', () => {
    const text = SEEDS[3]!.replace(/\n\n/g, '\n\u0000\n');
    expect(cellValues(parseReport(text))).toEqual(cellValues(parseReport(SEEDS[3]!)));
  });

  it('a lone CR as line end gives the same cells and diagnostics as LF', () => {
    for (const seed of SEEDS) {
      const cr = seed.replace(/\n/g, '\r');
      const model = parseReport(cr);
      expect(model.lines.length).toBe(seed.split('\n').length);
      expect(cellValues(model)).toEqual(cellValues(parseReport(seed)));
      expect(summary(checkReport(model))).toEqual(summary(checkReport(parseReport(seed))));
    }
  });

  it('a BOM before the first line changes neither cells nor diagnostics', () => {
    for (const seed of SEEDS) {
      const trimmed = seed.replace(/^\s+/, '');
      const withBom = `\ufeff${trimmed}`;
      const plain = parseReport(trimmed);
      const bom = parseReport(withBom);
      expect(cellValues(bom)).toEqual(cellValues(plain));
      expect(bom.sections.map((s) => s.id)).toEqual(plain.sections.map((s) => s.id));
      expect(bom.title?.text).toBe(plain.title?.text);
      expect(checkReport(bom).map((d) => d.code)).toEqual(checkReport(plain).map((d) => d.code));
    }
  });

  it('astral characters (surrogate pairs) before cells: ranges are UTF-16 and slice back to the raw text', () => {
    for (const seed of SEEDS) {
      // Two astral characters at the start of every tab-separated line and before each tab.
      const text = seed
        .split('\n')
        .map((l) => (l.includes('\t') ? `𠀀😀${l.replace(/\t/g, '😀\t')}` : l))
        .join('\n');
      const model = parseReport(text);
      const base = parseReport(seed);
      for (const cell of model.cells.values()) {
        if (!cell.range || cell.raw === null) continue;
        expect(sliceRange(text, cell.range)).toBe(cell.raw);
        // The characters are in the labels and separators, never in the numbers.
        const before = base.cells.get(cell.id);
        if (before?.range && before.value !== null) expect(cell.value).toBe(before.value);
      }
      expect(badRanges(text, rangesOf(model, checkReport(model)))).toEqual([]);
    }
  });
});

describe('GB18030 files through the CLI', () => {
  let dir: string;
  beforeAll(() => {
    if (!fs.existsSync(CLI)) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-gb18030-'));
  });

  function checkJson(file: string): { code: string; message: string; range: unknown }[] {
    const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    const [result] = JSON.parse(r.stdout) as { diagnostics: { code: string; message: string; range: unknown }[] }[];
    return result!.diagnostics.map((d) => ({ code: d.code, message: d.message, range: d.range }));
  }

  it('a GB18030 copy of each seed gives the same diagnostics as the UTF-8 one', () => {
    SEEDS.forEach((seed, k) => {
      const utf8 = path.join(dir, `seed${k}-utf8.txt`);
      const gb = path.join(dir, `seed${k}-gb18030.txt`);
      fs.writeFileSync(utf8, seed, 'utf8');
      fs.writeFileSync(gb, iconv.encode(seed, 'gb18030'));
      // The copy really is not UTF-8 (else this would test nothing).
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(gb))).toThrow();
      expect(checkJson(gb)).toEqual(checkJson(utf8));
    });
  });

  it('--fix on a GB18030 CRLF file rewrites only the wrong total, in GB18030, CRLF kept', () => {
    const { original, planted } = plantedSeed003();
    const crlf = (s: string) => s.replace(/\n/g, '\r\n');
    const file = path.join(dir, 'planted-gb18030.txt');
    fs.writeFileSync(file, iconv.encode(crlf(planted), 'gb18030'));
    const r = spawnSync(process.execPath, [CLI, 'check', '--fix', '--format', 'json', file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const after = fs.readFileSync(file);
    // Byte for byte what the original report is in GB18030 with CRLF: only 21 → 20 changed.
    expect(after.equals(iconv.encode(crlf(original), 'gb18030'))).toBe(true);
    const [result] = JSON.parse(r.stdout) as { diagnostics: { code: string }[] }[];
    expect(result!.diagnostics.some((d) => d.code === 'T3-ROWSUM')).toBe(false);
  });

  it('a binary file is skipped with a message, not a crash', () => {
    const file = path.join(dir, 'binary.txt');
    fs.writeFileSync(file, Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x89, 0x50, 0x4e, 0x47]));
    const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', file], { encoding: 'utf8' });
    expect(r.stderr).toMatch(/不是文本文件/);
    expect(r.stderr).not.toContain('internal error');
    expect(r.status).not.toBeNull();
  });
});
