/**
 * Whether 一、总体情况 covers each of its five sub-items (spec §1.3) however the report writes
 * them: a heading of any level, a paragraph opening, or prose (`在依申请公开方面`, `公开平台阵地
 * 建设`, `依法依规答复政府信息公开申请`). Reports use their own words, so each sub-item is
 * recognised by the things its work is about, not by the template's title alone.
 */
import type { ReportModel } from '../model';
import { OVERVIEW_SUBITEMS, type SubItemDef } from '../template/sections';
import { foldText } from './prose';

/** What the work of each sub-item is about, beyond its title's words. */
const TOPICS: Record<string, RegExp> = {
  's1.1': /主动公开|公开政府信息\d|发布政府信息|公开各类信息|信息公开\d/,
  's1.2': /依申请|公开申请|申请公开|申请人|申请渠道|申请办理/,
  's1.3': /信息管理|发布审核|保密审查|审查制度|审核制度|公开属性|三审|信息清理|文件清理|规范性文件清理|动态更新|动态调整|公开目录|公开指南|源头管理/,
  's1.4': /平台|网站|门户|新媒体|公众号|政务微博|专栏|栏目|阵地|公开查阅点|查阅场所/,
  's1.5': /监督|保障|考核|考评|培训|督查|督促|检查|评议|问责|责任追究|组织领导|工作机制/,
};

/** The sub-items 一、总体情况 does not cover anywhere in its text. */
export function uncoveredSubitems(model: ReportModel): SubItemDef[] {
  const s = model.sections.find((x) => x.id === '一');
  if (!s) return [];
  const found = new Set(model.subHeadings.filter((h) => h.section === '一' && h.id).map((h) => h.id));
  const body = foldText(model.lines.slice(s.bodyStartLine, s.endLine + 1).join('\n')).replace(/\s+/g, '');
  return OVERVIEW_SUBITEMS.filter((sub) => !found.has(sub.id) && !sub.keyPhrases.some((k) => body.includes(k)) && !TOPICS[sub.id]?.test(body));
}
