import { defineRule } from './rule';
import { numberingShift } from '../structure/numbering';
import { SECTION_IDS, type SectionId } from '../template/sections';
import type { SectionNode } from '../model';
import type { TextEdit } from '../types';
import { defineMessages } from '../i18n/messages';
import { sectionsById } from '../rule-helpers/sections-found';

const msg = defineMessages({
  numeral: { 'zh-CN': '“{title}”是第{id}部分，编号却写成“{numeral}”', en: '"{title}" is section {id} but is numbered {numeral}' },
  fix: { 'zh-CN': '编号改为“{id}”', en: 'Renumber as {id}' },
  shift: { 'zh-CN': '从“{title}”起，{count} 个部分的编号整体错位（{list}）', en: 'From "{title}" on, {count} sections are numbered out of step ({list})' },
  'fix-shift': { 'zh-CN': '按规定重新编号', en: 'Renumber them as the template does' },
  duplicate: { 'zh-CN': '第{id}部分重复出现', en: 'Section {id} appears more than once' },
  order: { 'zh-CN': '第{id}部分的位置与规定顺序不一致', en: 'Section {id} is out of order' },
});

export default defineRule({
  meta: {
    code: 'S-SECTION-NUMBER',
    title: { 'zh-CN': '六个部分编号正确、有序、不重复', en: 'The six sections are numbered right, in order, once each' },
    description: {
      'zh-CN': '六个部分按“一”至“六”编号、按规定顺序排列、各出现一次。标题认得出是哪一部分但编号写错（如把“存在的主要问题及改进情况”编为“六”），或某部分重复、顺序颠倒时给出警告；相邻几个部分的编号错位同样的步数（漏了或多了一部分后依次顺延）合为一条，指明从哪里开始错位。编号写错时快速修复改正编号；改编号可能牵动上下文，所以只作为快速修复。',
      en: 'The six sections are numbered 一 to 六, in the statutory order, once each. A heading recognised as one section but numbered as another, a repeated section, or one out of order is a warning; neighbouring sections numbered out of step by the same amount (a section left out or put in, the rest renumbered) are one finding that says where the shift starts. The quick fix corrects a wrong numeral; renumbering may affect the surrounding text, so it is a quick fix only.',
    },
    severity: 'warning',
    fix: 'unsafe',
    tags: ['structure'],
    example: '六、存在的主要问题及改进情况   ← 应为“五”',
  },
  check(ctx) {
    // A numbering shifted by one is S-NUMBERING's one finding, not a missing section and a wrong numeral per heading.
    if (numberingShift(ctx.model)) return;
    const { sections, lines } = ctx.model;
    const byId = sectionsById(ctx.model);
    // Each section's first heading whose numeral is wrong, in document order.
    const wrong: { id: string; first: SectionNode; edit: TextEdit | null }[] = [];
    for (const id of SECTION_IDS) {
      const here = byId.get(id);
      if (!here) continue;
      for (let k = 1; k < here.length; k++) ctx.report({ message: msg(ctx.locale, 'duplicate', { id }), range: here[k]!.headingRange });
      const first = here[0]!;
      if (first.numeral === id) continue;
      const line = first.headingRange.start.line;
      const at = lines[line]!.indexOf(first.numeral, first.headingRange.start.character);
      const edit = at >= 0 ? { range: { start: { line, character: at }, end: { line, character: at + first.numeral.length } }, newText: id } : null;
      wrong.push({ id, first, edit });
    }
    wrong.sort((a, b) => a.first.headingRange.start.line - b.first.headingRange.start.line);
    // Consecutive sections off by the same step are one shift (a section left out or put in and
    // the rest renumbered): one finding that names it, not one per heading.
    for (let k = 0; k < wrong.length; ) {
      const step = shift(wrong[k]!);
      let end = k + 1;
      while (end < wrong.length && shift(wrong[end]!) === step && SECTION_IDS.indexOf(wrong[end]!.id as SectionId) === SECTION_IDS.indexOf(wrong[end - 1]!.id as SectionId) + 1) end++;
      const run = wrong.slice(k, end);
      const first = run[0]!;
      const edits = run.map((w) => w.edit).filter((e): e is TextEdit => e !== null);
      const fixes = edits.length === run.length ? [{ title: msg(ctx.locale, run.length > 1 ? 'fix-shift' : 'fix', { id: first.id }), edits, isPreferred: true, kind: 'unsafe' as const }] : [];
      const message =
        run.length > 1
          ? msg(ctx.locale, 'shift', { count: run.length, title: first.first.title, list: run.map((w) => `${w.first.numeral}→${w.id}`).join('、') })
          : msg(ctx.locale, 'numeral', { id: first.id, title: first.first.title, numeral: first.first.numeral });
      ctx.report({ message, range: first.first.headingRange, fixes });
      k = end;
    }
    let max = -1;
    for (const s of sections) {
      const idx = SECTION_IDS.indexOf(s.id);
      if (idx < max && byId.get(s.id)![0] === s) ctx.report({ message: msg(ctx.locale, 'order', { id: s.id }), range: s.headingRange });
      if (idx > max) max = idx;
    }
  },
});

const NUMERAL_ORDER = '一二三四五六七八九十';

/** How far a heading's numeral is from its section's (六 written for 五: +1). */
function shift(w: { id: string; first: SectionNode }): number {
  return NUMERAL_ORDER.indexOf(w.first.numeral) - NUMERAL_ORDER.indexOf(w.id);
}
