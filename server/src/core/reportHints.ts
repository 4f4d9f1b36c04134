/**
 * A first look at a text, far cheaper than a parse: could it be a report? The editor's
 * bootstrap (client/src/bootstrap.ts) asks this of every plain-text and Markdown document before
 * it loads the language client and starts the server; `isLikelyReport` (the server's test) and
 * `readsLikeReport` (the CLI's) in outline.ts decide for real.
 *
 * It must never say no where they would say yes. Each of their ways to say yes needs one of
 * these phrases in the text, in the form that way reads it:
 * - `isLikelyReport`: 政府信息公开 in the text as `normalizeLabel` leaves it (NFKC, 繁体 made
 *   simplified, white space and quotes dropped) — `normalised`;
 * - `readsLikeReport`: 报告 or 年报 in the title, or 政府信息公开, as written — `written`; or a
 *   table with a number, and each table reader returns nothing unless a line holds one of its
 *   anchor phrases (`looseMatcher` over these template lists: table 二's row names and 第二十条,
 *   table 三's row phrases, table 四's group headers; 繁体 or full-width characters, white space
 *   between them) — `anchors`.
 * The test looks for any phrase with each character in any of its forms and any run of the
 * characters `normalizeLabel` drops (white space, zero-width characters, quotes) between them. test/editor/bootstrap.test.ts holds it to both functions on
 * every fixture text and on their 繁体, spaced and compatibility-character variants.
 */
import { T2_ROWS } from './template/table2';
import { T3_ROWS } from './template/table3';
import { T4_GROUP_HEADERS } from './template/table4';
import { looseForms, TRADITIONAL_CLASS, toSimplified } from './template/normalize';

export const REPORT_HINTS = {
  normalised: ['政府信息公开'],
  written: ['报告', '年报'],
  anchors: shortest(['第二十条', ...T2_ROWS.flatMap((r) => r.names), ...T3_ROWS.flatMap((r) => r.keyPhrases), ...Object.keys(T4_GROUP_HEADERS)]),
} as const satisfies Record<string, readonly string[]>;

/** Phrases none of which holds another (a text holding the longer one holds the shorter). */
function shortest(phrases: string[]): string[] {
  const unique = [...new Set(phrases.filter((p) => p.length > 0))];
  return unique.filter((p) => !unique.some((q) => q !== p && p.includes(q)));
}

/**
 * Where Unicode keeps the characters that NFKC maps to a CJK ideograph, a space or a quote
 * (radicals, enclosed and compatibility ideographs, full-width forms), besides the 繁体
 * characters `normalizeLabel` maps. Scanning these, not all 1.1 million code points, keeps the
 * build fast; the test compares the result with a scan of every code point.
 */
export const SCANNED_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x00ff],
  [0x1680, 0x1680],
  [0x2000, 0x206f],
  [0x2e80, 0x33ff],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xfeff, 0xfeff],
  [0xff00, 0xffef],
  [0x1f100, 0x1f2ff],
  [0x2f800, 0x2fa1f],
];

/** What `normalizeLabel` drops: white space of every kind and quotes (its SPACES and QUOTES). */
const DROPPED = /^[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff“”"'「」『』‘’]+$/;

/**
 * Each character of the `normalised` phrases → every code point `normalizeLabel` reads as it;
 * and every code point it drops.
 */
export function normalisedForms(ranges: readonly (readonly [number, number])[] = SCANNED_RANGES): { forms: Map<string, Set<string>>; gap: Set<string> } {
  const forms = new Map<string, Set<string>>();
  for (const p of REPORT_HINTS.normalised) for (const c of p) forms.set(c, new Set([c]));
  const gap = new Set<string>();
  const see = (s: string) => {
    const n = toSimplified(s.normalize('NFKC'));
    forms.get(n)?.add(s);
    if (DROPPED.test(n)) gap.add(s);
  };
  for (const [from, to] of ranges) for (let cp = from; cp <= to; cp++) if (cp < 0xd800 || cp > 0xdfff) see(String.fromCodePoint(cp));
  for (const c of TRADITIONAL_CLASS) see(c);
  return { forms, gap };
}

/** What `\s` matches (all of it is in the Basic Multilingual Plane). */
function whiteSpace(): string[] {
  const out: string[] = [];
  for (let cp = 0; cp <= 0xffff; cp++) if (/\s/.test(String.fromCharCode(cp))) out.push(String.fromCharCode(cp));
  return out;
}

/**
 * A character class of these characters for a `u` expression: `\s` when it holds all white
 * space, runs of three or more code points as ranges, sorted (the text is the same every build).
 */
function charClass(chars: Iterable<string>): string {
  const set = new Set(chars);
  const spaces = whiteSpace();
  const allSpace = spaces.every((c) => set.has(c));
  if (allSpace) for (const c of spaces) set.delete(c);
  const points = [...set].map((c) => c.codePointAt(0)!).sort((a, b) => a - b);
  const one = (cp: number) => {
    const c = String.fromCodePoint(cp);
    return /[\\\]\[^-]/.test(c) ? `\\${c}` : /[\u0000-\u001f\u007f-\u00a0\u2000-\u206f\ufeff]/.test(c) ? `\\u{${cp.toString(16)}}` : c;
  };
  const parts: string[] = allSpace ? ['\\s'] : [];
  for (let i = 0; i < points.length; ) {
    let j = i;
    while (j + 1 < points.length && points[j + 1] === points[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${one(points[i]!)}-${one(points[j]!)}` : points.slice(i, j + 1).map(one).join(''));
    i = j + 1;
  }
  const body = parts.join('');
  return parts.length === 1 && [...body].length === 1 ? body : `[${body}]`;
}

export interface HintSources {
  /** The phrases, `|` between them, each character a CJK character or a class of its forms (flag `u`). */
  phrases: string;
  /** One character `normalizeLabel` drops (a character class, flag `u`). */
  gap: string;
}

/**
 * The phrases' and the gap's text. The build evaluates this once and gives the bootstrap the text
 * (about 1 KB), not the template; the bootstrap's `reportTest` (client/src/lazy.ts) uses it.
 */
export function reportHintSources(): HintSources {
  const { forms, gap } = normalisedForms();
  const phrase = (p: string, formsOf: (c: string) => Iterable<string>) => [...p].map((c) => charClass(formsOf(c))).join('');
  const phrases = [
    ...REPORT_HINTS.normalised.map((p) => phrase(p, (c) => forms.get(c)!)),
    ...REPORT_HINTS.written.map((p) => phrase(p, (c) => [c])),
    ...REPORT_HINTS.anchors.map((p) => phrase(p, looseForms)),
  ];
  return { phrases: phrases.join('|'), gap: charClass(gap) };
}
