import { defineRule, ruleOptions } from './rule';
import { defineMessages } from '../i18n/messages';
import { narrativeBlocks } from '../narrative/prose';
import { isGovernmentReport } from '../narrative/agency-scope';

const msg = defineMessages({
  ownOffice: {
    'zh-CN': '这是人民政府的年报，但正文只写“{words}”（{count} 处），没有全区（全市、全县）或所属部门的情况；人民政府的年报应反映本行政区域政府信息公开工作的整体情况',
    en: 'This is a people\'s government\'s report, but the text speaks only of "{words}" ({count} times), never of the region or its departments; a government\'s report covers the disclosure work of its whole area',
  },
});

const DEFAULTS = { minOwnMentions: 2 } as const;
/** Words by which an office speaks of itself. */
const OWN = /本机关|本办|我办|本单位|我单位|本局|我局|本委|我委|本部门|我部门/g;
/** Words that take in the region or the government's departments. */
const REGION = /全区|全市|全县|全旗|全镇|全乡|全省|全州|全盟|本区|本市|本县|本镇|本乡|辖区|各部门|各单位|各乡镇|各街道|各镇|区直|市直|县直|区级|市级|县级|各级|政府各部门|所属部门/;

export default defineRule({
  meta: {
    code: 'S-GOV-SCOPE',
    title: { 'zh-CN': '人民政府年报反映本区域整体情况', en: 'A government\'s report covers its whole area' },
    description: {
      'zh-CN':
        '标题为某某人民政府的年报，应反映本行政区域政府信息公开工作的整体情况，而不只是政府办公室自身的工作。正文（一至四部分）称“本机关”“本办”“我办”“本局”至少 minOwnMentions 处（默认 2），却从未提到全区（全市、全县）、各部门、各乡镇等时，给出提示。',
      en: 'A report titled for a people\'s government should cover the disclosure work of its whole area, not only its general office. An info when sections 1–4 speak of "本机关/本办/我办" at least minOwnMentions times (default 2) and never of the region, its departments or townships.',
    },
    severity: 'info',
    fix: 'none',
    tags: ['structure', 'narrative'],
    options: DEFAULTS,
    example: '某某县人民政府2024年政府信息公开工作年度报告\n……本办共收到政府信息公开申请 3 件……本办严格落实……',
  },
  check(ctx) {
    const { model } = ctx;
    if (!isGovernmentReport(model)) return;
    const opt = ruleOptions(ctx, DEFAULTS);
    const words = new Map<string, number>();
    for (const b of narrativeBlocks(model)) {
      if (REGION.test(b.folded)) return;
      for (const m of b.folded.matchAll(OWN)) words.set(m[0], (words.get(m[0]) ?? 0) + 1);
    }
    const count = [...words.values()].reduce((a, b) => a + b, 0);
    if (count < opt.minOwnMentions) return;
    const range = model.title?.range ?? model.sections[0]?.headingRange;
    if (!range) return;
    ctx.report({ message: msg(ctx.locale, 'ownOffice', { words: [...words.keys()].join('、'), count }), range });
  },
});
