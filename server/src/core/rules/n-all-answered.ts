import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { cellName } from '../i18n/names';
import { claimsOf } from '../narrative/claims';
import { relatedCell, claimText } from '../rule-helpers/claim-rule';
import { t3Total } from '../narrative/cells';

const msg = defineMessages({
  message: {
    'zh-CN': '正文称申请均已办结（答复），但表三“{cell}”为 {value}，即仍有申请转下年度办理{hint}',
    en: 'The text says every application was concluded, but Table III "{cell}" is {value}: some carry over to next year{hint}',
  },
});

export default defineRule({
  meta: {
    code: 'N-ALL-ANSWERED',
    title: { 'zh-CN': '正文称均已答复时不应有结转', en: '"All answered" means nothing carried over' },
    description: {
      'zh-CN': '正文写“均已答复”“全部按要求及时回复”“办结率100%”时，表三“四、结转下年度继续办理·总计”应为 0。句中提到结转、顺延的不检查。不为 0 时给出警告（正文可能只指已到期的申请）。',
      en: 'When the text says every application was answered ("均已答复", "办结率100%"), Table III "IV. Carried over to next year · total" should be 0. Sentences that mention a carry-over are skipped. Otherwise a warning (the text may mean only the applications already due).',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['narrative', 'table3'],
    example: '共收到申请 20 件，均已在当年答复。   ← 表三“四、结转下年度继续办理·总计”为 2',
  },
  check(ctx) {
    const { model, locale } = ctx;
    const r4 = t3Total(model, 'r4');
    if (!r4 || r4.value === 0) return;
    for (const claim of claimsOf(model, 'allAnswered')) {
      ctx.report({
        message: msg(locale, 'message', { cell: cellName(r4.cellId, locale), value: r4.value, hint: r4.computed ? claimText(locale, 'hint.computed') : '' }),
        range: claim.range,
        relatedInformation: relatedCell(ctx, r4),
        cellId: r4.cellId,
      });
    }
  },
});
