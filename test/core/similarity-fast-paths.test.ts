/**
 * The prose helpers have fast paths (a table scan instead of NFKC and two regular expressions,
 * an open-addressing table of bigram counts instead of Maps of strings, a table fold instead of
 * a regular-expression class). Each must give exactly what its plain definition gives.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { diceSimilarity, normalizeForSimilarity } from '../../server/src/core/narrative/similarity';
import { foldTextOnce } from '../../server/src/core/narrative/prose';
import { simplifiedChar, TRADITIONAL_CLASS } from '../../server/src/core/template/normalize';
import { REAL_DIR } from '../support/corpus';

/** The fold as first written: full-width ASCII, ideographic and no-break space, 繁体 template words. */
const FOLDABLE = new RegExp(`[\\uff01-\\uff5e\\u3000\\u00a0${TRADITIONAL_CLASS}]`, 'g');
function plainFold(s: string): string {
  return s.replace(FOLDABLE, (ch) => {
    const c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
    if (c === 0x3000 || c === 0x00a0) return ' ';
    return simplifiedChar(ch);
  });
}

const plainNormalize = (s: string): string => plainFold(s).normalize('NFKC').replace(/\d+(?:\.\d+)?/g, '#').replace(/[^\p{L}#]/gu, '');

function plainDice(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const A = grams(a);
  const B = grams(b);
  let common = 0;
  for (const [g, n] of A) common += Math.min(n, B.get(g) ?? 0);
  return (2 * common) / (a.length - 1 + (b.length - 1));
}

const realTexts = readdirSync(REAL_DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(REAL_DIR, f), 'utf8'));

/** Units that test the edges: digits, a decimal point, letters, CJK, marks that compose, astral pairs. */
const PIECES = ['1', '2', '.', '#', 'a', '政', '府', '，', '。', ' ', '\u3000', '（', '\u2460', '\u00b2', '\uff11', '\u2026', '-', '\ud842\udfb7', 'e\u0301', '\u30ab\u3099', '\u302a', '總', '\t'];
const pieces = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((a) => a.join(''));

describe('prose fast paths', () => {
  it('foldTextOnce folds every UTF-16 unit as the regular expression did', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}政`;
      if (foldTextOnce(s) !== plainFold(s)) expect(foldTextOnce(s), c.toString(16)).toBe(plainFold(s));
    }
  });

  it('normalizeForSimilarity gives NFKC and the two replacements, for every unit and next to digits and marks', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `1${ch}2`, `a${ch}.5`, `3.${ch}`, `政${ch}府`, `${ch}\u0301`, `${ch}\u3099`, `${ch}1.`]) {
        if (normalizeForSimilarity(s) !== plainNormalize(s)) expect(normalizeForSimilarity(s), `${c.toString(16)} in ${JSON.stringify(s)}`).toBe(plainNormalize(s));
      }
    }
    fc.assert(fc.property(pieces, (s) => normalizeForSimilarity(s) === plainNormalize(s)));
  });

  it('normalizeForSimilarity on every sentence of the real corpus', () => {
    for (const text of realTexts) for (const s of [text, ...text.split(/(?<=[。；;！!？?\n])/)]) expect(normalizeForSimilarity(s)).toBe(plainNormalize(s));
  });

  it('diceSimilarity counts the bigram multisets as the Map of strings did', () => {
    fc.assert(fc.property(pieces, pieces, (a, b) => diceSimilarity(a, b) === plainDice(a, b)));
    // Long texts grow the table; consecutive years of one agency are near copies.
    const norm = realTexts.map(normalizeForSimilarity);
    for (let k = 0; k + 1 < norm.length; k++) expect(diceSimilarity(norm[k]!, norm[k + 1]!)).toBe(plainDice(norm[k]!, norm[k + 1]!));
  });
});
