import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { allBlocks, blockRange } from '../narrative/prose';
import { slipsOf } from '../narrative/slips';

const msg = defineMessages({
  repeat: { 'zh-CN': '“{found}”疑似重复录入，应为“{suggestion}”', en: '"{found}" looks typed twice; "{suggestion}" was probably meant' },
  known: { 'zh-CN': '“{found}”疑似笔误，应为“{suggestion}”', en: '"{found}" looks like a slip for "{suggestion}"' },
  comma: { 'zh-CN': '中文正文中使用了英文逗号“,”，应为“，”', en: 'An ASCII comma "," in Chinese prose; use "，"' },
  commas: {
    'zh-CN': '全文中文正文有 {count} 处使用英文逗号“,”（如此处），应为“，”；可能是转换格式时替换了标点',
    en: 'The Chinese prose uses the ASCII comma "," {count} times (as here); use "，" (punctuation may have been replaced in a conversion)',
  },
  fix: { 'zh-CN': '改为“{suggestion}”', en: 'Change to "{suggestion}"' },
});

export default defineRule({
  meta: {
    code: 'N-TYPO',
    title: { 'zh-CN': '重复字词与明显笔误', en: 'Words typed twice and obvious slips' },
    description: {
      'zh-CN':
        '正文（表格以外）中连续重复的两到四个字（“资金资金”）、这类报告里见过的笔误（“不子公开”“先行有效”“行政法复议”“审查管”“因…印发的行政复议”）、两个汉字之间的英文逗号，给出提示（全文大多用英文逗号时只报一处并给出总数），快速修复改为建议的写法。单字叠用（“天天”“一一”）不算。',
      en: 'In prose (outside tables): two to four characters typed twice in a row ("资金资金"), slips seen in such reports ("不子公开" for 不予公开, "先行有效" for 现行有效, "行政法复议", "审查管"), and an ASCII comma between Chinese characters. A hint, with a quick fix to the suggested form. One character doubled ("天天") is a word and is not reported.',
    },
    severity: 'hint',
    fix: 'unsafe',
    tags: ['narrative'],
    example: '严格落实信息发布审查管制度，规范专项资金资金公开,提升公开质量。',
  },
  check(ctx) {
    const { locale } = ctx;
    const blocks = allBlocks(ctx.model);
    // A report written with ASCII commas throughout is one finding, not one per comma.
    const slips = blocks.map((b) => slipsOf(b));
    const ascii = slips.flat().filter((s) => s.kind === 'comma').length;
    const fullWidth = blocks.reduce((n, b) => n + (b.text.match(/，/g)?.length ?? 0), 0);
    const throughout = ascii > 3 && ascii > fullWidth;
    let commaReported = false;
    blocks.forEach((block, i) => {
      for (const s of slips[i]!) {
        if (s.kind === 'comma' && throughout) {
          if (commaReported) continue;
          commaReported = true;
          ctx.report({ message: msg(locale, 'commas', { count: ascii }), range: blockRange(block, s.start, s.end) });
          continue;
        }
        const range = blockRange(block, s.start, s.end);
        // A slip over a wrapped line break has no one-line range to replace; it is reported without a fix.
        const oneLine = range.end.character - range.start.character === s.end - s.start;
        ctx.report({
          message: msg(locale, s.kind, { found: s.found, suggestion: s.suggestion }),
          range,
          fixes: oneLine ? [{ title: msg(locale, 'fix', { suggestion: s.suggestion }), edits: [{ range, newText: s.suggestion }], kind: 'unsafe' }] : [],
        });
      }
    });
  },
});
