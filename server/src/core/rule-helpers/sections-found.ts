/**
 * The section headings the parser found, grouped by the section they stand for: the three
 * S-SECTION-* rules read the same grouping (first heading of each section, its repeats).
 */
import type { ReportModel, SectionNode } from '../model';

export function sectionsById(model: ReportModel): Map<string, SectionNode[]> {
  return byModel(model);
}

const cache = new WeakMap<ReportModel, Map<string, SectionNode[]>>();

function byModel(model: ReportModel): Map<string, SectionNode[]> {
  let hit = cache.get(model);
  if (hit) return hit;
  hit = new Map();
  for (const s of model.sections) {
    const list = hit.get(s.id);
    if (list) list.push(s);
    else hit.set(s.id, [s]);
  }
  cache.set(model, hit);
  return hit;
}
