import { defineRule } from './rule';
import { numberingShift } from '../structure/numbering';
import { SECTIONS, SECTION_IDS } from '../template/sections';
import { defineMessages } from '../i18n/messages';
import { sectionBody, sectionHeading } from '../skeleton';
import { sectionsById } from '../rule-helpers/sections-found';
import type { Range } from '../types';

const msg = defineMessages({
  missing: { 'zh-CN': '缺少第{id}部分“{id}、{title}”', en: 'Section {id} "{title}" is missing' },
  fix: { 'zh-CN': '插入第{id}部分“{title}”（标题和空表，内容请补写）', en: 'Insert section {id} "{title}" (heading and empty table; fill in the content)' },
});

export default defineRule({
  meta: {
    code: 'S-SECTION-MISSING',
    title: { 'zh-CN': '六个部分齐全', en: 'All six sections are present' },
    description: {
      'zh-CN': '条例第五十条和 2021 年版格式要求年报包含六个部分：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。缺少任何一部分都是错误。快速修复在应在的位置插入该部分的标题（第二、三、四部分连同空表），内容要由撰写人补写，所以不会自动应用。编号、顺序见 S-SECTION-NUMBER，标题措辞见 S-SECTION-TITLE。',
      en: 'Art. 50 and the 2021 format require six sections (overview; proactive disclosure; requests; reviews and lawsuits; problems and improvements; other matters). A missing one is an error. The quick fix inserts its heading where it belongs (sections 2–4 with their empty table); the writer fills in the content, so it is never applied automatically. Numbering and order: S-SECTION-NUMBER; wording: S-SECTION-TITLE.',
    },
    severity: 'error',
    fix: 'unsafe',
    tags: ['structure'],
    example: '一、总体情况\n……\n五、存在的主要问题及改进情况\n……\n（没有“六、其他需要报告的事项”）',
  },
  check(ctx) {
    // A numbering shifted by one is S-NUMBERING's one finding, not a missing section and a wrong numeral per heading.
    if (numberingShift(ctx.model)) return;
    const { sections, lines, eol } = ctx.model;
    const docStart: Range = ctx.model.title?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const level = sections.find((s) => s.level > 0)?.level ?? 0;
    const byId = sectionsById(ctx.model);
    SECTION_IDS.forEach((id, k) => {
      if (byId.has(id)) return;
      const def = SECTIONS[k]!;
      const next = sections.find((s) => SECTION_IDS.indexOf(s.id) > k);
      const at = next ? { line: next.headingRange.start.line, character: 0 } : { line: lines.length - 1, character: lines[lines.length - 1]!.length };
      const block = [sectionHeading(id, level), '', ...sectionBody(id), ''].join(eol);
      ctx.report({
        message: msg(ctx.locale, 'missing', { id, title: def.title }),
        range: next?.headingRange ?? docStart,
        fixes: [
          {
            title: msg(ctx.locale, 'fix', { id, title: def.title }),
            edits: [{ range: { start: at, end: at }, newText: next ? block + eol : eol + eol + block }],
            isPreferred: true,
            kind: 'unsafe',
          },
        ],
      });
    });
  },
});
