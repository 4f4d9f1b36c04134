import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { fileLabel } from '../last-year';
import { agencyKeyOf } from '../last-year';
import { reportSentences, repetition, sentenceHashes } from '../cohort';
import { DEFAULT_REPEAT_THRESHOLD, MIN_OWN_TEXT, shorten } from './x-repeat';

const msg = defineMessages({
  main: {
    'zh-CN': '跨单位雷同：全文 {pct}% 的文字与同年度{other}的报告（{file}）相同（不计模板原文；阈值 {limit}%），共 {count} 句，如：“{example}”',
    en: 'Same as another agency: {pct}% of the text is the same as the same year\'s report of {other} ({file}) (template wording left out; threshold {limit}%), {count} sentences, e.g. "{example}"',
  },
  passage: { 'zh-CN': '与{other}相同：“{text}”', en: 'Same as {other}: "{text}"' },
});

/** Shared passages named in the related information (the message says how many in all). */
const MAX_PASSAGES = 5;
/** Reports named for one report: the closest copies; a text shared by a dozen agencies is named by its closest three. */
const MAX_PEERS = 3;

export default defineRule({
  meta: {
    code: 'C-SAME-TEXT',
    title: { 'zh-CN': '与其他单位同年报告雷同', en: 'The report repeats another agency\'s report of the same year' },
    description: {
      'zh-CN':
        '同时检查多份报告（review 命令，或 check 一次给出多个文件）时，按句比较同一年度不同单位的报告（表格、模板原有文字以及多数单位共用的套话不计）。本报告的文字有达到阈值（默认 50%，配置项 repetition.threshold）的部分与另一单位的报告相同时给出警告，指出对方的报告和相同的段落（至多列出最相近的 3 份）：年报考核把“与其他单位雷同”列为扣分项。',
      en: 'When several reports are checked together (the review command, or check with several files), reports of the same year by different agencies are compared sentence by sentence (tables, the template\'s wording and stock phrases most agencies share left out). When the threshold share of this report\'s text (50 % by default; `repetition.threshold`) is the same as another agency\'s report, a warning names that report and the shared passages (the three closest at most): scoring sheets deduct for copying another agency.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['narrative'],
    example: '（甲街道 2024 年报告的 80% 句子与乙街道 2024 年报告相同）',
  },
  check(ctx) {
    const { model, locale, cohort } = ctx;
    if (!cohort || model.year === null) return;
    const key = agencyKeyOf(model);
    if (!key) return;
    // The peers first, from the hashes (the run's first pass kept them): no peer, no need to cut the text.
    const peers = cohort.peersOf(ctx.summary?.sentences ?? sentenceHashes(model), model.year, key, ctx.uri);
    if (!peers.length) return;
    const all = reportSentences(model);
    if (all.reduce((n, s) => n + s.length, 0) < MIN_OWN_TEXT) return;
    const limit = ctx.settings.repeatThreshold ?? DEFAULT_REPEAT_THRESHOLD;
    const hits = peers
      .flatMap((peer) => (peer.sentences ? [{ peer, ...repetition(all, peer.sentences) }] : []))
      .filter((h) => h.shared.length && h.rate >= limit)
      .sort((a, b) => b.rate - a.rate)
      .slice(0, MAX_PEERS);
    for (const { peer, rate, shared } of hits) {
      const other = peer.agencyKey || peer.title || fileLabel(peer.uri);
      ctx.report({
        message: msg(locale, 'main', { pct: Math.round(rate * 100), other, file: fileLabel(peer.uri), limit: Math.round(limit * 100), count: shared.length, example: shorten(shared[0]!.text) }),
        range: shared[0]!.range,
        relatedInformation: shared.slice(0, MAX_PASSAGES).map((s) => ({ range: s.range, message: msg(locale, 'passage', { other, text: shorten(s.text, 60) }) })),
      });
    }
  },
});
