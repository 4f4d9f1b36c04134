/**
 * What kind of agency wrote the report, read from its title. Used by the warnings that
 * depend on level (rule-making power, fee size, the 人民政府 assessment duty).
 */
import type { ReportModel } from '../model';

export type AgencyLevel = 'township' | 'county' | 'city' | 'province' | 'unknown';

const DEPARTMENT = /办公室|局|委员会|委|厅|中心|办事处|管理处|所$/;

/** Several rules ask for the name of one model: read its title once. */
const names = new WeakMap<ReportModel, string>();

export function agencyName(model: ReportModel): string {
  let name = names.get(model);
  if (name === undefined) {
    const t = model.title?.text ?? '';
    name = t.replace(/\s+/g, '').replace(/[12]\d{3}年度?.*$/, '').replace(/政府信息公开.*$/, '') || t;
    names.set(model, name);
  }
  return name;
}

/**
 * The agency's level: a locality's own list first (`overrides`: agency name or a part of it →
 * level, from the config file; the longest name that matches wins), else read from the title.
 */
export function agencyLevel(model: ReportModel, overrides?: Readonly<Record<string, AgencyLevel>>): AgencyLevel {
  return levelOfName(agencyName(model), overrides);
}

/** The level of an agency by its name (the review names agencies whose title line lacks them). */
export function levelOfName(name: string, overrides?: Readonly<Record<string, AgencyLevel>>): AgencyLevel {
  if (overrides) {
    const hit = Object.keys(overrides)
      .filter((k) => k && name.includes(k))
      .sort((a, b) => b.length - a.length)[0];
    if (hit) return overrides[hit]!;
  }
  if (!name) return 'unknown';
  if (/街道|乡|镇/.test(name)) return 'township';
  // Zones such as 综合实验区 or 新区 are not counties, whatever their name ends with.
  if (/实验区|新区|开发区|自治州|自治区/.test(name)) return name.includes('省') ? 'province' : 'city';
  if (/县|区|旗/.test(name)) return 'county';
  if (/市/.test(name)) return 'city';
  if (/省/.test(name)) return 'province';
  return 'unknown';
}

/** A 人民政府 itself (not one of its departments): it must report assessment results (条例第五十条第（四）项). */
export function isPeoplesGovernment(model: ReportModel): boolean {
  return isPeoplesGovernmentName(agencyName(model));
}

export function isPeoplesGovernmentName(name: string): boolean {
  return name.includes('人民政府') && !DEPARTMENT.test(name.replace(/.*人民政府/, ''));
}
