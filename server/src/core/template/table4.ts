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

/** The banner over both litigation groups. */
export const T4_LITIGATION = '行政诉讼';

/**
 * A proceeding as prose names it: 行政复议, or 行政诉讼, the two litigation groups under their
 * banner (the table has no litigation total; spec §3.2: 行政诉讼总数 = lit_direct + lit_after).
 */
export type T4Proceeding = 'rev' | 'lit';

/** The groups whose cells a proceeding's figures add up. */
export const T4_PROCEEDING_GROUPS: Readonly<Record<T4Proceeding, readonly T4GroupId[]>> = { rev: ['rev'], lit: ['lit_direct', 'lit_after'] };

/** Header words → hover key of the group they name. */
export const T4_GROUP_HEADERS: Readonly<Record<string, string>> = {
  行政复议: 't4.group.rev',
  [T4_LITIGATION]: 't4.group.lit',
  未经复议直接起诉: 't4.group.lit_direct',
  复议后起诉: 't4.group.lit_after',
};

/** Words of the header rows; a line made of these is a header, not data. */
export const T4_HEADER_WORDS: readonly string[] = [...Object.keys(T4_GROUP_HEADERS), '结果维持', '结果纠正', '其他结果', '尚未审结'];

/**
 * Truncated or split header cells: seed 002 keeps only `结果 | 结果 | 其他 | 尚未`, PDF text
 * has one character per line. A cell made only of these pieces is still header text.
 */
export const T4_HEADER_FRAGMENT = /^(结果|其他|尚未|总计|维持|纠正|审结|件数|[结果维持纠正其他尚未审总计])+$/;

/**
 * Group headers run together in one cell: PDF text and flipbook pages put `行政复议 行政诉讼` and
 * `未经复议直接起诉 复议后起诉` on one line with single spaces, which read as one label.
 */
export const T4_GROUP_RUN = new RegExp(`^(?:${Object.keys(T4_GROUP_HEADERS).join('|')}){2,}$`);

/** The 15 cell ids in table order. */
export const T4_CELL_IDS: readonly string[] = T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => `t4.${g.id}.${c.id}`));
