import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { fileLabel } from '../last-year';
import { reportSentences, repetition, sharesHash } from '../cohort';

/** Default share of repeated text from which a report is flagged (scoring sheets deduct above 50 %). */
export const DEFAULT_REPEAT_THRESHOLD = 0.5;
/** A report with less text of its own than this (normalised characters) is too short to rate. */
export const MIN_OWN_TEXT = 200;

const msg = defineMessages({
  main: {
    'zh-CN': '全文 {pct}% 的文字与上年报告（{file}）相同（不计模板原文；阈值 {limit}%），共 {count} 句，如：“{example}”',
    en: '{pct}% of the text is the same as last year\'s report ({file}) (template wording left out; threshold {limit}%), {count} sentences, e.g. "{example}"',
  },
  related: { 'zh-CN': '上年报告', en: 'Last year\'s report' },
});

export default defineRule({
  meta: {
    code: 'X-REPEAT',
    title: { 'zh-CN': '全文与上年报告雷同', en: 'The whole report repeats last year\'s' },
    description: {
      'zh-CN':
        '按句比较本报告与同一机关上一年度报告的正文（表格和模板原有文字不计，数字和标点忽略），计算相同文字所占比例（重复率）。达到阈值（默认 50%，可在配置文件 repetition.threshold 中调整）时给出警告：年报考核把“与上年雷同”列为扣分项。与 X-SAME-TEXT 只比较第一、五部分不同，本规则看全文。',
      en: 'The report\'s prose is compared sentence by sentence with the agency\'s previous report (tables and the template\'s own wording left out, digits and punctuation ignored) and the share of repeated text is computed. At the threshold (50 % by default; `repetition.threshold` in the config file) a warning: scoring sheets deduct for repeating last year. X-SAME-TEXT compares sections 1 and 5 only; this rule the whole text.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['cross-year', 'narrative'],
    example: '（2024 年报告的 70% 句子与 2023 年报告逐字相同）',
  },
  check(ctx) {
    const prev = ctx.lastYear;
    if (!prev?.sentences) return;
    // Not one sentence in common (the hashes the run's first pass kept say so): nothing to cut the text for.
    const own = ctx.summary?.sentences;
    if (own && !sharesHash(own, prev.sentences)) return;
    const mine = reportSentences(ctx.model);
    if (mine.reduce((n, s) => n + s.length, 0) < MIN_OWN_TEXT) return;
    const limit = ctx.settings.repeatThreshold ?? DEFAULT_REPEAT_THRESHOLD;
    const { rate, shared } = repetition(mine, prev.sentences);
    if (!shared.length || rate < limit) return;
    ctx.report({
      message: msg(ctx.locale, 'main', { pct: Math.round(rate * 100), file: fileLabel(prev.uri), limit: Math.round(limit * 100), count: shared.length, example: shorten(shared[0]!.text) }),
      range: shared[0]!.range,
      relatedInformation: [{ uri: prev.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: msg(ctx.locale, 'related') }],
    });
  },
});

export function shorten(text: string, max = 40): string {
  return text.length > max ? text.slice(0, max) + '…' : text;
}
