import { defineRule } from './rule';
import type { SectionId } from '../template/sections';
import { tableName } from '../i18n/names';
import { defineMessages } from '../i18n/messages';
import { numberingShift } from '../structure/numbering';

const msg = defineMessages({
  message: { 'zh-CN': '{table}应位于第{section}部分内', en: '{table} should be inside section {section}' },
});

const HOME: Record<'t2' | 't3' | 't4', SectionId> = { t2: '二', t3: '三', t4: '四' };

export default defineRule({
  meta: {
    code: 'S-TABLE-PLACEMENT',
    title: { 'zh-CN': '表二、三、四位于对应部分', en: 'Tables II–IV sit in their sections' },
    description: { 'zh-CN': '表二、表三、表四应分别位于第二、三、四部分之内。', en: 'Tables II, III and IV belong inside sections 2, 3 and 4.' },
    severity: 'warning',
    fix: 'none',
    tags: ['structure'],
  },
  check(ctx) {
    // Sub-items numbered as sections move the parser's section 二/三 up; S-NUMBERING says so once.
    if (numberingShift(ctx.model)?.kind === 'subitems') return;
    for (const t of [ctx.model.t2, ctx.model.t3, ctx.model.t4]) {
      if (!t) continue;
      const section = ctx.model.sections.find((s) => s.id === HOME[t.id]);
      if (!section) continue;
      if (t.startLine >= section.bodyStartLine && t.startLine <= section.endLine) continue;
      ctx.report({
        message: msg(ctx.locale, 'message', { table: tableName(t.id, ctx.locale), section: HOME[t.id] }),
        range: { start: { line: t.startLine, character: 0 }, end: { line: t.startLine, character: ctx.model.lines[t.startLine]!.length } },
      });
    }
  },
});
