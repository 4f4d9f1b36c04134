/**
 * The message catalog: every diagnostic text in zh-CN (default) and English.
 * Placeholders are `{name}`; `format` fills them.
 */
import type { Locale } from '../types';
import { REVIEW_MESSAGES } from './messages-review';

type Entry = { 'zh-CN': string; en: string };

const CORE_MESSAGES = {
  // Arithmetic, table 三
  'T3-ROWSUM': { 'zh-CN': '{total} 为 {actual}，但{partsName}之和为 {expected}', en: '{total} is {actual}, but the sum of {partsName} is {expected}' },
  'T3-ROWSUM.parts': { 'zh-CN': '自然人至其他六列', en: 'the six applicant columns' },
  'T3-RESULTSUM': { 'zh-CN': '{total} 为 {actual}，但各办理结果之和为 {expected}', en: '{total} is {actual}, but the handling results add up to {expected}' },
  'T3-BALANCE': {
    'zh-CN': '“{column}”列不平衡：一+二 = {r1}+{r2} = {lhs}，但（七）总计+四 = {r37}+{r4} = {rhs}',
    en: 'Column "{column}" does not balance: I + II = {r1}+{r2} = {lhs}, but (7) Total + IV = {r37}+{r4} = {rhs}',
  },
  'T3-BALANCE.after-resultsum': { 'zh-CN': '；（七）总计本身与各项之和不符，请先核对（七）', en: '; (7) Total itself does not match its rows, check it first' },
  'T3-SUBTOTAL': { 'zh-CN': '{total} 为 {actual}，但其组成之和为 {expected}', en: '{total} is {actual}, but its parts add up to {expected}' },
  'culprit': { 'zh-CN': '；其他数字都指向 {cell} 有误（应为 {value}）', en: '; the other figures all point at {cell} (it should be {value})' },
  'suspect.one': { 'zh-CN': '；若其他数字无误，{cell} 应为 {value}', en: '; if the other figures are right, {cell} should be {value}' },
  'suspect.many': { 'zh-CN': '；无法由其他数字确定哪一个有误，可能是：{cells}', en: '; the other figures cannot tell which one is wrong; it may be: {cells}' },
  'T3-ROWSUM.eq': { 'zh-CN': '{total} 应等于 自然人至其他六列之和 = {sum}', en: '{total} should equal the six applicant columns = {sum}' },
  'T3-ROWSUM.blank-total': { 'zh-CN': '总计列未填写，全部为 0（{rows} 行的各列并不为 0）', en: 'The Total column is not filled in: all 0 ({rows} rows have non-zero columns)' },
  'T3-ROWSUM.blank-total.eq': { 'zh-CN': '每行的总计应等于 自然人至其他六列之和', en: 'Each row total should equal its six applicant columns' },
  'T3-RESULTSUM.eq': { 'zh-CN': '{total} 应等于 （一）至（六）各项之和 = {sum}', en: '{total} should equal the results (1) to (6) = {sum}' },
  'T3-BALANCE.eq': { 'zh-CN': '“{column}”列：一＋二 = {lhs} 应等于 （七）总计＋四 = {rhs}', en: 'Column "{column}": I + II = {lhs} should equal (7) Total + IV = {rhs}' },
  'T4-SUM.prose-parts': { 'zh-CN': '；正文所述行政复议 {value} 件与四项之和一致，更可能是总计有误', en: '; the text says {value} reviews, as the outcomes add up: the total is the more likely error' },
  'T4-SUM.prose-total': { 'zh-CN': '；正文所述行政复议 {value} 件与总计一致，更可能是某一项结果有误', en: '; the text says {value} reviews, as the total does: an outcome is the more likely error' },
  'T4-SUM.eq': { 'zh-CN': '{total} 应等于 结果维持、结果纠正、其他结果、尚未审结之和 = {sum}', en: '{total} should equal upheld + corrected + other + pending = {sum}' },
  'T3-NONNEG-INT': { 'zh-CN': '{cell} 为 {raw}，应为不小于 0 的整数', en: '{cell} is {raw}; it must be a whole number ≥ 0' },
  'T3-SHAPE.row': { 'zh-CN': '该行只有 {count} 个数字，应为 {expected} 个', en: 'This row has {count} numbers; it should have {expected}' },
  'T3-SHAPE.missing-column': { 'zh-CN': '；按其他行、列的加总，最可能缺少的是“{column}”列（应为 {value}）', en: '; from the other rows\' and columns\' sums, the missing one is most likely "{column}" ({value})' },
  'T3-SHAPE.missing-any': { 'zh-CN': '；按加总，补一个 {value} 即可使各项加总成立（缺哪一列结果相同）', en: '; by the sums, adding a {value} makes every sum hold (whichever column it is)' },
  'T3-SHAPE.missing-zeros': { 'zh-CN': '；该行全为 0，按加总补上 {count} 个 0 即可使各项加总成立', en: '; the row is all 0: adding {count} zeros makes every sum hold' },
  'T3-SHAPE.fix-missing-zeros': { 'zh-CN': '补上 {count} 个 0', en: 'Add {count} zeros' },
  'T3-SHAPE.fix-missing-column': { 'zh-CN': '假设缺少“{column}”列：在该处插入 {value}', en: 'Assuming "{column}" is missing: insert {value} there' },
  'T3-SHAPE.fix-missing-any': { 'zh-CN': '补一个 {value}', en: 'Add a {value}' },
  'T3-SHAPE.row-long': { 'zh-CN': '该行有 {count} 个数字，应为 {expected} 个', en: 'This row has {count} numbers; it should have {expected}' },
  'T3-SHAPE.no-total': { 'zh-CN': '表三缺少“总计”列', en: 'Table III has no "Total" column' },
  'T3-SHAPE.no-table': { 'zh-CN': '未找到表三（收到和处理政府信息公开申请情况）', en: 'Table III (applications received and handled) was not found' },
  'T3-ROWS-PRESENT.missing': { 'zh-CN': '表三缺少“{row}”行', en: 'Table III is missing the row "{row}"' },
  'T3-ROWS-PRESENT.duplicate': { 'zh-CN': '表三“{row}”行重复出现', en: 'Table III has the row "{row}" more than once' },
  'T3-ROWS-PRESENT.order': { 'zh-CN': '“{row}”行的位置与模板顺序不一致', en: 'The row "{row}" is out of template order' },
  'T3-ROWS-PRESENT.unknown': { 'zh-CN': '无法识别的表三行“{label}”', en: 'Unrecognised Table III row "{label}"' },
  // Table 四
  'T4-SUM': { 'zh-CN': '{group} 的五个数字中有一个有误：{total} 为 {actual}，但结果维持、结果纠正、其他结果、尚未审结之和为 {expected}', en: 'One of the five {group} figures is wrong: {total} is {actual}, but upheld + corrected + other + pending is {expected}' },
  'T4-NONNEG-INT': { 'zh-CN': '{cell} 为 {raw}，应为不小于 0 的整数', en: '{cell} is {raw}; it must be a whole number ≥ 0' },
  'T4-SHAPE.count': { 'zh-CN': '表四数据行有 {count} 个数字，应为 15 个', en: 'The Table IV data row has {count} numbers; it should have 15' },
  'T4-SHAPE.no-row': { 'zh-CN': '表四没有数据行（应为 15 个数字）', en: 'Table IV has no data row (15 numbers expected)' },
  'T4-SHAPE.no-table': { 'zh-CN': '未找到表四（政府信息公开行政复议、行政诉讼情况）', en: 'Table IV (administrative review and litigation) was not found' },
  // Table 二
  'T2-NONNEG': { 'zh-CN': '{cell} 为 {raw}，应为不小于 0 的{kind}', en: '{cell} is {raw}; it must be a {kind} ≥ 0' },
  'T2-NONNEG.int': { 'zh-CN': '整数', en: 'whole number' },
  'T2-NONNEG.number': { 'zh-CN': '数字', en: 'number' },
  'T2-SHAPE.group': { 'zh-CN': '表二缺少“{group}”分表', en: 'Table II is missing the sub-table "{group}"' },
  'T2-SHAPE.row': { 'zh-CN': '表二缺少“{row}”行', en: 'Table II is missing the row "{row}"' },
  'T2-SHAPE.count': { 'zh-CN': '“{row}”行有 {count} 个数字，应为 {expected} 个', en: 'Row "{row}" has {count} numbers; it should have {expected}' },
  'T2-SHAPE.no-table': { 'zh-CN': '未找到表二（主动公开政府信息情况）', en: 'Table II (proactive disclosure) was not found' },
  'T2-FEE-UNIT.yuan': { 'zh-CN': '收费金额写成了“元”，本栏单位是万元：{raw} 应为 {wan}', en: 'The fee is written in yuan, but the column is in 10,000 yuan: {raw} should be {wan}' },
  'T2-FEE-UNIT.large': { 'zh-CN': '收费金额 {raw} 万元对{agency}而言偏大，可能误以“元”为单位填写', en: 'A fee of {raw} (10,000 yuan) is large for {agency}; it may have been entered in yuan' },
  'T2-FEE-UNIT.decimals': { 'zh-CN': '收费金额 {raw} 万元的小数超过 6 位（不足一分钱），可能换算有误', en: 'The fee {raw} has more than 6 decimals (below one fen); it may have been converted wrongly' },
  'T2-FEE-UNIT.fix': { 'zh-CN': '按“元”换算为万元：{wan}', en: 'Convert from yuan to 10,000 yuan: {wan}' },
  'T2-VALID-GE-ISSUED': { 'zh-CN': '{row}：现行有效件数 {valid} 小于本年制发件数 {issued}，可能填反了列', en: '{row}: currently valid ({valid}) is less than issued this year ({issued}); the columns may be swapped' },
  'T2-RULE-POWER': { 'zh-CN': '{agency}一般没有规章制定权，但规章一行填了数字（{cells}）', en: '{agency} usually has no power to make rules, but the rules row is not zero ({cells})' },
  'T2-OLD-FORMAT': { 'zh-CN': '使用了2019年试行版表格（“{phrase}”），{year}年报告应使用国办公开办函〔2021〕30号格式', en: 'The 2019 trial-format table is used ("{phrase}"); a {year} report must use the 2021 format' },
  'T2-OLD-FORMAT.t3': { 'zh-CN': '表三“（六）其他处理”为单行（2019年试行版），2021年起应分为 1–3 三行', en: 'Table III has "(6) Other handling" as one row (2019 trial format); since 2021 it has three sub-rows' },
  // Structure
  'S-TABLE-PLACEMENT': { 'zh-CN': '{table}应位于第{section}部分内', en: '{table} should be inside section {section}' },
  'S-SUBITEMS': { 'zh-CN': '“一、总体情况”未涵盖：{missing}', en: 'Section 1 does not cover: {missing}' },
  'S-GOV-ASSESS': { 'zh-CN': '人民政府的年报应在“一、总体情况”写明工作考核、社会评议和责任追究结果（条例第五十条第（四）项）', en: 'A people\'s government report must state the results of assessment, public evaluation and accountability in section 1 (Art. 50(4))' },
  'S-EMPTY': { 'zh-CN': '第{id}部分没有内容{hint}', en: 'Section {id} is empty{hint}' },
  'S-EMPTY.six': { 'zh-CN': '；没有需要报告的事项也应写“无”', en: '; write "无" if there is nothing to report' },
  'S-BLANK-CELL': { 'zh-CN': '{cell} 为空白，建议填 0', en: '{cell} is blank; fill in 0' },
  'S-BLANK-CELL.fix': { 'zh-CN': '填 0', en: 'Fill in 0' },
  'S-HEADING-LEVELS': { 'zh-CN': '同级部分标题的 Markdown 级别不一致：{levels}', en: 'Sibling section headings use different markdown levels: {levels}' },
  // Fix titles
  'fix.recompute': { 'zh-CN': '将 {cell} 改为 {value}', en: 'Change {cell} to {value}' },
  'fix.assume': { 'zh-CN': '假设其他数字无误：将 {cell} 改为 {value}', en: 'Assuming the other figures are right: change {cell} to {value}' },
  'fix.fill-total-column': { 'zh-CN': '填写总计列（按各列之和计算）', en: 'Fill in the Total column (computed)' },
  'fix.insert-total-column': { 'zh-CN': '插入“总计”列（按各列之和计算）', en: 'Insert the "Total" column (computed)' },
  'fix.insert-row': { 'zh-CN': '插入“{row}”行（填 0）', en: 'Insert the row "{row}" (zeros)' },
} satisfies Record<string, Entry>;

const MESSAGES = { ...CORE_MESSAGES, ...REVIEW_MESSAGES };

export type MessageKey = keyof typeof MESSAGES;

type Params = Record<string, string | number>;

function fill(entry: Entry, locale: Locale, params: Params): string {
  const template = entry[locale] ?? entry['zh-CN'];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

export function format(locale: Locale, key: MessageKey, params: Params = {}): string {
  return fill(MESSAGES[key], locale, params);
}

/**
 * A rule's own messages, kept in the rule's file (the catalog above holds the older rules' and
 * shared strings): `const msg = defineMessages({ missing: { 'zh-CN': '…{x}…', en: '…' } })`,
 * then `msg(ctx.locale, 'missing', { x })`.
 */
export function defineMessages<K extends string>(catalog: Record<K, Entry>): (locale: Locale, key: K, params?: Params) => string {
  return (locale, key, params = {}) => fill(catalog[key], locale, params);
}
