/**
 * The fast paths of the core (issue 12, per-report speed) give the answers of the plain code
 * they replace: `splitLines` (native searches for line breaks) against a loop over every
 * character, `looseMatcher` (a sticky expression tried where a phrase can begin) against
 * `looseRegex(...).test`, and `execAll` against `matchAll`. (That the rules' findings are
 * unchanged was shown on every fixture with the CLI's JSON, before and after.)
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execAll, splitLines } from '../../server/src/core/text';
import { lowerBound, upperBound } from '../../server/src/core/arrays';
import { looseMatcher, looseRegex } from '../../server/src/core/template/normalize';
import { T3_ROWS } from '../../server/src/core/template/table3';
import { T2_ROWS } from '../../server/src/core/template/table2';

/** The line split as it was written before: one pass over every UTF-16 unit. */
function splitByChars(text: string): { lines: string[]; lineStarts: number[]; eol: string } {
  const lines: string[] = [];
  const lineStarts: number[] = [];
  const counts = { crlf: 0, lf: 0, cr: 0 };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 10 && ch !== 13) continue;
    lines.push(text.slice(start, i));
    lineStarts.push(start);
    if (ch === 13 && text.charCodeAt(i + 1) === 10) {
      counts.crlf++;
      i++;
    } else if (ch === 13) counts.cr++;
    else counts.lf++;
    start = i + 1;
  }
  lines.push(text.slice(start));
  lineStarts.push(start);
  const eol = counts.crlf >= counts.lf && counts.crlf >= counts.cr && counts.crlf > 0 ? '\r\n' : counts.cr > counts.lf ? '\r' : '\n';
  return { lines, lineStarts, eol };
}

const breaksAndText = fc.array(fc.constantFrom('a', '\r', '\n', '\r\n', '年', ' '), { maxLength: 40 }).map((parts) => parts.join(''));

describe('fast paths give the plain answers', () => {
  it('splitLines equals a split by characters (CR, LF, CRLF, mixed, at either end)', () => {
    fc.assert(
      fc.property(breaksAndText, (text) => {
        expect(splitLines(text)).toEqual(splitByChars(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('looseMatcher answers as looseRegex on template words, 繁体, full-width and spaced forms', () => {
    const phrases = [...T3_ROWS.flatMap((r) => r.keyPhrases), ...T2_ROWS.flatMap((r) => r.names), '第二十条'];
    const matcher = looseMatcher(phrases);
    const re = looseRegex(phrases);
    const pieces = fc.constantFrom(...phrases, ...phrases.map((p) => [...p].join(' ')), '本年新', '結轉', '予以　公開', '第20条', '三', '安全', ' ', '\u3000', 'x', '１');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
        const line = parts.join('');
        expect(matcher.test(line)).toBe(re.test(line));
      }),
      { numRuns: 3000 },
    );
  });

  it('execAll yields what matchAll yields, empty matches included', () => {
    for (const [source, text] of [
      ['([\\u3400-\\u9fff]{2,4})\\1', '资金资金公开公开，一一对应'],
      ['x*', 'axxbx'],
      ['(?<n>\\d+)件', '收到3件，办结12件'],
    ] as const) {
      const re = new RegExp(source, 'gd');
      const slow = [...text.matchAll(new RegExp(source, 'gd'))].map((m) => [m.index, m[0]]);
      expect([...execAll(re, text)].map((m) => [m.index, m[0]])).toEqual(slow);
    }
  });

});

describe('lowerBound and upperBound (core/arrays.ts)', () => {
  it('give the first index not below, and the first index above, as a scan does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 40 }), fc.integer({ min: -25, max: 25 }), (xs, x) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const scan = (above: (v: number) => boolean) => {
          const i = sorted.findIndex(above);
          return i < 0 ? sorted.length : i;
        };
        expect(lowerBound(sorted, x)).toBe(scan((v) => v >= x));
        expect(upperBound(sorted, x)).toBe(scan((v) => v > x));
        expect(lowerBound(Uint32Array.from(sorted.map((v) => v + 20)), x + 20)).toBe(scan((v) => v >= x));
      }),
      { numRuns: 500 },
    );
  });
});
