/**
 * Property tests of the pure core (issue 5): on random text, random UTF-16 (lone surrogates,
 * NUL) and randomly mutated seed reports, the parser and the rules never throw, every range
 * they hand out lies inside the document, cells slice back to their raw text, fix-all is
 * idempotent and touches only what its edits cover, and the editor features answer at any
 * position. Default counts keep this file to a few seconds; `npm run fuzz` scales them up.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyEdits,
  checkReport,
  diffEdits,
  documentSymbols,
  fixAllEdits,
  fixAllText,
  foldingRanges,
  hoverAt,
  inlayHints,
  parseReport,
  type Locale,
  type Position,
} from '../../server/src/core/index';
import { sliceRange } from '../helpers/core';
import {
  anyUtf16,
  applyIndependently,
  badRanges,
  checkProperty,
  lineLengths,
  mutatedSeedText,
  rangesOf,
  reportishText,
  runs,
  SEEDS,
  TIMEOUT_MS,
} from './support';

/** Parse and check; fail with a readable list when any range is outside the text. */
function parseCheckInside(text: string, locale: Locale = 'zh-CN'): void {
  const model = parseReport(text);
  const diagnostics = checkReport(model, { locale });
  // The core's lines are the LSP lines, and nothing is lost between them.
  expect(model.lines.map((l) => l.length)).toEqual(lineLengths(text));
  expect(badRanges(text, rangesOf(model, diagnostics))).toEqual([]);
  // A rule that throws is caught by checkReport and reported as INTERNAL: still a bug.
  expect(diagnostics.filter((d) => d.code === 'INTERNAL').map((d) => d.message)).toEqual([]);
}

const locale = fc.constantFrom<Locale>('zh-CN', 'en');

describe('parser and rules on any text', () => {
  it('the seeds themselves pass the range check', () => {
    expect(SEEDS.length).toBeGreaterThanOrEqual(5);
    for (const s of SEEDS) parseCheckInside(s);
  });

  it('report-like random text', () => {
    checkProperty('reportish text', fc.property(reportishText, locale, (t, l) => parseCheckInside(t, l)), runs(400));
  }, TIMEOUT_MS);

  it('any UTF-16: lone surrogates, astral characters, NUL', () => {
    checkProperty('any utf-16', fc.property(anyUtf16, (t) => parseCheckInside(t)), runs(400));
  }, TIMEOUT_MS);

  it('mutated seeds: deleted, duplicated lines, swapped cells, tabs, pipes, odd characters, CR/CRLF/mixed line ends', () => {
    checkProperty('mutated seeds', fc.property(mutatedSeedText, locale, (t, l) => parseCheckInside(t, l)), runs(150));
  }, TIMEOUT_MS);

  it('every cell slices back to its raw text (UTF-16 columns)', () => {
    const prop = fc.property(fc.oneof(mutatedSeedText, reportishText), (t) => {
      const model = parseReport(t);
      for (const cell of model.cells.values()) {
        if (cell.range && cell.raw !== null) expect(sliceRange(t, cell.range)).toBe(cell.raw);
      }
    });
    checkProperty('cell slices', prop, runs(150));
  }, TIMEOUT_MS);
});

