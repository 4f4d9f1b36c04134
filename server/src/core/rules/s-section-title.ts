import { defineRule } from './rule';
import { numberingShift } from '../structure/numbering';
import { SECTIONS, SECTION_IDS } from '../template/sections';
import { defineMessages } from '../i18n/messages';
import { sectionsById } from '../rule-helpers/sections-found';
import { normalizeLabel } from '../template/normalize';

const msg = defineMessages({
  title: { 'zh-CN': '建议使用规范标题“{id}、{title}”', en: 'Use the standard title "{id}、{title}"' },
  fix: { 'zh-CN': '改为规范标题“{title}”', en: 'Use the standard title "{title}"' },
});

export default defineRule({
  meta: {
    code: 'S-SECTION-TITLE',
    title: { 'zh-CN': '六个部分使用规范标题', en: 'The six sections use the standard titles' },
    description: {
      'zh-CN': '各部分标题宜与 2021 年版格式一致（如“五、存在的主要问题及改进情况”）。措辞不同但认得出是哪一部分的标题（“存在的主要问题和改进措施”）给出提示；快速修复换成规范标题。措辞是撰写人的选择，所以只作为快速修复。',
      en: 'Section titles should match the 2021 format (e.g. "五、存在的主要问题及改进情况"). A recognisable heading with other wording is info; the quick fix puts in the standard title. Wording is the writer\'s choice, so it is a quick fix only.',
    },
    severity: 'info',
    fix: 'unsafe',
    tags: ['structure'],
    example: '五、存在的主要问题和改进措施   ← 规范标题为“存在的主要问题及改进情况”',
  },
  check(ctx) {
    // A numbering shifted by one is S-NUMBERING's one finding, not a missing section and a wrong numeral per heading.
    if (numberingShift(ctx.model)) return;
    const { lines } = ctx.model;
    const byId = sectionsById(ctx.model);
    SECTION_IDS.forEach((id, k) => {
      const first = byId.get(id)?.[0];
      if (!first || first.official) return;
      const def = SECTIONS[k]!;
      // The standard words under a wrong numeral (`六、存在的主要问题及改进情况`) are S-SECTION-NUMBER's finding.
      if (normalizeLabel(first.title) === normalizeLabel(def.title)) return;
      const line = first.headingRange.start.line;
      const titleStart = lines[line]!.indexOf(first.title, first.headingRange.start.character);
      const edits = titleStart >= 0 && first.title ? [{ range: { start: { line, character: titleStart }, end: { line, character: titleStart + first.title.length } }, newText: def.title }] : [];
      ctx.report({
        message: msg(ctx.locale, 'title', { id, title: def.title }),
        range: first.headingRange,
        fixes: edits.length ? [{ title: msg(ctx.locale, 'fix', { title: def.title }), edits, isPreferred: true, kind: 'unsafe' }] : [],
      });
    });
  },
});
