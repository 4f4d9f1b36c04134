import { defineRule, type RuleContext } from './rule';
import { defineMessages } from '../i18n/messages';
import { misnumberedRuns, numberingShift } from '../structure/numbering';
import { SECTIONS } from '../template/sections';

const msg = defineMessages({
  up: {
    'zh-CN': '部分编号整体后移一位：{inserted}，其后的规定部分依次顺延（{shifted}）{missing}。年报只有规定的六个部分，自行增加的内容请并入相应部分（信息处理费等写入“六、其他需要报告的事项”）',
    en: 'The section numbers are shifted up by one: {inserted}, and the statutory sections after it moved along ({shifted}){missing}. A report has the six statutory sections only; put added content into one of them (fees and the like into section 6)',
  },
  down: {
    'zh-CN': '部分编号整体前移一位：{shifted}{missing}。年报应为六个部分：{statutory}',
    en: 'The section numbers are shifted down by one: {shifted}{missing}. A report has six sections: {statutory}',
  },
  insertedOne: { 'zh-CN': '插入了“{numeral}、{title}”', en: 'inserted "{numeral}、{title}"' },
  shiftedOne: { 'zh-CN': '“{numeral}、{title}”应为第{id}部分', en: '"{numeral}、{title}" is section {id}' },
  missing: { 'zh-CN': '；缺少第{ids}部分', en: '; section {ids} is missing' },
  system: {
    'zh-CN': '部分标题使用了另一套编号（{written}），规定的六个部分应编为“一、”至“六、”：{statutory}',
    en: 'The sections are numbered in another system ({written}); the six sections are numbered 一、 to 六、: {statutory}',
  },
  steps: { 'zh-CN': '从“{title}”起，{count} 个部分的编号整体错位（{list}）', en: 'From "{title}" on, {count} sections are numbered out of step ({list})' },
  'fix-steps': { 'zh-CN': '按规定重新编号', en: 'Renumber them as the template does' },
  subitems: {
    'zh-CN': '“一、总体情况”的各方面被编成了一级标题（{written}），使后面的规定部分重复出现；应编为“（一）”至“（五）”',
    en: 'The sub-items of section 1 are numbered as top-level sections ({written}), so the statutory sections appear twice; number them （一） to （五）',
  },
});

export default defineRule({
  meta: {
    code: 'S-NUMBERING',
    title: { 'zh-CN': '部分编号没有整体错位', en: 'Section numbers are not shifted' },
    description: {
      'zh-CN':
        '年报的六个部分编号固定为一至六。整套标题用了另一种编号（“第一部分”“1.”“（一）”），或把“一、总体情况”的五个方面编成了一级标题（“二、主动公开”……），给出一条警告。有的报告自行插入一部分（“五、信息处理费收取情况”）、把一部分拆成两部分（“五、存在的问题”“六、改进措施”）或漏掉一部分，之后的规定部分编号整体顺延或前移一位（“七、其他需说明事项”“五、其他需要报告的事项”作为最后一部分）。此时只报告一条警告，指出从哪里开始错位、插入了什么、各部分应为第几部分。相邻几个部分的编号错位同样的步数而原因不明时，也只报告一条，快速修复按规定重新编号（改编号可能牵动上下文，所以不会自动应用）；S-SECTION-MISSING、S-SECTION-NUMBER、S-SECTION-TITLE 不再对每个部分分别报告缺失或编号错误。',
      en: 'The six sections are numbered 一 to 六. Headings numbered in another system (第一部分, 1., （一）) or the five sub-items of section 1 numbered as top-level sections get one warning. A report that inserts a part of its own ("五、信息处理费收取情况"), splits one in two, or leaves one out shifts every later statutory section by one ("七、其他需说明事项", or "五、其他需要报告的事项" as the last). This rule reports that as one warning naming where the shift starts, what was inserted and which section each heading is. Neighbouring sections numbered out of step by the same amount for no visible reason are one warning too, with a quick fix that renumbers them (never applied automatically, as renumbering may affect the surrounding text); S-SECTION-MISSING, S-SECTION-NUMBER and S-SECTION-TITLE then do not report each section as missing or misnumbered.',
    },
    severity: 'warning',
    fix: 'unsafe',
    tags: ['structure'],
    example: '四、政府信息公开行政复议、行政诉讼情况\n五、信息处理费收取情况\n六、存在的主要问题及改进情况   ← 应为第五部分；缺少第六部分',
  },
  check(ctx) {
    const problem = numberingShift(ctx.model);
    const { locale } = ctx;
    if (!problem) {
      reportRunsOutOfStep(ctx);
      return;
    }
    const lineRange = (line: number) => ({ start: { line, character: 0 }, end: { line, character: ctx.model.lines[line]!.length } });
    const statutoryList = SECTIONS.map((s) => `${s.id}、${s.title}`).join(locale === 'en' ? ', ' : '，');
    if (problem.kind === 'system') {
      const written = problem.headings.map((h) => `“${h.written}”`).join('、');
      ctx.report({ message: msg(locale, 'system', { written, statutory: statutoryList }), range: lineRange(problem.headings[0]!.line) });
      return;
    }
    if (problem.kind === 'subitems') {
      const written = problem.headings.map((h) => `“${h.numeral}、${h.title}”`).join('、');
      ctx.report({ message: msg(locale, 'subitems', { written }), range: lineRange(problem.headings[0]!.line) });
      return;
    }
    const shift = problem;
    const sep = locale === 'en' ? '; ' : '；';
    const shifted = shift.shifted.map((s) => msg(locale, 'shiftedOne', { numeral: s.numeral, title: s.title, id: s.id })).join(sep);
    const inserted = shift.inserted.map((h) => msg(locale, 'insertedOne', { numeral: h.numeral, title: h.title })).join(locale === 'en' ? ', ' : '、');
    const statutory = SECTIONS.map((s) => `${s.id}、${s.title}`).join(locale === 'en' ? ', ' : '，');
    const missing = shift.missing.length ? msg(locale, 'missing', { ids: shift.missing.join('、') }) : '';
    const firstInserted = shift.inserted[0];
    const range =
      shift.by > 0 && firstInserted
        ? { start: { line: firstInserted.line, character: 0 }, end: { line: firstInserted.line, character: ctx.model.lines[firstInserted.line]!.length } }
        : shift.shifted[0]!.headingRange;
    ctx.report({ message: msg(locale, shift.by > 0 ? 'up' : 'down', { shifted, inserted, statutory, missing }), range });
  },
});

/** Neighbouring sections numbered out of step by the same amount: one finding per run, with a renumbering quick fix. */
function reportRunsOutOfStep(ctx: RuleContext): void {
  for (const run of misnumberedRuns(ctx.model)) {
    if (run.length < 2) continue;
    const first = run[0]!;
    const edits = run.flatMap((w) => (w.edit ? [w.edit] : []));
    const fixes = edits.length === run.length ? [{ title: msg(ctx.locale, 'fix-steps', {}), edits, isPreferred: true, kind: 'unsafe' as const }] : [];
    const list = run.map((w) => `${w.section.numeral}→${w.id}`).join('、');
    ctx.report({ message: msg(ctx.locale, 'steps', { count: run.length, title: first.section.title, list }), range: first.section.headingRange, fixes });
  }
}