describe('fix-all', () => {
  it('its edits do not overlap, stay inside the text, and change nothing outside themselves', () => {
    const prop = fc.property(mutatedSeedText, (t) => {
      const diagnostics = checkReport(parseReport(t));
      const edits = fixAllEdits(diagnostics);
      expect(badRanges(t, edits.map((e) => ({ what: `edit ${JSON.stringify(e.newText)}`, range: e.range })))).toEqual([]);
      const sorted = [...edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
      for (let k = 1; k < sorted.length; k++) {
        const prev = sorted[k - 1]!.range.end;
        const next = sorted[k]!.range.start;
        expect(prev.line < next.line || (prev.line === next.line && prev.character <= next.character)).toBe(true);
      }
      expect(applyEdits(t, edits)).toBe(applyIndependently(t, edits));
    });
    checkProperty('fix-all edits', prop, runs(100));
  }, TIMEOUT_MS);

  it('is idempotent: fix-all of its own output changes nothing', () => {
    const prop = fc.property(mutatedSeedText, (t) => {
      const once = fixAllText(t).text;
      expect(fixAllText(once).text).toBe(once);
    });
    checkProperty('fix-all idempotent', prop, runs(60));
  }, TIMEOUT_MS);

  it('diffEdits turns the text into the fixed text exactly (no character lost or changed)', () => {
    const prop = fc.property(mutatedSeedText, (t) => {
      const fixed = fixAllText(t).text;
      const edits = diffEdits(t, fixed);
      expect(badRanges(t, edits.map((e) => ({ what: 'diff edit', range: e.range })))).toEqual([]);
      expect(applyEdits(t, edits)).toBe(fixed);
    });
    checkProperty('diffEdits of fix-all', prop, runs(60));
  }, TIMEOUT_MS);

  it('diffEdits between any two texts, line ends mixed within a text, round-trips', () => {
    // Texts as lines: diffEdits works line by line, and short lines shrink to readable cases.
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    const lines = fc.array(fc.tuple(fc.string({ unit: fc.constantFrom('a', 'b', '1', '\t', ' ', '|', '总计'), maxLength: 4 }), eol), { maxLength: 8 });
    const join = (ls: [string, string][]) => ls.map(([l, e]) => l + e).join('');
    const prop = fc.property(lines, lines, (x, y) => {
      const [a, b] = [join(x), join(y)];
      expect(applyEdits(a, diffEdits(a, b))).toBe(b);
    });
    checkProperty('diffEdits round trip', prop, runs(300));
  }, TIMEOUT_MS);

  it.each([
    ['', 'x\r\ny'],
    ['a\nb', 'a'],
    ['\n', ''],
    ['a\r\nb', 'a\r\nx\ny\r\nb'],
  ])('diffEdits(%j, %j) gives exactly the new text', (a, b) => {
    expect(applyEdits(a, diffEdits(a, b))).toBe(b);
  });

  // Only a line end differs (same lines, same contents).
  it('diffEdits("x\\ny", "x\\r\\ny") changes the line end', () => {
    expect(applyEdits('x\ny', diffEdits('x\ny', 'x\r\ny'))).toBe('x\r\ny');
  });
});

describe('editor features at any position', () => {
  /** Positions worth probing: random ones (also outside the text), line ends, every cell's ends. */
  function probes(text: string, picks: [number, number][]): Position[] {
    const lengths = lineLengths(text);
    const model = parseReport(text);
    const out: Position[] = [];
    for (const [a, b] of picks) {
      const line = (a % (lengths.length + 4)) - 2;
      const len = lengths[line] ?? 0;
      out.push({ line, character: (b % (len + 4)) - 2 });
    }
    for (const [line, len] of lengths.entries()) if (line % 7 === 0) out.push({ line, character: 0 }, { line, character: len });
    for (const c of model.cells.values()) if (c.range) out.push(c.range.start, c.range.end);
    out.push({ line: lengths.length, character: 0 }, { line: 1e9, character: 1e9 });
    return out;
  }

  it('hoverAt, documentSymbols, foldingRanges and inlayHints never throw, and hovers stay inside', () => {
    const prop = fc.property(fc.oneof(mutatedSeedText, reportishText, anyUtf16), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 30 }), locale, (t, picks, l) => {
      const model = parseReport(t);
      const diagnostics = checkReport(model, { locale: l });
      documentSymbols(model, l);
      foldingRanges(model);
      inlayHints(diagnostics, l);
      const hovers = [];
      for (const p of probes(t, picks)) {
        const h = hoverAt(model, diagnostics, p, l);
        if (h) hovers.push({ what: `hover at ${JSON.stringify(p)}`, range: h.range });
      }
      expect(badRanges(t, hovers)).toEqual([]);
    });
    checkProperty('editor features', prop, runs(80));
  }, TIMEOUT_MS);
});
