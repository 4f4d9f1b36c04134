/**
 * D-DEADLINE: a report published after its deadline. 条例第四十九条: a department publishes last
 * year's report by 1月31日; 第五十条 (with 第四十九条第二款): a people's government by 3月31日.
 * The publication date comes from the source (a web page's `PubDate` through the importer, as
 * `CheckOptions.published`) or from a 发布时间/发布日期 line above the report's first section —
 * never from a file's creation date, which says when the file was made, not when it was published.
 */
import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { isPeoplesGovernment } from '../rule-helpers/agency';
import type { ReportModel } from '../model';
import type { Range } from '../types';

/** Month and day (`MM-DD`) in the year after the report's year; a locality may set its own. */
export interface PublicationDeadlines {
  department: string;
  government: string;
}

export const DEFAULT_DEADLINES: PublicationDeadlines = { department: '01-31', government: '03-31' };

const msg = defineMessages({
  late: {
    'zh-CN': '本报告发布于 {published}，晚于{kind}年度报告的公布期限 {deadline}（《政府信息公开条例》{article}）',
    en: 'Published on {published}, after the deadline {deadline} for a {kindEn} annual report (OGI Regulations {articleEn})',
  },
});

const STATED = /(?:发布|公布|发表)(?:日期|时间)\s*[:：]\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A 发布时间/发布日期 line before the first section (as a copied web page has it), with where it is. */
export function statedPublication(model: ReportModel): { date: string; range: Range } | null {
  const end = model.sections.length ? model.sections[0]!.headingRange.start.line : Math.min(model.lines.length, 10);
  for (let line = 0; line < end; line++) {
    const m = STATED.exec(model.lines[line]!);
    const date = m && iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) return { date, range: { start: { line, character: m.index }, end: { line, character: m.index + m[0].length } } };
  }
  return null;
}

function validMonthDay(s: string | undefined, fallback: string): string {
  return s && /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(s) ? s : fallback;
}

export default defineRule({
  meta: {
    code: 'D-DEADLINE',
    title: { 'zh-CN': '年度报告应按期公布', en: 'Publish the annual report by the deadline' },
    description: {
      'zh-CN':
        '《政府信息公开条例》第四十九条、第五十条：县级以上人民政府部门应在每年1月31日前公布本机关上一年度的年度报告，人民政府（由其政府信息公开工作主管部门）应在每年3月31日前公布本级政府上一年度的年度报告。来源给出发布日期时（网页的 PubDate 等元数据，或正文前的“发布时间：”），晚于期限即提示。PDF 的创建日期不算发布日期。各地另有规定的，期限可在选项中设置。',
      en: 'OGI Regulations Art. 49 and 50: a department publishes its annual report for the previous year by 31 January, a people\'s government by 31 March. When the source states a publication date (a web page\'s PubDate metadata, or a "发布时间：" line before the report), a later date is reported. A PDF\'s creation date is not a publication date. Localities with other deadlines can configure them.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['year'],
    example: '发布时间：2025-02-20（2024年度部门年报，期限为2025-01-31）',
  },
  check(ctx) {
    const { model } = ctx;
    if (model.year === null) return;
    const stated = statedPublication(model);
    const published = ctx.published && /^\d{4}-\d{2}-\d{2}$/.test(ctx.published) ? ctx.published : stated?.date;
    if (!published) return;
    const government = isPeoplesGovernment(model);
    const monthDay = government
      ? validMonthDay(ctx.deadlines?.government, DEFAULT_DEADLINES.government)
      : validMonthDay(ctx.deadlines?.department, DEFAULT_DEADLINES.department);
    const deadline = `${model.year + 1}-${monthDay}`;
    if (published <= deadline) return;
    const range = stated && stated.date === published ? stated.range : (model.title?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    ctx.report({
      message: msg(ctx.locale, 'late', {
        published,
        deadline,
        kind: government ? '人民政府' : '部门',
        kindEn: government ? "people's government" : 'department',
        article: government ? '第五十条' : '第四十九条',
        articleEn: government ? 'Art. 50' : 'Art. 49',
      }),
      range,
    });
  },
});
