/**
 * Table 三 — 收到和处理政府信息公开申请情况 (spec §2.2).
 * 25 data rows × 7 numeric columns; cell ids `t3.<row>.<column>`.
 */

export type T3ColumnId = 'np' | 'biz' | 'sci' | 'ngo' | 'law' | 'oth' | 'tot';

export interface Table3ColumnDef {
  id: T3ColumnId;
  label: string;
  /** Normalised header words that name the column. */
  names: string[];
  group?: '法人或其他组织';
}

export const T3_COLUMNS: readonly Table3ColumnDef[] = [
  { id: 'np', label: '自然人', names: ['自然人'] },
  { id: 'biz', label: '商业企业', names: ['商业企业'], group: '法人或其他组织' },
  { id: 'sci', label: '科研机构', names: ['科研机构'], group: '法人或其他组织' },
  { id: 'ngo', label: '社会公益组织', names: ['社会公益组织'], group: '法人或其他组织' },
  { id: 'law', label: '法律服务机构', names: ['法律服务机构'], group: '法人或其他组织' },
  { id: 'oth', label: '其他', names: ['其他', '其他组织'], group: '法人或其他组织' },
  { id: 'tot', label: '总计', names: ['总计'] },
];

export const T3_COLUMN_IDS: readonly T3ColumnId[] = T3_COLUMNS.map((c) => c.id);

/** The six applicant columns whose sum is the row's 总计. */
export const T3_APPLICANT_COLUMNS: readonly T3ColumnId[] = T3_COLUMN_IDS.filter((c) => c !== 'tot');

export interface Table3RowDef {
  id: string;
  /** Official label, full-width punctuation as printed in the format. */
  label: string;
  /** Short name used in messages, e.g. `（四）1.本机关不掌握相关政府信息`. */
  short: string;
  /**
   * Normalised phrases; any one identifies the row (spec §2.2 key phrases). Label typos that
   * published reports carry are phrases too (`行政止公开` in real/001–002's PDFs, `执法案件` for
   * 执法案卷): a label is matched by its words, never by where it stands in the table.
   */
  keyPhrases: string[];
  /** Group the row sits in (`三`, `（三）` …), if any. */
  group?: string;
  /** A leaf result row: its values add up into （七）总计. */
  leaf?: boolean;
}

export interface Table3GroupDef {
  id: string;
  label: string;
  keyPhrases: string[];
}

/** Group labels carry no numbers of their own (spec §2.2). */
export const T3_GROUPS: readonly Table3GroupDef[] = [
  { id: 'g3', label: '三、本年度办理结果', keyPhrases: ['本年度办理结果', '办理结果'] },
  { id: 'g3_3', label: '（三）不予公开', keyPhrases: ['不予公开'] },
  { id: 'g3_4', label: '（四）无法提供', keyPhrases: ['无法提供'] },
  { id: 'g3_5', label: '（五）不予处理', keyPhrases: ['不予处理'] },
  { id: 'g3_6', label: '（六）其他处理', keyPhrases: ['其他处理'] },
];

