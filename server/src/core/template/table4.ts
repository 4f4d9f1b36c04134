/**
 * Table 四 — 政府信息公开行政复议、行政诉讼情况 (spec §2.3): one unlabeled row of 15 numbers,
 * read by position (headers are often truncated, so they are never relied on).
 */

export type T4GroupId = 'rev' | 'lit_direct' | 'lit_after';
export type T4ColumnId = 'upheld' | 'corrected' | 'other' | 'pending' | 'total';

export interface Table4GroupDef {
  id: T4GroupId;
  label: string;
  /** Parent group label for the two litigation groups. */
  parent?: string;
}

export interface Table4ColumnDef {
  id: T4ColumnId;
  label: string;
}

export const T4_GROUPS: readonly Table4GroupDef[] = [
  { id: 'rev', label: '行政复议' },
  { id: 'lit_direct', label: '未经复议直接起诉', parent: '行政诉讼' },
  { id: 'lit_after', label: '复议后起诉', parent: '行政诉讼' },
];

export const T4_COLUMNS: readonly Table4ColumnDef[] = [
  { id: 'upheld', label: '结果维持' },
  { id: 'corrected', label: '结果纠正' },
  { id: 'other', label: '其他结果' },
  { id: 'pending', label: '尚未审结' },
  { id: 'total', label: '总计' },
];

export const T4_PARTS: readonly T4ColumnId[] = ['upheld', 'corrected', 'other', 'pending'];

/** Words of the header rows; a line made of these is a header, not data. */
export const T4_HEADER_WORDS: readonly string[] = ['行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '未经复议直接起诉', '复议后起诉'];

/** The 15 cell ids in table order. */
export const T4_CELL_IDS: readonly string[] = T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => `t4.${g.id}.${c.id}`));
