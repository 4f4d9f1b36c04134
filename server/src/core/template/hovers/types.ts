/** The shape of a hover text, and helpers shared by the hover data files. */
import type { Localized } from '../../i18n/messages';

/** The explanation in both languages, in the one bilingual shape the messages use (`Localized`). */
export interface HoverDoc extends Localized {
  /** Label shown as the hover heading, official wording, e.g. `（四）无法提供 › 1.本机关不掌握相关政府信息` */
  title: string;
  /** Chinese explanation (spec §4 text, verbatim where the spec gives it, 2–4 sentences). Do not include the ◐ mark; where the spec marks ◐, set practice=true and remove the mark from the text. */
  'zh-CN': string;
  /** English translation of the Chinese (faithful, concise). */
  en: string;
  /** 条例 article numbers (Arabic integers) this item cites, e.g. [36] for 第三十六条; [] when none. Only articles of the 条例 (not 立法法/行政复议法 etc). */
  articles: number[];
  /** true when the spec marks (part of) the explanation ◐ (common practice). The UI shows it as “（口径说明）”. */
  practice: boolean;
}

/** Articles `from`…`to` inclusive; the spec cites whole chapters as ranges (第十九条至第二十六条). */
export function span(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Labels several hover titles are built from (the template's own wording), in one place so a wording fix reaches every hover. */
export const S1 = '一、总体情况';
export const G3 = '三、本年度办理结果';
export const G3_3 = '（三）不予公开';
export const G3_4 = '（四）无法提供';
export const G3_5 = '（五）不予处理';
export const G3_6 = '（六）其他处理';
export const REV = '行政复议';
export const LIT = '行政诉讼';
export const ORG = '法人或其他组织';
export const APPLICANT = '申请人情况';

