/**
 * Messages of the reviewer's rules (narrative ↔ table, years, cross-year): same shape as
 * the main catalog, kept apart so the two can grow without stepping on each other.
 */
export const REVIEW_MESSAGES = {
  // Narrative ↔ table (spec §3.5)
  'N-RECV': {
    'zh-CN': '正文称收到政府信息公开申请 {stated} 件，但表三“{cell}”为 {value}{hint}',
    en: 'The text says {stated} applications were received, but Table III "{cell}" is {value}{hint}',
  },
  'N-RECV-AND-HANDLE': {
    'zh-CN': '正文称收到和处理申请 {stated} 件，但表三本年新收为 {r1}、新收与上年结转之和为 {r12}、办理结果总计为 {r37}，都不相符',
    en: 'The text says {stated} applications were received and handled, but Table III shows {r1} new, {r12} new plus carried over, and {r37} handled; none matches',
  },
  'N-CLOSED': {
    'zh-CN': '正文称办结（答复）申请 {stated} 件，但表三“{cell}”为 {value}{hint}',
    en: 'The text says {stated} applications were concluded (answered), but Table III "{cell}" is {value}{hint}',
  },
  'N-CARRY-OUT': {
    'zh-CN': '正文称 {stated} 件申请转下年度办理，但表三“{cell}”为 {value}{hint}',
    en: 'The text says {stated} applications carry over to next year, but Table III "{cell}" is {value}{hint}',
  },
  'N-CARRY-IN': {
    'zh-CN': '正文称上年结转申请 {stated} 件，但表三“{cell}”为 {value}{hint}',
    en: 'The text says {stated} applications were carried over from last year, but Table III "{cell}" is {value}{hint}',
  },
  'N-ZERO-APPS': {
    'zh-CN': '正文称未收到政府信息公开申请，但表三“{cell}”为 {value}{hint}',
    en: 'The text says no applications were received, but Table III "{cell}" is {value}{hint}',
  },
  'N-ALL-ANSWERED': {
    'zh-CN': '正文称申请均已办结（答复），但表三“{cell}”为 {value}，即仍有申请转下年度办理{hint}',
    en: 'The text says every application was concluded, but Table III "{cell}" is {value}: some carry over to next year{hint}',
  },
  'N-REVIEW': {
    'zh-CN': '正文称政府信息公开行政复议 {stated} 件，但表四“{cell}”为 {value}',
    en: 'The text says there were {stated} administrative reviews, but Table IV "{cell}" is {value}',
  },
  'N-LITIGATION': {
    'zh-CN': '正文称政府信息公开行政诉讼 {stated} 件，但表四未经复议直接起诉 {direct} 件 + 复议后起诉 {after} 件 = {value} 件',
    en: 'The text says there were {stated} lawsuits, but Table IV has {direct} without review + {after} after review = {value}',
  },
  'N-NO-DISPUTE': {
    'zh-CN': '正文称未发生政府信息公开行政复议、行政诉讼，但表四{cells}',
    en: 'The text says there was no administrative review or litigation, but in Table IV {cells}',
  },
  'N-NO-DISPUTE.cell': { 'zh-CN': '“{cell}”为 {value}', en: '"{cell}" is {value}' },
  'N-NORMATIVE': {
    'zh-CN': '正文称行政规范性文件{what} {stated} 件，但表二“{cell}”为 {value}',
    en: 'The text says {stated} normative documents were {what}, but Table II "{cell}" is {value}',
  },
  'N-REGULATION': {
    'zh-CN': '正文称规章{what} {stated} 件，但表二“{cell}”为 {value}',
    en: 'The text says {stated} rules were {what}, but Table II "{cell}" is {value}',
  },
  'N.what.issued': { 'zh-CN': '本年制发', en: 'issued this year' },
  'N.what.repealed': { 'zh-CN': '本年废止', en: 'repealed this year' },
  'N.what.valid': { 'zh-CN': '现行有效', en: 'currently valid' },
  'N-PENALTY': {
    'zh-CN': '正文称作出行政处罚决定 {stated} 件，但表二“{cell}”为 {value}',
    en: 'The text says {stated} administrative penalty decisions were made, but Table II "{cell}" is {value}',
  },
  'N-LICENSE': {
    'zh-CN': '正文称作出行政许可决定 {stated} 件，但表二“{cell}”为 {value}',
    en: 'The text says {stated} licensing decisions were made, but Table II "{cell}" is {value}',
  },
  'N-FEE-INFOPROC.contradiction': {
    'zh-CN': '正文称收取信息处理费 {stated} 元，但第 {line} 行又称未收取费用',
    en: 'The text says {stated} yuan of information processing fees were collected, but line {line} says no fee was collected',
  },
  'N-FEE-INFOPROC.placement': {
    'zh-CN': '信息处理费收取情况建议在“六、其他需要报告的事项”中报告',
    en: 'Information processing fees are usually reported in section 6 (other matters)',
  },
  'N.confirmed': { 'zh-CN': '正文所述 {stated} 与{cell}（{value}）一致', en: 'The text says {stated}, matching {cell} ({value})' },
  'N.related': { 'zh-CN': '{cell} = {value}', en: '{cell} = {value}' },
  'N.related.computed': { 'zh-CN': '{cell} = {value}（按六列之和）', en: '{cell} = {value} (sum of the six columns)' },
  'N.corrected': {
    'zh-CN': '。正文数字与表格按勾稽关系更正后的值一致，只报告表格的求和错误',
    en: '. The text matches the value the table\'s own sums give, so only the table\'s sum error is reported',
  },
  'N.hint.colsum': { 'zh-CN': '；该行六列之和为 {sum}，可能是“总计”填错', en: '; the six columns of that row add up to {sum}, so the total may be wrong' },
  'N.hint.carry': { 'zh-CN': '；本年新收与上年结转之和为 {sum}，正文可能把上年结转也算在内', en: '; new plus carried-over applications make {sum}, so the text may include the carried-over ones' },
  'N.hint.computed': { 'zh-CN': '（表三无“总计”列，按六列之和计算）', en: ' (Table III has no total column; the six columns were added up)' },

  // Years (spec §3.6)
  'Y-TITLE': { 'zh-CN': '标题中没有年份，应写明报告年度，如“{example}”', en: 'The title has no year; name the reporting year, e.g. "{example}"' },
  'Y-TITLE.year': { 'zh-CN': '；按正文，报告年度为 {year} 年', en: '; the body suggests the reporting year is {year}' },
  'Y-BODY': {
    'zh-CN': '第{section}部分出现“{year}年”，与报告年度 {report} 年不符，可能沿用了往年表述',
    en: 'Section {section} mentions the year {year}, but the report is for {report}; the text may be copied from an earlier report',
  },
  'Y-BODY.next': {
    'zh-CN': '第{section}部分出现“{year}年”（报告年度的下一年）；下一年度的计划宜写在“五、存在的主要问题及改进情况”',
    en: 'Section {section} mentions {year}, the year after the report; plans for next year belong in section 5',
  },
  'Y-PERIOD': {
    'zh-CN': '统计期限写为“{stated}”，应为 {year}年1月1日至{year}年12月31日',
    en: 'The statistics period is given as "{stated}"; it should be 1 January to 31 December {year}',
  },

  // Cross-year (spec §3.4)
  'X-CARRY': {
    'zh-CN': '表三“上年结转·{column}”为 {value}，但上年报告（{file}）“结转下年度继续办理·{column}”为 {prev}；如对上年数字作了更正，请在报告中说明',
    en: 'Table III "carried over from last year · {column}" is {value}, but last year\'s report ({file}) carried {prev} over to this year; explain any correction in the report',
  },
  'X-CARRY.related': { 'zh-CN': '上年报告：{cell} = {value}', en: 'Last year\'s report: {cell} = {value}' },
  'X-VALID': {
    'zh-CN': '“{cell}”为 {valid}，按上年报告（{file}）现行有效 {prevValid} + 本年制发 {issued} − 本年废止 {repealed} 应为 {expected}，相差 {diff}；如有失效、清理等情况请在报告中说明',
    en: '"{cell}" is {valid}, but last year\'s report ({file}) had {prevValid}: {prevValid} + {issued} issued − {repealed} repealed = {expected}, a difference of {diff}; explain expiries or clean-ups in the report',
  },
  'X-VALID.related': { 'zh-CN': '上年报告：{cell} = {value}', en: 'Last year\'s report: {cell} = {value}' },
  'X-SAME-TEXT': {
    'zh-CN': '第{section}部分与上年报告（{file} 第 {line} 行起）的文字相似度为 {pct}%，可能内容雷同',
    en: 'Section {section} is {pct}% similar to last year\'s report ({file}, from line {line}); the text may have been reused',
  },
  'X-SAME-TEXT.related': { 'zh-CN': '上年报告第{section}部分', en: 'Section {section} of last year\'s report' },
} satisfies Record<string, { 'zh-CN': string; en: string }>;
