/**
 * Which of table 四's proceedings a sentence speaks of at a point (spec §2.3, §4.5): the one it
 * named last before that point. `政府信息公开行政复议 351 件，其中结果维持 72 件` is about 行政复议;
 * `行政诉讼 46 件，其中结果维持 25 件` about both litigation groups together (the report has no
 * litigation total: the prose's count is 未经复议直接起诉 + 复议后起诉, as real/003 shows);
 * `复议后起诉 2 件，均维持` about one group. `行政复议、行政诉讼均未被纠错` names two at once.
 *
 * Patterns run on folded text (half-width, simplified; `prose.ts`).
 */
import type { T4Proceeding } from '../template/table4';

/** A table-四 group, or `lit`: the two litigation groups together (the prose's 行政诉讼). */
export type DisputeGroup = T4Proceeding;

/**
 * The words that name a proceeding, longest first at each position: `复议后起诉` is litigation,
 * not review; `未经复议直接起诉` is one group. 法院 names litigation (`经法院判决`), 复议机关 review.
 */
const NAMES = /未经(?:行政)?复议(?:直接)?(?:向(?:人民)?法院)?(?:提起)?(?:行政)?(?:起诉|诉讼)|直接(?:向(?:人民)?法院)?(?:提起)?(?:行政)?(?:起诉|诉讼)|(?:经)?(?:行政)?复议后(?:向(?:人民)?法院)?(?:提起)?(?:行政)?(?:起诉|诉讼)|行政复议|复议|行政诉讼|行政应诉|诉讼|应诉|起诉|法院/g;

/**
 * What joins two proceedings named as one subject: `行政复议、行政诉讼`, `行政复议和行政诉讼`,
 * `行政复议 2 件、行政诉讼 2 件，均未被纠正`.
 */
const JOINED = /^(?:案件)?(?:(?:共计|共)?\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:件|起|宗|例))?(?:、|和|及|以及|与|或|或者|\/)$/;
/** A litigation group named as what kind of 行政诉讼 it is: `复议后起诉的行政诉讼`. */
const QUALIFIES = /^的?(?:行政)?$/;

interface Named {
  group: DisputeGroup;
  start: number;
  end: number;
}

function groupOf(name: string): DisputeGroup {
  if (name.startsWith('未经') || name.startsWith('直接')) return 'lit_direct';
  if (/复议后/.test(name)) return 'lit_after';
  if (name.includes('复议')) return 'rev';
  return 'lit';
}

/**
 * The proceedings `lead` (a sentence up to the point in question) names last: one, two when the
 * last two are joined as one subject, none when it names none.
 */
export function disputeGroupsBefore(lead: string): DisputeGroup[] {
  let last: Named | null = null;
  let previous: Named | null = null;
  NAMES.lastIndex = 0;
  for (let m = NAMES.exec(lead); m !== null; m = NAMES.exec(lead)) {
    previous = last;
    last = { group: groupOf(m[0]), start: m.index, end: m.index + m[0].length };
  }
  if (!last) return [];
  if (previous && last.group === 'lit' && previous.group.startsWith('lit_') && QUALIFIES.test(lead.slice(previous.end, last.start))) return [previous.group];
  if (previous && previous.group !== last.group && JOINED.test(lead.slice(previous.end, last.start))) return [previous.group, last.group];
  return [last.group];
}
