import { defineRule } from './rule';
import { misnumberedRuns, numberingShift } from '../structure/numbering';
import { SECTION_IDS } from '../template/sections';
import { defineMessages } from '../i18n/messages';
import { sectionsById } from '../rule-helpers/sections-found';

const msg = defineMessages({
  numeral: { 'zh-CN': '“{title}”是第{id}部分，编号却写成“{numeral}”', en: '"{title}" is section {id} but is numbered {numeral}' },
  fix: { 'zh-CN': '编号改为“{id}”', en: 'Renumber as {id}' },
  duplicate: { 'zh-CN': '第{id}部分重复出现', en: 'Section {id} appears more than once' },
  order: { 'zh-CN': '第{id}部分的位置与规定顺序不一致', en: 'Section {id} is out of order' },
});

export default defineRule({
  meta: {
    code: 'S-SECTION-NUMBER',
    title: { 'zh-CN': '六个部分编号正确、有序、不重复', en: 'The six sections are numbered right, in order, once each' },
    description: {
      'zh-CN': '六个部分按“一”至“六”编号、按规定顺序排列、各出现一次。标题认得出是哪一部分但编号写错（如把“存在的主要问题及改进情况”编为“六”），或某部分重复、顺序颠倒时给出警告；相邻几个部分的编号错位同样的步数（漏了或多了一部分后依次顺延）是整体错位，由 S-NUMBERING 报告一条，本规则不再逐个报告。编号写错时快速修复改正编号；改编号可能牵动上下文，所以只作为快速修复。',
      en: 'The six sections are numbered 一 to 六, in the statutory order, once each. A heading recognised as one section but numbered as another, a repeated section, or one out of order is a warning; neighbouring sections numbered out of step by the same amount (a section left out or put in, the rest renumbered) are a shifted numbering, which S-NUMBERING reports as one finding and this rule leaves to it. The quick fix corrects a wrong numeral; renumbering may affect the surrounding text, so it is a quick fix only.',
    },
    severity: 'warning',
    fix: 'unsafe',
    tags: ['structure'],
    example: '六、存在的主要问题及改进情况   ← 应为“五”',
  },
  check(ctx) {
    // A numbering shifted by one is S-NUMBERING's one finding, not a missing section and a wrong numeral per heading.
    if (numberingShift(ctx.model)) return;
    const { sections } = ctx.model;
    const byId = sectionsById(ctx.model);
    for (const id of SECTION_IDS) {
      const here = byId.get(id) ?? [];
      for (let k = 1; k < here.length; k++) ctx.report({ message: msg(ctx.locale, 'duplicate', { id }), range: here[k]!.headingRange });
    }
    // A lone wrong numeral; neighbours numbered out of step together are S-NUMBERING's one finding.
    for (const run of misnumberedRuns(ctx.model)) {
      if (run.length !== 1) continue;
      const { id, section, edit } = run[0]!;
      const fixes = edit ? [{ title: msg(ctx.locale, 'fix', { id }), edits: [edit], isPreferred: true, kind: 'unsafe' as const }] : [];
      ctx.report({ message: msg(ctx.locale, 'numeral', { id, title: section.title, numeral: section.numeral }), range: section.headingRange, fixes });
    }
    let max = -1;
    for (const s of sections) {
      const idx = SECTION_IDS.indexOf(s.id);
      if (idx < max && byId.get(s.id)![0] === s) ctx.report({ message: msg(ctx.locale, 'order', { id: s.id }), range: s.headingRange });
      if (idx > max) max = idx;
    }
  },
});
