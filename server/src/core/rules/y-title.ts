import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { agencyName } from '../rule-helpers/agency';

const msg = defineMessages({
  message: { 'zh-CN': '标题中没有年份，应写明报告年度，如“{example}”', en: 'The title has no year; name the reporting year, e.g. "{example}"' },
  year: { 'zh-CN': '；按正文，报告年度为 {year} 年', en: '; the body suggests the reporting year is {year}' },
});

export default defineRule({
  meta: {
    code: 'Y-TITLE',
    title: { 'zh-CN': '标题写明报告年度', en: 'The title names the reporting year' },
    description: {
      'zh-CN': '标题应为“{机关全称}{YYYY}年政府信息公开工作年度报告”。标题没有四位年份时，读者无法确认报告所属年度，各项年份检查也只能依据正文推断，故给出警告。',
      en: 'The title should read "{agency}{YYYY}年政府信息公开工作年度报告". Without a four-digit year the reader cannot tell which year the report covers, and the year checks must guess it from the body, so this is a warning.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['year', 'structure'],
    example: '滠口街道办事处政府信息公开工作年度报告',
  },
  check(ctx) {
    const { model, locale } = ctx;
    const title = model.title;
    // `二〇二四年` is a year too, only not in digits.
    if (!title || title.year !== null || /[〇零一二][〇零一二三四五六七八九]{3}\s*年/.test(title.text)) return;
    const year = model.year;
    const example = `${agencyName(model) || '××'}${year ?? 'YYYY'}年政府信息公开工作年度报告`;
    ctx.report({
      message: msg(locale, 'message', { example }) + (year !== null ? msg(locale, 'year', { year }) : ''),
      range: title.range,
    });
  },
});
