import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { uncoveredSubitems } from '../narrative/subitems';
import { numberingShift } from '../structure/numbering';

const msg = defineMessages({
  message: { 'zh-CN': '“一、总体情况”未涵盖：{missing}', en: 'Section 1 does not cover: {missing}' },
});

export default defineRule({
  meta: {
    code: 'S-SUBITEMS',
    title: { 'zh-CN': '总体情况涵盖五个方面', en: 'Section 1 covers the five sub-items' },
    description: {
      'zh-CN': '2021 年版格式要求“一、总体情况”写主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面。按任一级小标题、段首或正文表述识别（“在依申请公开方面”“公开平台阵地建设”“依法依规答复政府信息公开申请”也算），整个第一部分都未涉及某一方面时给出警告。',
      en: 'The 2021 format has section 1 cover proactive disclosure, disclosure on request, information management, platforms, and supervision. A sub-item counts as covered by a heading of any level, a paragraph opening or prose in its own words ("在依申请公开方面", "公开平台阵地建设"); a warning only when section 1 never touches it.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['structure', 'narrative'],
  },
  check(ctx) {
    const s = ctx.model.sections.find((x) => x.id === '一');
    if (!s) return;
    // Sub-items numbered as sections are there; S-NUMBERING reports their numbering.
    if (numberingShift(ctx.model)?.kind === 'subitems') return;
    // Covered by a heading of any level, a paragraph opening or prose (`在依申请公开方面`).
    const missing = uncoveredSubitems(ctx.model);
    if (!missing.length) return;
    ctx.report({ message: msg(ctx.locale, 'message', { missing: missing.map((m) => m.title).join('、') }), range: s.headingRange });
  },
});
