import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { claimsOf, type Claim, type ClaimKind } from '../narrative/claims';
import { t3Total } from '../narrative/cells';
import type { ReportModel } from '../model';

const msg = defineMessages({
  allAnswered: {
    'zh-CN': '正文前后矛盾：此处称申请均已办结（答复），第 {line} 行又写有 {value} 件结转下年度',
    en: 'The text contradicts itself: it says every application was concluded here, yet line {line} carries {value} over to next year',
  },
  zeroApps: {
    'zh-CN': '正文前后矛盾：此处称未收到政府信息公开申请，第 {line} 行又写收到 {value} 件',
    en: 'The text contradicts itself: it says no application was received here, yet line {line} says {value} were received',
  },
  noDispute: {
    'zh-CN': '正文前后矛盾：此处称未发生行政复议、行政诉讼，第 {line} 行又写有 {value} 件',
    en: 'The text contradicts itself: it says there was no administrative review or lawsuit here, yet line {line} states {value}',
  },
});

/** A statement that something did not happen, and the counts in the same text that say it did. */
const PAIRS: { statement: ClaimKind; counts: ClaimKind[]; key: 'allAnswered' | 'zeroApps' | 'noDispute'; tableSaysSo: (m: ReportModel) => boolean }[] = [
  { statement: 'allAnswered', counts: ['carryOut'], key: 'allAnswered', tableSaysSo: (m) => (t3Total(m, 'r4')?.value ?? 0) > 0 },
  { statement: 'zeroApps', counts: ['recv', 'recvHandle'], key: 'zeroApps', tableSaysSo: (m) => (t3Total(m, 'r1')?.value ?? 0) > 0 },
  {
    statement: 'noDispute',
    counts: ['review', 'litigation'],
    key: 'noDispute',
    tableSaysSo: (m) => ['t4.rev.total', 't4.lit_direct.total', 't4.lit_after.total'].some((id) => (m.cells.get(id)?.value ?? 0) > 0),
  },
];

export default defineRule({
  meta: {
    code: 'N-SELF-CONTRADICTION',
    title: { 'zh-CN': '正文前后不矛盾', en: 'The text does not contradict itself' },
    description: {
      'zh-CN':
        '正文一处写“所有申请均已办结（答复）”，另一处又写有若干件“结转下年度”；一处写“未收到政府信息公开申请”，另一处又写收到若干件；一处写“未发生行政复议、行政诉讼”，另一处又写有若干件。两种说法不能都对，给出警告。表格也有该数字时，正文与表格的比较（N-ALL-ANSWERED、N-ZERO-APPS、N-NO-DISPUTE）已标出同一处，本规则不再重复。',
      en: 'One place says every application was concluded while another carries some over to next year; one says no application was received while another counts some; one says there was no review or lawsuit while another counts some. Both cannot be right: a warning. When the table has the count too, the rule comparing the text with the table (N-ALL-ANSWERED, N-ZERO-APPS, N-NO-DISPUTE) already marks the phrase and this one stays quiet.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['narrative'],
    example: '全年共收到申请 12 件，所有申请均已办结。\n……其中 2 件结转下年度继续办理。',
  },
  check(ctx) {
    const { model, locale } = ctx;
    for (const pair of PAIRS) {
      const counts = claimsOf(model, ...pair.counts).filter((c): c is Claim & { value: number } => c.value !== null && c.value > 0);
      const first = counts[0];
      // When the table also has the count, the statement's rule against the table (N-ALL-ANSWERED,
      // N-ZERO-APPS, N-NO-DISPUTE) already marks this phrase: one finding per phrase.
      if (!first || pair.tableSaysSo(model)) continue;
      for (const s of claimsOf(model, pair.statement)) {
        ctx.report({
          message: msg(locale, pair.key, { line: first.range.start.line + 1, value: first.value }),
          range: s.range,
          relatedInformation: counts.map((c) => ({ range: c.range, message: c.sentence.trim().slice(0, 80) })),
        });
      }
    }
  },
});
