/**
 * Last year's report of the same agency among the other open reports (spec §3.4): same
 * agency key, reporting year one less, and not this document itself.
 */
import type { ReportModel } from '../model';
import type { OtherReport, RuleContext } from '../rules/rule';
import { normalizeLabel } from '../template/normalize';

const AGENCY_WORDS = /人民政府|政府|局|委员会|委|办公室|办事处|街道|乡|镇|区|县|市|中心|厅|署|院/;

/**
 * The agency key of a report: the parser's `title.agencyKey`, or, when the title line is only
 * `2023 年政府信息公开工作年度报告` (PDF layouts put the agency on the line above), that line.
 */
export function agencyKeyOf(model: ReportModel): string {
  const title = model.title;
  if (!title) return '';
  if (title.agencyKey) return title.agencyKey;
  for (let i = title.range.start.line - 1; i >= Math.max(0, title.range.start.line - 3); i--) {
    const line = normalizeLabel(model.lines[i] ?? '').replace(/^#+/, '');
    if (!line) continue;
    if (line.length <= 40 && !/\d/.test(line) && AGENCY_WORDS.test(line)) return line;
    break;
  }
  return '';
}

/** The file name at the end of a URI or path, for messages. */
export function fileLabel(uri: string): string {
  const last = uri.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * Same agency: equal keys, or one key is the other with a higher-level place in front
 * (`淮安市洪泽区人民政府` and `洪泽区人民政府`). The shorter key must still name a place (≥ 6
 * characters), so a bare `财政金融局` does not pair two localities' bureaus.
 */
export function sameAgency(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 6 && long.endsWith(short);
}

/** Last year's report of the same agency, or null. Several candidates: the first by URI. */
export function previousReport(ctx: RuleContext): OtherReport | null {
  const { model } = ctx;
  const key = agencyKeyOf(model);
  if (!key || model.year === null) return null;
  const selfUri = ctx.uri;
  const candidates = ctx.others
    .filter((o) => o.model !== model && o.model.text !== model.text && (selfUri === undefined || o.uri !== selfUri))
    .filter((o) => o.model.year === model.year! - 1 && sameAgency(agencyKeyOf(o.model), key))
    .sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  return candidates[0] ?? null;
}
