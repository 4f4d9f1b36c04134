import { defineRule, ruleOptions } from './rule';
import { defineMessages } from '../i18n/messages';
import { narrativeBlocks, type ProseBlock } from '../narrative/prose';
import { OwnedKeyMemo } from '../memo';
import { pushAll } from '../arrays';

const msg = defineMessages({
  padding: {
    'zh-CN': '“一、总体情况”的数字多是宣传报道数（{examples}等 {publicity} 处），政府信息公开本身的数字只有 {disclosure} 处；总体情况应写主动公开、依申请公开、信息管理、平台建设、监督保障的工作',
    en: 'Most figures in section 1 are publicity counts ({examples}, {publicity} in all) and only {disclosure} are about disclosure itself; section 1 should report the disclosure work',
  },
});

const DEFAULTS = { minPublicity: 3, maxDisclosureShare: 0.5 } as const;

const NUMBER = '\\d[\\d,.]*\\s*(?:万|亿)?';
/** A figure about publicity: posts, articles, readers, visits, information submitted upwards. */
const PUBLICITY = new RegExp(
  `(?:公众号|微信|微博|抖音|视频号|头条|新媒体|推文|宣传|报道|稿件|信息报送|报送|上报|采用|阅读|浏览|点击|访问|粉丝|关注)[^。；;，,]{0,12}?${NUMBER}\\s*(?:篇|条|次|人次|万次|人|期|个|余篇|余条)|${NUMBER}\\s*(?:篇|人次|万次)|阅读(?:量|人数|次数)[^。；;，,]{0,4}${NUMBER}`,
  'g',
);
const PUBLICITY_WORD = /公众号|微信|微博|抖音|视频号|头条|新媒体|推文|宣传|报道|稿件|报送|上报|采用|阅读|浏览|点击|访问|粉丝|关注/;
/** A figure about the disclosure work: documents disclosed, applications, reviews, documents made. */
const DISCLOSURE = new RegExp(`(?:主动公开|公开|申请|答复|办结|复议|诉讼|规范性文件|政府信息|解读)[^。；;，,]{0,12}?${NUMBER}\\s*(?:条|件|份|项|个)`, 'g');

/** A paragraph's publicity figures (as written) and count of disclosure figures: once per distinct paragraph, so a keystroke re-reads one. */
const figuresMemo = new OwnedKeyMemo<{ publicity: string[]; disclosure: number }>(1024, 20_000);

function figuresOf(block: ProseBlock): { publicity: string[]; disclosure: number } {
  const { text, folded } = block;
  return figuresMemo.get(text, () => ({
    publicity: [...folded.matchAll(PUBLICITY)].map((m) => text.slice(m.index, m.index + m[0].length)),
    disclosure: [...folded.matchAll(DISCLOSURE)].filter((m) => !PUBLICITY_WORD.test(m[0])).length,
  }));
}

export default defineRule({
  meta: {
    code: 'S-OVERVIEW-PADDING',
    title: { 'zh-CN': '总体情况不以宣传数字充数', en: 'Section 1 reports disclosure, not publicity figures' },
    description: {
      'zh-CN':
        '“一、总体情况”应写本年度政府信息公开工作（主动公开、依申请公开、政府信息管理、平台建设、监督保障）。其中的数字多半是公众号推文篇数、阅读量、访问量、信息报送采用数等宣传数字，而公开工作本身的数字很少时，给出提示。阈值可设：宣传数字至少 minPublicity 处，且公开工作数字不超过宣传数字的 maxDisclosureShare 倍。',
      en: 'Section 1 should report the year\'s disclosure work. An info when most of its figures are publicity counts (posts, readers, visits, items submitted upwards) and few are about disclosure. Thresholds: at least minPublicity publicity figures, and disclosure figures at most maxDisclosureShare times as many.',
    },
    severity: 'info',
    fix: 'none',
    tags: ['structure', 'narrative'],
    options: DEFAULTS,
    example: '一、总体情况\n全年通过微信公众号发布推文 1312 篇，累计阅读 198 万次，向上级报送信息 246 条，被采用 60 条。',
  },
  check(ctx) {
    const opt = ruleOptions(ctx, DEFAULTS);
    const blocks = narrativeBlocks(ctx.model).filter((b) => b.section === '一' || b.section === null);
    const publicity: string[] = [];
    let disclosure = 0;
    for (const b of blocks) {
      const figures = figuresOf(b);
      pushAll(publicity, figures.publicity);
      disclosure += figures.disclosure;
    }
    if (publicity.length < opt.minPublicity || disclosure > publicity.length * opt.maxDisclosureShare) return;
    const s = ctx.model.sections.find((x) => x.id === '一');
    if (!s) return;
    ctx.report({
      message: msg(ctx.locale, 'padding', { examples: publicity.slice(0, 2).map((p) => `“${p}”`).join('、'), publicity: publicity.length, disclosure }),
      range: s.headingRange,
    });
  },
});
