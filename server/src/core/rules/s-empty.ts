import { defineRule } from './rule';
import { format } from '../i18n/messages';

export default defineRule({
  meta: {
    code: 'S-EMPTY',
    title: { 'zh-CN': '第五、六部分不能为空', en: 'Sections 5 and 6 are not empty' },
    description: {
      'zh-CN': '“五、存在的主要问题及改进情况”要写问题和改进措施；“六、其他需要报告的事项”没有内容时也要写“无”，不能只留标题。',
      en: 'Section 5 must state problems and improvements; section 6 must say at least "无" (none) rather than stay empty.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['structure'],
  },
  check(ctx) {
    for (const s of ctx.model.sections) {
      if (s.id !== '五' && s.id !== '六') continue;
      const body = ctx.model.lines.slice(s.bodyStartLine, s.endLine + 1).join('').trim();
      if (body) continue;
      ctx.report({ message: format(ctx.locale, 'S-EMPTY', { id: s.id, hint: s.id === '六' ? format(ctx.locale, 'S-EMPTY.six') : '' }), range: s.headingRange });
    }
  },
});
