/**
 * Label normalisation (spec §2.4). Every label comparison in the core goes through
 * `normalizeLabel`, so variants in the template only need to list real wording changes.
 */

import { memoize } from '../memo';

/** Traditional → simplified, for the template vocabulary only (spec §2.4 item 5). */
const TRADITIONAL_PAIRS =
  '總总體体況况動动開开報报處处請请議议訴诉復复複复覆复題题進进項项條条內内' +
  '發发數数廢废現现規规範范決决許许罰罚強强費费額额單单萬万據据關关' +
  '係系為为於于屬属機机構构組组織织業业會会務务結结轉转辦办區区計计' +
  '這这穩稳護护權权類类過过執执詢询無无沒没製制補补後后確确訪访舉举' +
  '當当獲获繳缴維维糾纠審审經经臺台設设監监問问並并稱称檢检應应對对' +
  '與与從从時时間间責责評评歸归證证';

const TRADITIONAL = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) {
  TRADITIONAL.set(TRADITIONAL_PAIRS[i]!, TRADITIONAL_PAIRS[i + 1]!);
}

/** The 繁体 characters of the template vocabulary, as the inside of a regular-expression class. */
export const TRADITIONAL_CLASS = [...TRADITIONAL.keys()].join('');
const TRADITIONAL_CHARS = new RegExp(`[${TRADITIONAL_CLASS}]`, 'g');

const QUOTES = /[“”"'「」『』‘’]/g;
// Whitespace of every kind, including U+3000, NBSP and zero-width characters.
const SPACES = /[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]+/g;

/** Map 繁体 characters of the template vocabulary to simplified. */
export function toSimplified(text: string): string {
  return text.replace(TRADITIONAL_CHARS, (ch) => TRADITIONAL.get(ch)!);
}

/** The simplified form of one character (itself when it is not a template 繁体 character). */
export function simplifiedChar(ch: string): string {
  return TRADITIONAL.get(ch) ?? ch;
}

/**
 * NFKC, no whitespace, no quotes, simplified characters, spelling variants unified.
 * Punctuation ends up half-width: `（一）` → `(一)`, `：` → `:`, `，` → `,`.
 */
export const normalizeLabel = memoize(normalizeUncached, 4096, 120);

function normalizeUncached(text: string): string {
  return toSimplified(text.normalize('NFKC').replace(SPACES, '').replace(QUOTES, ''))
    .replace(/或者/g, '或')
    .replace(/反覆/g, '反复')
    .replace(/合计/g, '总计')
    .replace(/钩稽/g, '勾稽');
}

/**
 * The first `n` characters of `normalizeLabel(text)` without normalising the whole line (a
 * paragraph's opening words, read on every keystroke for every line of a section). Each step
 * of the normalisation looks at a few characters at most, so the opening of a long enough
 * prefix is the opening of the whole line; the prefix is short enough to be memoised.
 */
export function normalizedOpening(text: string, n: number): string {
  for (let len = 4 * n; len < text.length; len *= 4) {
    const head = normalizeLabel(text.slice(0, len));
    // A margin past `n`: the cut may split a pair such as 合|计 or a surrogate pair.
    if (head.length >= n + 8) return head.slice(0, n);
  }
  return normalizeLabel(text).slice(0, n);
}

/** A leading enumerator such as `(一)`, `1.`, `1、`, `(1)`, `一、` (after normalisation). */
const ENUMERATOR = /^(?:\(([一二三四五六七八九十\d]{1,3})\)|([\d]{1,2})[.、．]|([一二三四五六七八九十]{1,2})[、.．])/;

export interface SplitLabel {
  /** The enumerator's numeral (`一`, `3`), or '' when there is none. */
  enumerator: string;
  /** `paren` for `(一)`/`(1)`, `dot` for `1.`/`一、`. */
  style: 'paren' | 'dot' | '';
  rest: string;
}

/** Split a normalised label into its enumerator and the words after it (spec §2.4 item 4). */
export function splitEnumerator(normalized: string): SplitLabel {
  const m = ENUMERATOR.exec(normalized);
  if (!m) return { enumerator: '', style: '', rest: normalized };
  const enumerator = m[1] ?? m[2] ?? m[3] ?? '';
  return { enumerator, style: m[1] !== undefined ? 'paren' : 'dot', rest: normalized.slice(m[0].length) };
}

/** Drop the `的申请数量` / `申请数量` suffixes that some reports add (spec §2.4 item 6). */
export function dropCountSuffix(normalized: string): string {
  return normalized.replace(/(?:的)?申请数量$/, '');
}

/** 繁体 forms by simplified character, for the template vocabulary. */
const VARIANTS = new Map<string, Set<string>>();
for (const [trad, simple] of TRADITIONAL) {
  if (!VARIANTS.has(simple)) VARIANTS.set(simple, new Set([simple]));
  VARIANTS.get(simple)!.add(trad);
}

/** The forms `normalizeLabel` reads as `c`: itself, its 繁体 forms, its full-width form. */
export function looseForms(c: string): Set<string> {
  const forms = new Set(VARIANTS.get(c) ?? [c]);
  const wide = c.charCodeAt(0) >= 0x21 && c.charCodeAt(0) <= 0x7e ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : null;
  if (wide) forms.add(wide);
  return forms;
}

/**
 * A regular expression that finds any of `phrases` in raw text as `normalizeLabel` would:
 * each character may be its 繁体 form or full-width, with white space between characters.
 * Used to skip, in one cheap scan, text that cannot hold a table at all.
 */
export function looseRegex(phrases: readonly string[], flags = ''): RegExp {
  const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\\-]/g, '\\$&');
  const charClass = (c: string) => {
    const forms = looseForms(c);
    return forms.size === 1 ? escape(c) : `[${[...forms].map(escape).join('')}]`;
  };
  const gap = '[\\s\\u3000]*';
  return new RegExp(phrases.map((p) => [...p].map(charClass).join(gap)).join('|'), flags);
}

/** A test of one line of text. */
export interface LineTest {
  test(line: string): boolean;
}

/**
 * `looseRegex(phrases).test`, faster on lines that hold none of the phrases: an alternation
 * of forty phrases is tried at every character of every line (most of a table reader's scan
 * of a large document). Here only characters that can begin a phrase are tried, with the
 * same expression made sticky at that place.
 */
export function looseMatcher(phrases: readonly string[]): LineTest {
  const sticky = looseRegex(phrases, 'y');
  const first = new Uint8Array(0x10000);
  for (const p of phrases) for (const f of looseForms([...p][0]!)) first[f.charCodeAt(0)] = 1;
  return {
    test(line: string): boolean {
      for (let i = 0; i < line.length; i++) {
        if (first[line.charCodeAt(i)] !== 1) continue;
        sticky.lastIndex = i;
        if (sticky.test(line)) return true;
      }
      return false;
    },
  };
}
