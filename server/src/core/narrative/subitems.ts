/**
 * Whether 一、总体情况 covers each of its five sub-items (spec §1.3) however the report writes
 * them: a heading of any level, a paragraph or numbered point (`（七）持续推进政务新媒体发展`,
 * `二是…`), or prose (`在依申请公开方面`). Reports use their own words (`公开平台阵地建设`,
 * `依法依规答复政府信息公开申请`), so each sub-item is recognised by what its work is about.
 * Only the places where a report names what a part is about are read: a website mentioned in
 * passing inside the 主动公开 paragraph does not make a 平台建设 part.
 */
import type { ReportModel } from '../model';
import { OVERVIEW_SUBITEMS, type SubItemDef } from '../template/sections';
import { foldText } from './prose';
import { ownCopy, StringCache } from '../memo';
import { execAll } from '../text';

/**
 * Words specific to a sub-item's work: anywhere in section 一 they mean the report wrote about it.
 * (Platforms are named everywhere — `在门户网站公开` — so for them only the building counts here.)
 */
const ANYWHERE: Record<string, RegExp> = {
  's1.1': /主动公开|公开政府信息|法定公开/,
  's1.2': /依申请|公开申请|申请公开/,
  's1.3': /信息管理|发布审核|审核发布|保密审查|审查制度|审核制度|三审|先审后发|审核把关|公开属性|信息清理|文件清理|公开目录|公开指南|源头管理/,
  's1.4': /(?:平台|载体|阵地|网站|新媒体|专栏|专区)[^。；;，,]{0,4}(?:建设|维护|运维|改版|升级|优化|整合)|(?:建设|维护|运维|改版|升级|整合)[^。；;，,]{0,6}(?:平台|网站|新媒体|专栏|专区)/,
  's1.5': /监督|考核|考评|培训|督查|评议|问责|责任追究/,
};

/** Words that make a part about a sub-item where a report names what the part is about. */
const PART: Record<string, RegExp> = {
  's1.3': /管理/,
  's1.4': /平台|载体|阵地|网站|新媒体|公众号|专栏|专区|查阅点|查阅场所/,
};

/** Numbered parts run into one paragraph: （三）, 3. (not the 一是/二是 points inside a part). */
const POINT = /(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|(?<![\d.])\d{1,2}[.、．](?!\d))/g;
const SITE_LENGTH = 24;

/** A part's name ends at its first colon or full stop (`（三）政府信息管理：一是开展网站监测`). */
const nameOf = (text: string) => text.slice(0, SITE_LENGTH).split(/[：:。；;！!]/)[0]!;

/** The places a report names what a part is about: line and point openings, `在…方面`, `…方面`. */
function topicSites(body: string): string[] {
  const sites: string[] = [];
  for (const raw of body.split('\n')) {
    const line = raw.replace(/^[\s#]+/, '');
    sites.push(nameOf(line));
    for (const m of execAll(POINT, line)) sites.push(nameOf(line.slice(m.index + m[0].length)));
    // A plain search: an expression literal here would be a new object per line, and matchAll copies it again.
    for (let at = line.indexOf('方面'); at >= 0; at = line.indexOf('方面', at + 2)) sites.push(line.slice(Math.max(0, at - 16), at));
  }
  return sites;
}

/** The sub-items 一、总体情况 does not name as a part anywhere. */
export function uncoveredSubitems(model: ReportModel): SubItemDef[] {
  const s = model.sections.find((x) => x.id === '一');
  if (!s) return [];
  const found = new Set(model.subHeadings.filter((h) => h.section === '一' && h.id).map((h) => h.id));
  const body = model.lines.slice(s.bodyStartLine, s.endLine + 1).join('\n');
  const named = namedInBody(body);
  return OVERVIEW_SUBITEMS.filter((sub) => !found.has(sub.id) && !named.has(sub.id));
}

/**
 * The sub-items section 一's text names (its headings aside): a function of the text alone, so
 * kept for the last few texts — a keystroke elsewhere in the report does not read 一 again.
 */
const bodyCache = new StringCache<ReadonlySet<string>>(8, 4_000_000);

function namedInBody(raw: string): ReadonlySet<string> {
  const hit = bodyCache.get(raw);
  if (hit) return hit;
  const body = foldText(raw).replace(/[ \t]+/g, '');
  const sites = topicSites(body);
  const named = new Set(
    OVERVIEW_SUBITEMS.filter(
      (sub) => sub.keyPhrases.some((k) => body.includes(k)) || !!ANYWHERE[sub.id]?.test(body) || sites.some((site) => !!PART[sub.id]?.test(site)),
    ).map((sub) => sub.id),
  );
  bodyCache.set(ownCopy(raw), named);
  return named;
}
