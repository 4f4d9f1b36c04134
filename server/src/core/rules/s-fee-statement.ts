import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import type { ReportModel } from '../model';
import type { Range } from '../types';

const msg = defineMessages({
  missing: {
    'zh-CN': '未说明是否收取信息处理费：依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），应在“六、其他需要报告的事项”中写明本年度信息处理费收取情况（未收取也应写明）',
    en: 'The report does not say whether information processing fees were charged: under the 2020 fee measures (国办函〔2020〕109号) section 6 should state it (also when none was charged)',
  },
});

/**
 * Words that say something about the fee: an amount, a denial, a 收费 table. Table 二's
 * 行政事业性收费 row and table 三's 缴纳费用 row are other things and their lines are skipped.
 */
const FEE_STATEMENT = /信息处理费|处理费|收费|免费|(?:收取|收缴|缴纳|产生)[^。；;，,]{0,16}费用/;

function tableLines(model: ReportModel): Set<number> {
  const out = new Set<number>();
  for (const t of [model.t2, model.t3]) if (t) for (let i = t.startLine; i <= t.endLine; i++) out.add(i);
  return out;
}

/** Whether any line outside tables 二/三 (headings, prose, a fee table of its own) speaks of the fee. */
export function statesFee(model: ReportModel): boolean {
  const skip = tableLines(model);
  return model.lines.some((line, i) => !skip.has(i) && FEE_STATEMENT.test(line));
}

export default defineRule({
  meta: {
    code: 'S-FEE-STATEMENT',
    title: { 'zh-CN': '写明是否收取信息处理费', en: 'The report says whether information processing fees were charged' },
    description: {
      'zh-CN':
        '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）施行后，年报应在“六、其他需要报告的事项”中写明本年度是否收取、收取多少信息处理费；未收取的也应写明“未收取信息处理费”。全文（表二“行政事业性收费”和表三“缴纳费用”两行除外）都没有关于信息处理费或收费的表述时给出警告。写在别的部分也算已说明（位置由 N-FEE-INFOPROC 提示）。',
      en: 'Since the 2020 fee measures (国办函〔2020〕109号), section 6 should state whether, and how much, information processing fee was charged — also when none was. A warning when nothing in the report (outside the 行政事业性收费 row of Table II and the unpaid-fee row of Table III) speaks of the fee. A statement in another section counts (N-FEE-INFOPROC notes the placement).',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['structure', 'narrative'],
    example: '六、其他需要报告的事项\n本年度无其他需要报告的事项。   ← 未说明是否收取信息处理费',
  },
  check(ctx) {
    const { model } = ctx;
    if (!model.sections.length || statesFee(model)) return;
    const six = model.sections.find((s) => s.id === '六');
    const last = model.sections[model.sections.length - 1]!;
    const range: Range = (six ?? last).headingRange;
    ctx.report({ message: msg(ctx.locale, 'missing'), range });
  },
});
