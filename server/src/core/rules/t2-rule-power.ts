import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { agencyLevel, agencyName } from '../rule-helpers/agency';

const msg = defineMessages({
  message: { 'zh-CN': '{agency}一般没有规章制定权，但规章一行填了数字（{cells}）', en: '{agency} usually has no power to make rules, but the rules row is not zero ({cells})' },
});

export default defineRule({
  meta: {
    code: 'T2-RULE-POWER',
    title: { 'zh-CN': '无规章制定权的机关规章应为 0', en: 'No rules from agencies without rule-making power' },
    description: {
      'zh-CN': '只有国务院部门和省、自治区、直辖市、设区的市、自治州人民政府有规章制定权（《立法法》第九十一条、第九十三条）。县、区、乡镇、街道及其部门的规章一行一般应为 0。市级部门有时填报其起草的规章，所以只是警告。',
      en: 'Only State Council departments and provincial / districted-city / autonomous-prefecture governments make rules (Legislation Law arts. 91, 93). County-level and lower agencies should report 0.',
    },
    severity: 'warning',
    fix: 'none',
    tags: ['table2'],
  },
  check(ctx) {
    const level = agencyLevel(ctx.model, ctx.settings.agencyLevels);
    if (level !== 'county' && level !== 'township') return;
    const cells = ['issued', 'repealed', 'valid'].map((c) => ctx.model.cells.get(`t2.regulation.${c}`)!).filter((c) => c.range && (c.value ?? 0) > 0);
    if (!cells.length) return;
    ctx.report({
      message: msg(ctx.locale, 'message', { agency: agencyName(ctx.model), cells: cells.map((c) => c.value).join('/') }),
      range: cells[0]!.range!,
      cellId: cells[0]!.id,
    });
  },
});