export const T3_ROWS: readonly Table3RowDef[] = [
  { id: 'r1', label: '一、本年新收政府信息公开申请数量', short: '一、本年新收', keyPhrases: ['本年新收'] },
  { id: 'r2', label: '二、上年结转政府信息公开申请数量', short: '二、上年结转', keyPhrases: ['上年结转'] },
  { id: 'r3_1', label: '（一）予以公开', short: '（一）予以公开', keyPhrases: ['予以公开'], group: 'g3', leaf: true },
  { id: 'r3_2', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', short: '（二）部分公开', keyPhrases: ['部分公开'], group: 'g3', leaf: true },
  { id: 'r3_3_1', label: '1.属于国家秘密', short: '（三）1.属于国家秘密', keyPhrases: ['国家秘密'], group: 'g3_3', leaf: true },
  { id: 'r3_3_2', label: '2.其他法律行政法规禁止公开', short: '（三）2.其他法律行政法规禁止公开', keyPhrases: ['法律行政法规禁止', '法规禁止', '行政止公开', '禁止公开'], group: 'g3_3', leaf: true },
  { id: 'r3_3_3', label: '3.危及“三安全一稳定”', short: '（三）3.危及“三安全一稳定”', keyPhrases: ['三安全一稳定', '三安全'], group: 'g3_3', leaf: true },
  { id: 'r3_3_4', label: '4.保护第三方合法权益', short: '（三）4.保护第三方合法权益', keyPhrases: ['第三方合法权益', '第三方'], group: 'g3_3', leaf: true },
  { id: 'r3_3_5', label: '5.属于三类内部事务信息', short: '（三）5.属于三类内部事务信息', keyPhrases: ['内部事务'], group: 'g3_3', leaf: true },
  { id: 'r3_3_6', label: '6.属于四类过程性信息', short: '（三）6.属于四类过程性信息', keyPhrases: ['过程性'], group: 'g3_3', leaf: true },
  { id: 'r3_3_7', label: '7.属于行政执法案卷', short: '（三）7.属于行政执法案卷', keyPhrases: ['执法案卷', '执法案件'], group: 'g3_3', leaf: true },
  { id: 'r3_3_8', label: '8.属于行政查询事项', short: '（三）8.属于行政查询事项', keyPhrases: ['行政查询', '查询事项'], group: 'g3_3', leaf: true },
  { id: 'r3_4_1', label: '1.本机关不掌握相关政府信息', short: '（四）1.本机关不掌握相关政府信息', keyPhrases: ['不掌握'], group: 'g3_4', leaf: true },
  { id: 'r3_4_2', label: '2.没有现成信息需要另行制作', short: '（四）2.没有现成信息需要另行制作', keyPhrases: ['另行制作', '没有现成'], group: 'g3_4', leaf: true },
  { id: 'r3_4_3', label: '3.补正后申请内容仍不明确', short: '（四）3.补正后申请内容仍不明确', keyPhrases: ['补正后', '仍不明确'], group: 'g3_4', leaf: true },
  { id: 'r3_5_1', label: '1.信访举报投诉类申请', short: '（五）1.信访举报投诉类申请', keyPhrases: ['信访举报投诉', '信访', '举报投诉'], group: 'g3_5', leaf: true },
  { id: 'r3_5_2', label: '2.重复申请', short: '（五）2.重复申请', keyPhrases: ['重复申请'], group: 'g3_5', leaf: true },
  { id: 'r3_5_3', label: '3.要求提供公开出版物', short: '（五）3.要求提供公开出版物', keyPhrases: ['公开出版物', '出版物'], group: 'g3_5', leaf: true },
  { id: 'r3_5_4', label: '4.无正当理由大量反复申请', short: '（五）4.无正当理由大量反复申请', keyPhrases: ['大量反复'], group: 'g3_5', leaf: true },
  { id: 'r3_5_5', label: '5.要求行政机关确认或重新出具已获取信息', short: '（五）5.要求行政机关确认或重新出具已获取信息', keyPhrases: ['重新出具', '已获取信息'], group: 'g3_5', leaf: true },
  { id: 'r3_6_1', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', short: '（六）1.逾期不补正', keyPhrases: ['逾期不补正'], group: 'g3_6', leaf: true },
  { id: 'r3_6_2', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', short: '（六）2.逾期未缴纳费用', keyPhrases: ['收费通知', '缴纳费用'], group: 'g3_6', leaf: true },
  { id: 'r3_6_3', label: '3.其他', short: '（六）3.其他', keyPhrases: [], group: 'g3_6', leaf: true },
  { id: 'r3_7', label: '（七）总计', short: '（七）总计', keyPhrases: [], group: 'g3' },
  { id: 'r4', label: '四、结转下年度继续办理', short: '四、结转下年度继续办理', keyPhrases: ['结转下年度', '转下年度'] },
];

export const T3_ROW_IDS: readonly string[] = T3_ROWS.map((r) => r.id);

/** The 21 leaf result rows that add up to （七）总计. */
export const T3_LEAF_ROWS: readonly string[] = T3_ROWS.filter((r) => r.leaf).map((r) => r.id);

/**
 * The 2019 trial format has （六）其他处理 as one data row (spec §2.5). It is modelled as
 * an extra row id so a 2019/2020 report (or an old table copied forward) keeps its number.
 */
export const T3_TRIAL_OTHER_ROW = { id: 'r3_6', label: '（六）其他处理', short: '（六）其他处理' } as const;

/** The corner note holding the column rule (spec §2.2). */
export const T3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const T3_NOTE_KEY = '勾稽关系';
/** The note's key word as reports write it (钩稽 is a common variant). */
export const T3_NOTE_KEYS: readonly string[] = [T3_NOTE_KEY, '钩稽关系'];
/** Header cells above the numbers: the applicant banner and the organisation column group. */
export const T3_APPLICANT_HEADER = '申请人情况';
export const T3_ORG_GROUP = '法人或其他组织';

/** Optional subtotal column of the 8-column variant (spec §2.2, §3.1). */
export const T3_SUBTOTAL_WORD = '小计';

export const T3_CELL_IDS: readonly string[] = T3_ROW_IDS.flatMap((r) => T3_COLUMN_IDS.map((c) => `t3.${r}.${c}`));
