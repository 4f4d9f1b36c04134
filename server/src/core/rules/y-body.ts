import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { narrativeBlocks } from '../narrative/prose';
import { PERIOD_SENTENCE, yearMentions, type YearMention } from '../narrative/years';

const msg = defineMessages({
  message: {
    'zh-CN': '第{section}部分出现“{year}年”，与报告年度 {report} 年不符，可能沿用了往年表述',
    en: 'Section {section} mentions the year {year}, but the report is for {report}; the text may be copied from an earlier report',
  },
  next: {
    'zh-CN': '第{section}部分出现“{year}年”（报告年度的下一年）；下一年度的计划宜写在“五、存在的主要问题及改进情况”',
    en: 'Section {section} mentions {year}, the year after the report; plans for next year belong in section 5',
  },
});

/** Words that make last year's number a comparison or a reference, not a stale date. */
const PREVIOUS_OK = /上年|上一年|去年|同比|较|比|相比|决算|结转|以来|至今|年度报告|年报/;
/** Words that make next year's number a plan or a carry-over. */
const NEXT_OK = /结转|顺延|转至|转入|下一?年|预算|计划|将|拟|力争/;
/** Words that make an older year a piece of history. */
const HISTORY_OK = /以来|至今|起|修订|颁布|施行|印发|发布|成立|设立|自|开始|先后|此前|曾|开通|上线|建成|启用|开设|创建|挂牌|组建|改版/;
/**
 * A year that dates an event, not the work reported: `自2023年起`, `于2023年正式开通`,
 * `2023年以来`, `2023年6月上线`. Last year may be dated so in this year's report.
 */
const DATES_AN_EVENT_BEFORE = /(?:自|从|于|始于|早在)\s*$/;
const DATES_AN_EVENT_AFTER = /^\s*年?\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?\s*)?(?:起|以来|开始|至今|正式|建成|开通|上线|启用|成立|挂牌|设立|组建)/;
/** A platform's launch later in the clause: `2023年，区政务服务网正式开通`. */
const LAUNCHED = /^\s*年?[，,\s]*[^，,。；;]{0,24}?(?:正式(?:开通|上线|运行|启用|投入使用)|开通运行|建成投用|上线运行)/;
/** `截至2025年1月15日` in a 2024 report: the day the figures were taken, early next year. */
const TAKEN_ON_BEFORE = /(?:截至|截止|截止到|截至到|数据截至)\s*$/;
const EARLY_IN_YEAR = /^\s*年?\s*[1-3]\s*月/;

/** The sentence after the year's digits (the 16-character `after` may cut a clause short). */
function afterInSentence(m: YearMention): string {
  const at = m.sentence.indexOf(m.before + String(m.year));
  return at < 0 ? m.after : m.sentence.slice(at + m.before.length + 4);
}

function allowed(m: YearMention, year: number): boolean {
  const around = m.before + m.after;
  if (m.year === year || m.year > year + 1) return true;
  if (PERIOD_SENTENCE.test(m.sentence)) return true;
  if (m.year < year && (DATES_AN_EVENT_BEFORE.test(m.before) || DATES_AN_EVENT_AFTER.test(m.after) || LAUNCHED.test(afterInSentence(m)))) return true;
  if (m.year === year - 1) return PREVIOUS_OK.test(around);
  if (m.year === year + 1) return NEXT_OK.test(around) || (TAKEN_ON_BEFORE.test(m.before) && EARLY_IN_YEAR.test(m.after));
  return HISTORY_OK.test(around);
}

export default defineRule({
  meta: {
    code: 'Y-BODY',
    title: { 'zh-CN': '正文年份与报告年度一致', en: 'Years in the body match the reporting year' },
    description: {
      'zh-CN':
        '第一至第四部分写的是报告年度的工作，其中出现的“YYYY年”应为报告年度。上一年只在比较、决算、结转等语境中出现（“较上年”“同比”“2023年决算”）；下一年只在结转、计划语境中出现，下一年度的计划应写在第五部分。书名号内的文件名、〔2021〕一类文号、年份区间（“2021—2025年”）、统计期限句、标明事件时间的年份（“自2019年起”“2023年以来”“于2019年正式开通”“2022年建成投用”）和数据截取日期（“截至2025年1月10日”）不检查。其他年份多半是沿用往年报告文字，给出警告。',
      en: 'Sections 1–4 report on the reporting year, so a "YYYY年" there should be that year. Last year may appear only in comparisons, final accounts or carry-overs; next year only with carry-overs or plans (which belong in section 5). Document names in 《》, document numbers such as 〔2021〕, year ranges (2021—2025年), the statistics-period sentence, years that date an event (自2019年起, 2023年以来, 于2019年正式开通) and the day the figures were taken (截至2025年1月10日) are skipped. Any other year was most likely copied from an older report, so this is a warning.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['year', 'narrative'],
    example: '（二）主动公开政府信息的主要类别 2023年，在主动公开的61条政府信息中……   ← 2024 年度报告',
  },
  check(ctx) {
    const { model, locale } = ctx;
    const year = model.year;
    if (year === null) return;
    for (const block of narrativeBlocks(model)) {
      for (const m of yearMentions(block)) {
        if (allowed(m, year)) continue;
        const section = m.section ?? '一';
        ctx.report({
          message: msg(locale, m.year === year + 1 ? 'next' : 'message', { section, year: m.year, report: year }),
          range: m.range,
        });
      }
    }
  },
});
