import { defineRule } from './rule';
import { format } from '../i18n/messages';

export default defineRule({
  meta: {
    code: 'S-HEADING-LEVELS',
    title: { 'zh-CN': '同级标题级别一致', en: 'Sibling headings share a level' },
    description: {
      'zh-CN': '六个部分是同级标题，用 Markdown 书写时应使用相同数量的“#”。',
      en: 'The six sections are siblings; in markdown they should use the same number of #.',
    },
    severity: 'info',
    fix: 'none',
    tags: ['structure'],
  },
  check(ctx) {
    const marked = ctx.model.sections.filter((s) => s.level > 0);
    if (marked.length < 2) return;
    const levels = [...new Set(marked.map((s) => s.level))];
    if (levels.length < 2) return;
    const first = marked[0]!;
    const odd = marked.find((s) => s.level !== first.level)!;
    ctx.report({
      message: format(ctx.locale, 'S-HEADING-LEVELS', { levels: marked.map((s) => `${s.id}:${'#'.repeat(s.level)}`).join(' ') }),
      range: odd.headingRange,
    });
  },
});
