/** `normalizedOpening` (the opening words of a line, read per keystroke) equals normalising the whole line. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizedOpening, normalizeLabel } from '../../server/src/core/template/normalize';

const PIECES = ['合', '计', '或', '者', '反', '覆', '钩', '稽', ' ', '\u3000', '\u200b', '“', '”', '（', '一', '）', '總', '體', 'Ａ', '１', 'e\u0301', '𠀀', '\ud800', '公开', '申请', '。', '\t'];

describe('normalizedOpening', () => {
  it('is the opening of normalizeLabel(line) for any line', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }), fc.integer({ min: 1, max: 40 }), (parts, n) => {
        const line = parts.join('');
        expect(normalizedOpening(line, n)).toBe(normalizeLabel(line).slice(0, n));
      }),
      { numRuns: 2000 },
    );
  });
});
