/**
 * Obvious slips in prose: a word typed twice (`资金资金`), a known mistyped word of this kind of
 * report (`不子公开`, `先行有效`, `行政法复议` — each seen in published reports), and an ASCII
 * comma between two Chinese characters. Pure: a block in, slips with block offsets out.
 */
import type { ProseBlock } from './prose';
import { OwnedKeyMemo } from '../memo';
import { execAll } from '../text';

export type SlipKind = 'repeat' | 'known' | 'comma';

export interface Slip {
  kind: SlipKind;
  start: number;
  end: number;
  /** The text as written. */
  found: string;
  /** What it most likely should be. */
  suggestion: string;
}

/**
 * Mistypes seen in real reports: the wrong form and the word meant. `anchor` is a literal every
 * match contains: a block without it is not searched (most blocks hold none of them).
 */
const KNOWN: readonly { anchor: string; wrong: RegExp; right: string }[] = [
  { anchor: '不子公开', wrong: /不子公开/g, right: '不予公开' },
  { anchor: '先行有效', wrong: /先行有效/g, right: '现行有效' },
  { anchor: '行政法复议', wrong: /行政法复议/g, right: '行政复议' },
  { anchor: '审查管', wrong: /审查管(?!理|控|辖)/g, right: '审查管理' },
  // The literal first, then the look back for 因: a look-behind at the head is tried at every position.
  { anchor: '印发', wrong: /印发(?<=因[^。，,；;]{0,12}印发)(?=的?(?:行政复议|行政诉讼|复议|诉讼))/g, right: '引发' },
  { anchor: '财政全融', wrong: /财政全融/g, right: '财政金融' },
  { anchor: '政府信息信息', wrong: /政府信息信息/g, right: '政府信息' },
  { anchor: '依申请申请', wrong: /依申请申请/g, right: '依申请' },
];

const ANY_ANCHOR = new RegExp(KNOWN.map((k) => k.anchor).join('|'));

const CJK = '\\u3400-\\u9fff';
/** Two to four Chinese characters typed twice in a row (not one character doubled: 天天, 一一). */
const REPEAT = new RegExp(`([${CJK}]{2,4})\\1`, 'g');
/** Repetitions that are words: 一一对应, 看一看 are not matched; these doubled words are. */
const REAL_REPEATS = new Set(['谢谢', '常常', '研究研究', '讨论讨论']);
const ASCII_COMMA = new RegExp(`(?<=[${CJK}])\\s?,\\s?(?=[${CJK}])`, 'g');

/**
 * The slips of a block (offsets in the block). A block's slips depend on its text alone (its
 * folded form is `foldText` of it), so they are found once per distinct paragraph: a keystroke
 * re-reads the paragraph it changed. The arrays are shared: callers read them only.
 */
export function slipsOf(block: ProseBlock): readonly Slip[] {
  return slipsOfText.get(block.text, () => findSlips(block.text, block.folded));
}

const slipsOfText = new OwnedKeyMemo<Slip[]>(2048, 20_000);

function findSlips(text: string, f: string): Slip[] {
  const out: Slip[] = [];
  for (const m of execAll(REPEAT, f)) {
    const unit = m[1]!;
    // 一一, 天天: one character doubled is a word; so is a unit made of one repeated character.
    if (new Set(unit).size === 1 || REAL_REPEATS.has(m[0])) continue;
    out.push({ kind: 'repeat', start: m.index, end: m.index + m[0].length, found: text.slice(m.index, m.index + m[0].length), suggestion: unit });
  }
  // One scan for all anchors first: most paragraphs hold none of them.
  if (ANY_ANCHOR.test(f)) for (const k of KNOWN) {
    if (!f.includes(k.anchor)) continue;
    for (const m of execAll(k.wrong, f)) out.push({ kind: 'known', start: m.index, end: m.index + m[0].length, found: text.slice(m.index, m.index + m[0].length), suggestion: k.right });
  }
  // Folding keeps full-width commas apart: `folded` maps ， to ,, so read the commas in the text as written.
  if (text.includes(',')) for (const m of execAll(ASCII_COMMA, text)) out.push({ kind: 'comma', start: m.index, end: m.index + m[0].length, found: m[0], suggestion: '，' });
  return out.sort((a, b) => a.start - b.start);
}
