// fillMessage cuts each template once and fills it from the parts (core/i18n/messages.ts):
// it must say exactly what a placeholder-by-placeholder replace says, for any template and values.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defineMessages, fillMessage } from '../../server/src/core/i18n/messages';

/** The replace fillMessage used before it cut templates: the reference. */
const byReplace = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));

describe('fillMessage', () => {
  it('fills placeholders, keeps an unknown one as written, repeats and adjacent ones included', () => {
    const entry = { 'zh-CN': '{row}的{col}应为 {want}，实为 {got}{got}；{unknown} 保留', en: '{row} {col}: expected {want}' };
    expect(fillMessage(entry, 'zh-CN', { row: '（七）总计', col: '总计', want: 3, got: 2 })).toBe('（七）总计的总计应为 3，实为 22；{unknown} 保留');
    expect(fillMessage(entry, 'en', { row: 'Total', col: 'total', want: 0 })).toBe('Total total: expected 0');
    // The same template again (now from the cache) with other values.
    expect(fillMessage(entry, 'zh-CN', { row: 'a', col: 'b', want: '', got: '$&' })).toBe('a的b应为 ，实为 $&$&；{unknown} 保留');
  });

  it('falls back to zh-CN when the entry has no text in the locale', () => {
    const msg = defineMessages({ k: { 'zh-CN': '缺少{x}' } as unknown as { 'zh-CN': string; en: string } });
    expect(msg('en', 'k', { x: '规章' })).toBe('缺少规章');
  });

  it('says what a replace says, for any template and values', () => {
    const piece = fc.oneof(fc.string(), fc.constantFrom('{a}', '{b}', '{a1_}', '{', '}', '{}', '{ a}', '{中}'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.dictionary(fc.constantFrom('a', 'b', 'a1_', 'c'), fc.oneof(fc.string(), fc.integer())), (pieces, params) => {
        const template = pieces.join('');
        expect(fillMessage({ 'zh-CN': template, en: template }, 'en', params)).toBe(byReplace(template, params));
      }),
      { numRuns: 500 },
    );
  });
});
