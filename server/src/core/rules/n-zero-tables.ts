import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { claimsOf, type ClaimKind } from '../narrative/claims';
import { T3_CELL_IDS } from '../template/table3';
import { T4_CELL_IDS } from '../template/table4';
import type { ReportModel } from '../model';

const msg = defineMessages({
  t3: {
    'zh-CN': '表三全部为 0，但正文写到收到申请 {value} 件（“{phrase}”）：表格可能是空白模板未填写',
    en: 'Table III is all zeros, but the text mentions {value} applications ("{phrase}"): the table may be the blank template left unfilled',
  },
  t4: {
    'zh-CN': '表四全部为 0，但正文写到{what} {value} 件（“{phrase}”）：表格可能是空白模板未填写',
    en: 'Table IV is all zeros, but the text mentions {what} {value} ("{phrase}"): the table may be the blank template left unfilled',
  },
  review: { 'zh-CN': '行政复议', en: 'administrative reviews' },
  litigation: { 'zh-CN': '行政诉讼', en: 'lawsuits' },
});

/** Every cell of the table is read and every one is 0 (a table the text does not hold is not "all zero"). */
function allZero(model: ReportModel, ids: readonly string[]): boolean {
  let seen = 0;
  for (const id of ids) {
    const v = model.cells.get(id)?.value;
    if (v === null || v === undefined) continue;
    if (v !== 0) return false;
    seen++;
  }
  return seen >= ids.length / 2;
}

export default defineRule({
  meta: {
    code: 'N-ZERO-TABLES',
    title: { 'zh-CN': '表三、表四全为 0 而正文写有申请或复议诉讼', en: 'Tables III/IV all zero while the text reports cases' },
    description: {
      'zh-CN':
        '表三（或表四）每一格都是 0，而正文写明收到了政府信息公开申请（或发生了行政复议、行政诉讼）且件数大于 0 时给出警告：常见原因是从空白模板复制的表格没有填写。与 N-RECV 等逐数核对的规则不同，本规则看整张表。',
      en: 'Table III (or IV) holds only zeros while the text states a positive number of applications (or of administrative reviews or lawsuits): usually a table copied from the blank template and never filled in. Unlike N-RECV, which compares one figure, this rule looks at the whole table.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['narrative', 'table3'],
    example: '本年度共收到政府信息公开申请12件。   ← 表三各格均为 0',
  },
  check(ctx) {
    const { model, locale } = ctx;
    const first = (...kinds: ClaimKind[]) => claimsOf(model, ...kinds).find((c) => (c.value ?? 0) > 0);
    if (model.t3 && allZero(model, T3_CELL_IDS)) {
      const claim = first('recv', 'recvHandle');
      if (claim) ctx.report({ message: msg(locale, 't3', { value: claim.value!, phrase: claim.phrase }), range: claim.range });
    }
    if (model.t4 && allZero(model, T4_CELL_IDS)) {
      const claim = first('review', 'litigation');
      if (claim) ctx.report({ message: msg(locale, 't4', { value: claim.value!, phrase: claim.phrase, what: msg(locale, claim.kind === 'review' ? 'review' : 'litigation') }), range: claim.range });
    }
  },
});
