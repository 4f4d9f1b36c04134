/**
 * Numbers as prose writes them: half-width digits (after folding), thousands separators
 * (`14,069`, `14，069`), and Chinese numerals (`一件`, `两件`, `十二件`, `一百零三件`).
 */

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A Chinese numeral below 10 000 (`三`, `十`, `十二`, `二十`, `一百零三`, `两千`), or null. */
export function parseChineseNumeral(s: string): number | null {
  if (!s || !/^[零〇一二两三四五六七八九十百千]+$/.test(s)) return null;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of s) {
    if (ch in DIGIT) {
      if (DIGIT[ch] === 0) continue; // `一百零三`: the zero only marks the gap
      if (digit !== null) return null; // two digits in a row (`一二`, `二〇二四`) is not a count
      digit = DIGIT[ch]!;
      continue;
    }
    const unit = UNIT[ch]!;
    if (unit >= lastUnit) return null; // `十十`, `十百`
    total += (digit ?? (unit === 10 && total === 0 ? 1 : NaN)) * unit;
    if (Number.isNaN(total)) return null;
    lastUnit = unit;
    digit = null;
  }
  if (digit !== null) total += digit;
  return total;
}

/** The value of a number token as matched by `NUMBER_SOURCE` (digits or a Chinese numeral), or null. */
export function parseNumberToken(raw: string): number | null {
  const t = raw.replace(/\s+/g, '');
  if (/^\d{1,3}(?:[,，]\d{3})+$/.test(t)) return Number(t.replace(/[,，]/g, ''));
  if (/^\d+$/.test(t)) return Number(t);
  return parseChineseNumeral(t);
}

/**
 * Regex source for a count in prose: a digit run (with optional thousands separators) that is
 * not part of a longer number or a decimal, or a run of Chinese numerals.
 */
export const NUMBER_SOURCE = String.raw`(?:(?<![\d.])(?<!\d[,，])(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?![\d]|\.\d)|(?<![零〇一二两三四五六七八九十百千])[零〇一二两三四五六七八九十百千]{1,5})`;
