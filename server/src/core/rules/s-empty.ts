import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';

const msg = defineMessages({
  message: { 'zh-CN': '第{id}部分没有内容{hint}', en: 'Section {id} is empty{hint}' },
  six: { 'zh-CN': '；没有需要报告的事项也应写“无”', en: '; write "无" if there is nothing to report' },
  headingsOnly: { 'zh-CN': '第{id}部分只有小标题，没有内容', en: 'Section {id} has sub-headings but no content' },
});

/** Sections written in prose: a report must say something in each (条例第五十条). */
const PROSE_SECTIONS = new Set(['一', '五', '六']);

/**
 * A line that is only a sub-heading such as `（一）存在的主要问题` (a template's scaffolding),
 * not `（一）主动公开：本年度……` with its content on the same line.
 */
const HEADING_ONLY = /^[#\s*]*[（(]\s*[一二三四五六七八九十]\s*[)）][^：:。；;，,\n]{0,40}?[*\s：:]*$/;

export default defineRule({
  meta: {
    code: 'S-EMPTY',
    title: { 'zh-CN': '第一、五、六部分不能为空', en: 'Sections 1, 5 and 6 are not empty' },
    description: {
      'zh-CN': '“一、总体情况”要写本年度的工作情况，“五、存在的主要问题及改进情况”要写问题和改进措施，“六、其他需要报告的事项”没有内容时也要写“无”，不能只留标题。只有小标题（如新建模板中的“（一）存在的主要问题”）而没有内容的部分同样视为空。',
      en: 'Section 1 must describe the year\'s work, section 5 the problems and improvements, and section 6 must say at least "无" (none) rather than stay empty. A section with only sub-headings (as in the new-report template) and no content counts as empty.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['structure'],
    example: '五、存在的主要问题及改进情况\n（一）存在的主要问题\n（二）改进情况\n六、其他需要报告的事项',
  },
  check(ctx) {
    const { lines } = ctx.model;
    for (const s of ctx.model.sections) {
      if (!PROSE_SECTIONS.has(s.id)) continue;
      let headings = 0;
      let content = false;
      for (let i = s.bodyStartLine; i <= s.endLine && !content; i++) {
        const line = lines[i]!.trim();
        if (!line) continue;
        if (HEADING_ONLY.test(line)) headings++;
        else content = true;
      }
      if (content) continue;
      const message = headings
        ? msg(ctx.locale, 'headingsOnly', { id: s.id })
        : msg(ctx.locale, 'message', { id: s.id, hint: s.id === '六' ? msg(ctx.locale, 'six') : '' });
      ctx.report({ message, range: s.headingRange });
    }
  },
});
