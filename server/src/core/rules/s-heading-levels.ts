import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';

const msg = defineMessages({
  message: { 'zh-CN': '同级部分标题的 Markdown 级别不一致：{levels}', en: 'Sibling section headings use different markdown levels: {levels}' },
});

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
      message: msg(ctx.locale, 'message', { levels: marked.map((s) => `${s.id}:${'#'.repeat(s.level)}`).join(' ') }),
      range: odd.headingRange,
    });
  },
});
