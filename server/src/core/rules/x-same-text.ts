import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { fileLabel } from '../last-year';
import { diceSimilarity, sectionText } from '../narrative/similarity';

const msg = defineMessages({
  message: {
    'zh-CN': '第{section}部分与上年报告（{file} 第 {line} 行起）的文字相似度为 {pct}%，可能内容雷同',
    en: 'Section {section} is {pct}% similar to last year\'s report ({file}, from line {line}); the text may have been reused',
  },
  related: { 'zh-CN': '上年报告第{section}部分', en: 'Section {section} of last year\'s report' },
});

/** Similarity from which two sections count as the same text (spec §3.4: about 0.8). */
export const SAME_TEXT_THRESHOLD = 0.8;
/** Sections shorter than this (normalised characters) are not compared: `无。` is the same every year. */
const MIN_LENGTH = 40;

export default defineRule({
  meta: {
    code: 'X-SAME-TEXT',
    title: { 'zh-CN': '总体情况、存在问题与上年不雷同', en: 'Sections 1 and 5 are not last year\'s text' },
    description: {
      'zh-CN':
        '2021 年版格式的“明确责任”部分把“内容雷同”列为问题。把本报告“一、总体情况”和“五、存在的主要问题及改进情况”与同一机关上一年度报告的对应部分比较（去掉空白、标点并忽略数字后的字符二元组 Dice 相似度），达到 80% 时给出提示，并指出上年报告的文件和行号。上一年度报告需在编辑器中打开、放在同一文件夹中，或在命令行一并检查；按标题中的机关名称和年份配对。',
      en: 'The 2021 format names "identical content" as a failing. Sections 1 and 5 are compared with the same sections of the agency\'s previous report (character-bigram Dice similarity after removing spaces and punctuation and ignoring digits); at 80% or more an info names last year\'s file and line. Last year\'s report is found when it is open in the editor, lies in the same folder, or is given on the command line (paired by agency name and year).',
    },
    severity: 'info',
    fix: 'none',
    tags: ['cross-year', 'narrative'],
    example: '五、存在的主要问题及改进情况\n（与上年报告第五部分逐字相同，仅年份不同）',
  },
  check(ctx) {
    const { model, locale } = ctx;
    const prev = ctx.lastYear;
    if (!prev) return;
    const file = fileLabel(prev.uri);
    // This report's sections as the run's first pass normalised them, when it did.
    const own = ctx.summary?.sections;
    for (const id of ['一', '五'] as const) {
      const here = model.sections.find((s) => s.id === id);
      const there = prev.sections.get(id);
      if (!here || !there) continue;
      const a = own?.get(id)?.text ?? sectionText(model, here);
      const b = there.text;
      if (a.length < MIN_LENGTH || b.length < MIN_LENGTH) continue;
      const sim = diceSimilarity(a, b);
      if (sim < SAME_TEXT_THRESHOLD) continue;
      ctx.report({
        message: msg(locale, 'message', { section: id, file, line: there.headingRange.start.line + 1, pct: Math.round(sim * 100) }),
        range: here.headingRange,
        relatedInformation: [{ uri: prev.uri, range: there.headingRange, message: msg(locale, 'related', { section: id }) }],
      });
    }
  },
});
