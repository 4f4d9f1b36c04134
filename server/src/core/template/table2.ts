/**
 * Table 二 — 主动公开政府信息情况 (spec §2.1): four sub-tables stacked in one grid.
 * Cell ids: `t2.<row>.<column>`.
 */

export interface Table2GroupDef {
  /** `t2.g1` … `t2.g8` (numbered by the 第二十条 item). */
  id: string;
  /** Official header, e.g. `第二十条第（一）项`. */
  label: string;
  /** Normalised key: the item numeral inside the parentheses. */
  item: '一' | '五' | '六' | '八';
  rows: string[];
  columns: string[];
}

export interface Table2RowDef {
  id: 'regulation' | 'normative' | 'license' | 'penalty' | 'coercion' | 'fee';
  label: string;
  /** Normalised labels that name this row (exact match after normalisation). */
  names: string[];
  group: string;
}

export interface Table2ColumnDef {
  id: 'issued' | 'repealed' | 'valid' | 'decisions' | 'amount_wan';
  label: string;
  /** Hover key: the decision column reads differently for 许可 and 处罚/强制. */
  hoverKey: string;
}

export const T2_COLUMNS: readonly Table2ColumnDef[] = [
  { id: 'issued', label: '本年制发件数', hoverKey: 't2.col.issued' },
  { id: 'repealed', label: '本年废止件数', hoverKey: 't2.col.repealed' },
  { id: 'valid', label: '现行有效件数', hoverKey: 't2.col.valid' },
  { id: 'decisions', label: '本年处理决定数量', hoverKey: 't2.col.decisions' },
  { id: 'amount_wan', label: '本年收费金额（单位：万元）', hoverKey: 't2.col.amount_wan' },
];

export const T2_ROWS: readonly Table2RowDef[] = [
  { id: 'regulation', label: '规章', names: ['规章'], group: 't2.g1' },
  { id: 'normative', label: '行政规范性文件', names: ['行政规范性文件', '规范性文件'], group: 't2.g1' },
  { id: 'license', label: '行政许可', names: ['行政许可'], group: 't2.g5' },
  { id: 'penalty', label: '行政处罚', names: ['行政处罚'], group: 't2.g6' },
  { id: 'coercion', label: '行政强制', names: ['行政强制'], group: 't2.g6' },
  { id: 'fee', label: '行政事业性收费', names: ['行政事业性收费'], group: 't2.g8' },
];

export const T2_GROUPS: readonly Table2GroupDef[] = [
  { id: 't2.g1', label: '第二十条第（一）项', item: '一', rows: ['regulation', 'normative'], columns: ['issued', 'repealed', 'valid'] },
  { id: 't2.g5', label: '第二十条第（五）项', item: '五', rows: ['license'], columns: ['decisions'] },
  { id: 't2.g6', label: '第二十条第（六）项', item: '六', rows: ['penalty', 'coercion'], columns: ['decisions'] },
  { id: 't2.g8', label: '第二十条第（八）项', item: '八', rows: ['fee'], columns: ['amount_wan'] },
];

/** The header cell `信息内容` that starts each sub-table's column header row. */
export const T2_CONTENT_HEADER = '信息内容';

/**
 * Wording of the 2019 trial format (spec §2.5). Seeing any of these in a 2021-or-later
 * report means the old table was copied forward.
 */
export const T2_TRIAL_FORMAT_PHRASES: readonly string[] = [
  '本年新制作数量',
  '本年新公开数量',
  '对外公开总数量',
  '上一年项目数量',
  '本年增/减',
  '其他对外管理服务事项',
  '第二十条第(九)项',
  '采购项目数量',
  '采购总金额',
  '政府集中采购',
];

/** All ten cell ids of table 二 in template order. */
export const T2_CELL_IDS: readonly string[] = T2_GROUPS.flatMap((g) =>
  g.rows.flatMap((r) => g.columns.map((c) => `t2.${r}.${c}`)),
);
