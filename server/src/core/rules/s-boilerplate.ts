import { defineRule, ruleOptions } from './rule';
import { defineMessages } from '../i18n/messages';
import { allBlocks } from '../narrative/prose';
import type { SectionId } from '../template/sections';

const msg = defineMessages({
  thin: {
    'zh-CN': '第{id}部分只有一句话（{chars} 字）：“{text}”；应写明本年度的具体情况',
    en: 'Section {id} is one sentence ({chars} characters): "{text}"; it should state this year\'s particulars',
  },
});

const DEFAULTS = { minChars: 60 } as const;
const TWO_SENTENCES = /[^。！？!?；;][。！？!?；;]+[^。！？!?；;]/;
/** Sections whose body is prose the report writes itself (二–四 are tables; 六 may rightly be 无). */
const PROSE_SECTIONS: readonly SectionId[] = ['一', '五'];

export default defineRule({
  meta: {
    code: 'S-BOILERPLATE',
    title: { 'zh-CN': '总体情况、存在问题不只是一句套话', en: 'Sections 1 and 5 are more than one stock sentence' },
    description: {
      'zh-CN':
        '“一、总体情况”和“五、存在的主要问题及改进情况”应写本年度的具体工作和问题。整个部分的正文只有一句话且不足 minChars 字（默认 60）时给出提示，如“本年度严格按照条例要求开展政府信息公开工作。”。',
      en: 'Sections 1 and 5 should state this year\'s particular work and problems. An info when a whole section is one sentence shorter than minChars characters (default 60), such as "This year we disclosed information as the Regulations require."',
    },
    severity: 'info',
    fix: 'none',
    tags: ['structure', 'narrative'],
    options: DEFAULTS,
    example: '五、存在的主要问题及改进情况\n存在问题：公开工作还有待加强。',
  },
  check(ctx) {
    const opt = ruleOptions(ctx, DEFAULTS);
    const blocks = allBlocks(ctx.model);
    for (const id of PROSE_SECTIONS) {
      const section = ctx.model.sections.find((s) => s.id === id);
      if (!section) continue;
      const text = blocks
        .filter((b) => b.section === id && b.segments[0]!.line > section.headingRange.start.line && b.segments[0]!.line <= section.endLine)
        .map((b) => b.text)
        .join('')
        .replace(/\s+/g, '');
      // An empty section is S-EMPTY's; a section with a table or several sentences has particulars.
      if (!text) continue;
      // Two sentences (text, an end mark, more text) are particulars: tested without splitting a long section.
      if (TWO_SENTENCES.test(text)) continue;
      // A character is at most two UTF-16 units: a long text is long enough without counting
      // (the count splits the text into an array of characters).
      if (text.length >= 2 * opt.minChars) continue;
      const chars = [...text].length;
      if (chars >= opt.minChars) continue;
      ctx.report({ message: msg(ctx.locale, 'thin', { id, chars, text: text.length > 40 ? `${text.slice(0, 40)}…` : text }), range: section.headingRange });
    }
  },
});
