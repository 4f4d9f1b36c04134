import { defineRule } from './rule';
import { SECTIONS, SECTION_IDS } from '../template/sections';
import { format } from '../i18n/messages';
import { sectionBody, sectionHeading } from '../skeleton';
import type { Range } from '../types';
import { numberingShift } from '../structure/numbering';

export default defineRule({
  meta: {
    code: 'S-SECTIONS',
    title: { 'zh-CN': '六个部分齐全、有序、不重复', en: 'All six sections, in order, once each' },
    description: {
      'zh-CN': '条例第五十条和 2021 年版格式要求年报包含六个部分：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。缺少报错（快速修复插入标题和空表），顺序或重复给出警告，非规范标题给出提示。',
      en: 'Art. 50 and the 2021 format require six sections. A missing one is an error (the fix inserts the heading with its empty table), order and duplicates are warnings, a non-standard title is info.',
    },
    severity: 'error',
    fix: 'unsafe',
    tags: ['structure'],
  },
  check(ctx) {
    // A numbering shifted by one is S-NUMBERING's one finding, not a missing section and a wrong numeral per heading.
    if (numberingShift(ctx.model)) return;
    const { sections, lines, eol } = ctx.model;
    const docStart: Range = ctx.model.title?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const level = sections.find((s) => s.level > 0)?.level ?? 0;
    const byId = new Map<string, typeof sections>();
    for (const s of sections) {
      const list = byId.get(s.id);
      if (list) list.push(s);
      else byId.set(s.id, [s]);
    }
    SECTION_IDS.forEach((id, k) => {
      const here = byId.get(id) ?? [];
      const def = SECTIONS[k]!;
      if (!here.length) {
        const next = sections.find((s) => SECTION_IDS.indexOf(s.id) > k);
        const at = next ? { line: next.headingRange.start.line, character: 0 } : { line: lines.length - 1, character: lines[lines.length - 1]!.length };
        const block = [sectionHeading(id, level), '', ...sectionBody(id), ''].join(eol);
        ctx.report({
          message: format(ctx.locale, 'S-SECTIONS.missing', { id, title: def.title }),
          range: next?.headingRange ?? docStart,
          fixes: [
            {
              title: format(ctx.locale, 'S-SECTIONS.fix-insert', { id, title: def.title }),
              edits: [{ range: { start: at, end: at }, newText: next ? block + eol : eol + eol + block }],
              isPreferred: true,
              kind: 'unsafe',
            },
          ],
        });
        return;
      }
      for (const dup of here.slice(1)) ctx.report({ severity: 'warning', message: format(ctx.locale, 'S-SECTIONS.duplicate', { id }), range: dup.headingRange });
      const first = here[0]!;
      if (first.numeral !== id) {
        const line = lines[first.headingRange.start.line]!;
        const at = line.indexOf(first.numeral, first.headingRange.start.character);
        const r = { start: { line: first.headingRange.start.line, character: at }, end: { line: first.headingRange.start.line, character: at + 1 } };
        ctx.report({
          severity: 'warning',
          message: format(ctx.locale, 'S-SECTIONS.numeral', { id, title: first.title, numeral: first.numeral }),
          range: first.headingRange,
          fixes: at >= 0 ? [{ title: format(ctx.locale, 'S-SECTIONS.fix-numeral', { id }), edits: [{ range: r, newText: id }], kind: 'unsafe' }] : [],
        });
      }
      if (!first.official) {
        const line = lines[first.headingRange.start.line]!;
        const titleStart = line.indexOf(first.title, first.headingRange.start.character);
        const edits = titleStart >= 0 ? [{ range: { start: { line: first.headingRange.start.line, character: titleStart }, end: { line: first.headingRange.start.line, character: titleStart + first.title.length } }, newText: def.title }] : [];
        ctx.report({
          severity: 'info',
          message: format(ctx.locale, 'S-SECTIONS.title', { id, title: def.title }),
          range: first.headingRange,
          fixes: edits.length ? [{ title: format(ctx.locale, 'S-SECTIONS.fix-title'), edits, kind: 'unsafe' }] : [],
        });
      }
    });
    let max = -1;
    for (const s of sections) {
      const idx = SECTION_IDS.indexOf(s.id);
      if (idx < max && byId.get(s.id)![0] === s) ctx.report({ severity: 'warning', message: format(ctx.locale, 'S-SECTIONS.order', { id: s.id }), range: s.headingRange });
      max = Math.max(max, idx);
    }
  },
});
