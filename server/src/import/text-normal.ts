/** Small text helpers the importers share. */

/** Collapse runs of white space (including NBSP and ideographic space) inside one line of a source. */
export function collapseSpace(s: string): string {
  return s.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim();
}

/** Join pieces of one cell or paragraph: no space between CJK characters, one elsewhere. */
export function joinPieces(pieces: readonly string[]): string {
  let out = '';
  for (const p of pieces) {
    const t = collapseSpace(p);
    if (!t) continue;
    if (out && needsSpace(out[out.length - 1]!, t[0]!)) out += ' ';
    out += t;
  }
  return out;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
function needsSpace(a: string, b: string): boolean {
  return !CJK.test(a) && !CJK.test(b);
}

/** Full-width digits and signs as ASCII (Word and WPS files often carry them in tables). */
export function asciiDigits(s: string): string {
  return s.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
}

/** `2024-01-31 18:05`, `2024年1月31日`, `2024/1/31` → `2024-01-31`; anything else → undefined. */
export function isoDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The six section headings' key phrases: how an importer knows which block is the report. */
export const SECTION_MARKS = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '行政复议', '存在的主要问题', '其他需要报告'];

export function sectionMarkCount(text: string): number {
  return SECTION_MARKS.filter((m) => text.includes(m)).length;
}
