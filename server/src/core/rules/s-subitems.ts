import { defineRule } from './rule';
import { OVERVIEW_SUBITEMS } from '../template/sections';
import { format } from '../i18n/messages';
import { normalizedOpening } from '../template/normalize';

export default defineRule({
  meta: {
    code: 'S-SUBITEMS',
    title: { 'zh-CN': '总体情况涵盖五个方面', en: 'Section 1 covers the five sub-items' },
    description: {
      'zh-CN': '2021 年版格式要求“一、总体情况”写主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面。按小标题或段首识别；缺少的给出警告（可能只是用了自己的小标题）。',
      en: 'The 2021 format has section 1 cover proactive disclosure, disclosure on request, information management, platforms, and supervision. Missing ones are a warning (the report may use its own headings).',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['structure', 'narrative'],
  },
  check(ctx) {
    const s = ctx.model.sections.find((x) => x.id === '一');
    if (!s) return;
    const found = new Set(ctx.model.subHeadings.filter((h) => h.section === '一' && h.id).map((h) => h.id));
    // A paragraph that opens with the sub-item's words covers it too.
    const openings = ctx.model.lines.slice(s.bodyStartLine, s.endLine + 1).map((l) => normalizedOpening(l, 16));
    const missing = OVERVIEW_SUBITEMS.filter((sub) => !found.has(sub.id) && !openings.some((o) => sub.keyPhrases.some((k) => o.includes(k))));
    if (!missing.length) return;
    ctx.report({ message: format(ctx.locale, 'S-SUBITEMS', { missing: missing.map((m) => m.title).join('、') }), range: s.headingRange });
  },
});
