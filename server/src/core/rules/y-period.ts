import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { allBlocks } from '../narrative/prose';
import { statedPeriod } from '../narrative/years';

const msg = defineMessages({
  message: {
    'zh-CN': '统计期限写为“{stated}”，应为 {year}年1月1日至{year}年12月31日',
    en: 'The statistics period is given as "{stated}"; it should be 1 January to 31 December {year}',
  },
});

export default defineRule({
  meta: {
    code: 'Y-PERIOD',
    title: { 'zh-CN': '统计期限为报告年度全年', en: 'The statistics period is the reporting year' },
    description: {
      'zh-CN': '年报的统计期限是报告年度的 1 月 1 日至 12 月 31 日（条例第四十九条所说的“上一年度”）。报告写明统计期限（“本报告所列数据的统计期限自……起至……止”）而起止日期不是报告年度全年时，多半是沿用了往年文字，给出警告。',
      en: 'The statistics period of an annual report is 1 January to 31 December of the reporting year (the "previous year" of Art. 49). A stated period that is not that year was most likely copied from an older report, so this is a warning.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['year'],
    example: '本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。   ← 2024 年度报告',
  },
  check(ctx) {
    const { model, locale } = ctx;
    const year = model.year;
    if (year === null) return;
    const p = statedPeriod(allBlocks(model));
    if (!p?.start) return;
    const startOk = p.start.year === year && p.start.month === 1 && p.start.day === 1;
    const endOk = !p.end || ((p.end.year === null || p.end.year === year) && p.end.month === 12 && p.end.day === 31);
    if (startOk && endOk) return;
    ctx.report({
      message: msg(locale, 'message', { stated: p.text, year }),
      range: !startOk ? p.startYearRange : p.endRange ?? p.range,
    });
  },
});
