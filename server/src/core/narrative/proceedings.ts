/**
 * Which of table 四's proceedings a sentence speaks of at a point (spec §2.3, §4.5): the one it
 * named last before that point. `政府信息公开行政复议 351 件，其中结果维持 72 件` is about 行政复议;
 * `行政诉讼 46 件，其中结果维持 25 件` about both litigation groups together (the report has no
 * litigation total: the prose's count is 未经复议直接起诉 + 复议后起诉, as real/003 shows).
 * `行政复议、行政诉讼均未被纠错` names two at once.
 *
 * Patterns run on folded text (half-width, simplified; `prose.ts`).
 */
import type { T4Proceeding } from '../template/table4';

export type DisputeGroup = T4Proceeding;

/** The words that name a proceeding; 法院 names litigation (`经法院判决`). */
const NAMES = /行政复议|复议|行政诉讼|诉讼|应诉|起诉|法院/g;

/**
 * What joins two proceedings named as one subject: `行政复议、行政诉讼`, `行政复议和行政诉讼`,
 * `行政复议 2 件、行政诉讼 2 件，均未被纠正`.
 */
const JOINED = /^(?:案件)?(?:\s*\d+\s*[件起])?[、和及与或]$/;

/**
 * One litigation group named on its own (`复议后起诉 1 件`, `未经复议直接起诉的案件`): the
 * sentence is not about litigation as a whole, and its figures are left alone.
 */
const ONE_GROUP = /复议后|未经|直接起诉/;

/**
 * The proceedings `lead` (a sentence up to the point in question) names last: one, two when the
 * last two are joined as one subject, none when it names none or one litigation group only.
 */
export function disputeGroupsBefore(lead: string): DisputeGroup[] {
  const found: { group: DisputeGroup; start: number; end: number }[] = [];
  NAMES.lastIndex = 0;
  for (let m = NAMES.exec(lead); m !== null; m = NAMES.exec(lead)) {
    found.push({ group: m[0].includes('复议') ? 'rev' : 'lit', start: m.index, end: m.index + m[0].length });
  }
  const last = found[found.length - 1];
  if (!last || (last.group === 'lit' && ONE_GROUP.test(lead))) return [];
  const previous = found[found.length - 2];
  if (previous && previous.group !== last.group && JOINED.test(lead.slice(previous.end, last.start))) return [previous.group, last.group];
  return [last.group];
}
