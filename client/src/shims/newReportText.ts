/**
 * The client bundle's `newReportText`: the blank report the command "新建政府信息公开年报" opens,
 * made by the core's `core/skeleton.ts` from the template — evaluated once at build time
 * (scripts/build.mjs defines `OGI_REPORT_SKELETON`), so the client carries the text (3 KB) and
 * not the template's tables and code (11 KB). test/editor/client-shims.test.ts compares it with
 * the core's for every year and line ending.
 */
import type { NewReportOptions } from '../../../server/src/core/skeleton';

/** The core's blank report without its title's agency and year, and the placeholder agency. */
export interface SkeletonText {
  agency: string;
  afterYear: string;
}

declare const OGI_REPORT_SKELETON: SkeletonText;

/** What the build defines `OGI_REPORT_SKELETON` as: the title is `${agency}${year}年…`, the rest is the same every year. */
export function skeletonText(coreNewReportText: (options: NewReportOptions) => string, placeholderAgency: string): SkeletonText {
  const year = 1234;
  const blank = coreNewReportText({ year, agency: '', eol: '\n' });
  if (!blank.startsWith(String(year))) throw new Error('newReportText: the title no longer starts with the agency and the year');
  return { agency: placeholderAgency, afterYear: blank.slice(String(year).length) };
}

export function newReportText(options: NewReportOptions = {}): string {
  const year = options.year ?? new Date().getFullYear() - 1;
  const agency = options.agency ?? OGI_REPORT_SKELETON.agency;
  const text = `${agency}${year}${OGI_REPORT_SKELETON.afterYear}`;
  return options.eol && options.eol !== '\n' ? text.split('\n').join(options.eol) : text;
}
