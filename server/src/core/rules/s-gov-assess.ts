import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { isPeoplesGovernment } from '../rule-helpers/agency';

const msg = defineMessages({
  message: { 'zh-CN': '人民政府的年报应在“一、总体情况”写明工作考核、社会评议和责任追究结果（条例第五十条第（四）项）', en: 'A people\'s government report must state the results of assessment, public evaluation and accountability in section 1 (Art. 50(4))' },
});

export default defineRule({
  meta: {
    code: 'S-GOV-ASSESS',
    title: { 'zh-CN': '人民政府年报写明考核、评议、追究结果', en: 'Government reports state assessment results' },
    description: {
      'zh-CN': '条例第五十条第（四）项要求各级人民政府在年报中报告政府信息公开工作考核、社会评议和责任追究结果。标题是人民政府（不是其部门）而“一、总体情况”未提及考核、评议或追究时给出警告。',
      en: 'Art. 50(4) requires people\'s governments to report assessment, public evaluation and accountability results. Warns when a government (not a department) never mentions them in section 1.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['structure', 'narrative'],
  },
  check(ctx) {
    if (!isPeoplesGovernment(ctx.model)) return;
    const s = ctx.model.sections.find((x) => x.id === '一');
    if (!s) return;
    const body = ctx.model.lines.slice(s.bodyStartLine, s.endLine + 1).join('\n');
    if (/考核|评议|追究/.test(body)) return;
    ctx.report({ message: msg(ctx.locale, 'message'), range: s.headingRange });
  },
});
