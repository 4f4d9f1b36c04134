/**
 * Whether a report speaks for a 人民政府 as a whole (the region), read from the title or, in PDF
 * layouts, from the agency line above a title that has none. The prose rules use it to tell
 * the government's figures from its office's own (`区政府办代表区政府受理…`).
 */
import type { ReportModel } from '../model';
import { isPeoplesGovernment } from '../rule-helpers/agency';
import { agencyKeyOf } from '../last-year';

const DEPARTMENT_AFTER_GOVERNMENT = /人民政府.*(?:办公室|局|委员会|委|厅|中心|办事处|管理处|所)/;

export function isGovernmentReport(model: ReportModel): boolean {
  if (isPeoplesGovernment(model)) return true;
  const key = agencyKeyOf(model);
  return key.includes('人民政府') && !DEPARTMENT_AFTER_GOVERNMENT.test(key);
}
