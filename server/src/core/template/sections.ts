/**
 * The six required sections (spec §1.2) and the five sub-items of 一、总体情况 (spec §1.3).
 * Titles are compared after `normalizeLabel`, so variants list only real wording differences.
 */

export type SectionId = '一' | '二' | '三' | '四' | '五' | '六';

export const SECTION_IDS: readonly SectionId[] = ['一', '二', '三', '四', '五', '六'];

export interface SectionDef {
  id: SectionId;
  /** Official title without the numeral, e.g. `总体情况`. */
  title: string;
  /** Accepted wordings (normalised, without numeral). The first is the official one. */
  variants: string[];
  /**
   * Phrases that, together with the right numeral, mark a heading that strays from every
   * variant (typos such as `行政法复议`, local wordings such as `需要说明的其他事项`).
   */
  keyPhrases: string[];
  /**
   * Phrases no other section's title has: a heading with one of them is this section even
   * when its numeral is wrong (reports that insert a section and renumber the rest).
   */
  distinctive: string[];
  /** The table this section must contain, if any. */
  table?: 't2' | 't3' | 't4';
}

export const SECTIONS: readonly SectionDef[] = [
  {
    id: '一',
    distinctive: ['总体情况'],
    title: '总体情况',
    variants: ['总体情况', '总体工作情况', '概述'],
    keyPhrases: ['总体'],
  },
  {
    id: '二',
    distinctive: ['主动公开政府信息'],
    title: '主动公开政府信息情况',
    variants: ['主动公开政府信息情况', '行政机关主动公开政府信息的情况'],
    keyPhrases: ['主动公开'],
    table: 't2',
  },
  {
    id: '三',
    distinctive: ['收到和处理政府信息公开申请'],
    title: '收到和处理政府信息公开申请情况',
    variants: ['收到和处理政府信息公开申请情况', '行政机关收到和处理政府信息公开申请的情况'],
    keyPhrases: ['收到和处理', '公开申请情况', '依申请公开'],
    table: 't3',
  },
  {
    id: '四',
    distinctive: ['行政复议、行政诉讼', '行政复议行政诉讼'],
    title: '政府信息公开行政复议、行政诉讼情况',
    variants: [
      '政府信息公开行政复议、行政诉讼情况',
      '因政府信息公开工作被申请行政复议、提起行政诉讼情况',
      '因政府信息公开工作被申请行政复议提起行政诉讼情况',
      '政府信息公开行政复议行政诉讼情况',
    ],
    keyPhrases: ['行政复议', '复议', '行政诉讼'],
    table: 't4',
  },
  {
    id: '五',
    distinctive: ['存在的主要问题', '存在问题', '主要问题及改进', '主要问题和改进'],
    title: '存在的主要问题及改进情况',
    variants: [
      '存在的主要问题及改进情况',
      '政府信息公开工作存在的主要问题及改进情况',
      '存在问题及改进情况',
      '存在的主要问题及改进措施',
    ],
    keyPhrases: ['主要问题', '存在问题', '改进'],
  },
  {
    id: '六',
    distinctive: ['其他需要报告的事项', '其他需要报告', '其他需报告', '其他需说明', '需要说明的其他事项'],
    title: '其他需要报告的事项',
    variants: ['其他需要报告的事项'],
    keyPhrases: ['其他需要报告', '其他需报告', '其他事项', '需要说明的其他事项', '其他需说明'],
  },
];

export interface SubItemDef {
  /** Stable id, `s1.1` … `s1.5`. */
  id: string;
  enumerator: string;
  title: string;
  /** Phrases any of which identifies the sub-item in a heading. */
  keyPhrases: string[];
}

export const OVERVIEW_SUBITEMS: readonly SubItemDef[] = [
  { id: 's1.1', enumerator: '一', title: '主动公开', keyPhrases: ['主动公开'] },
  { id: 's1.2', enumerator: '二', title: '依申请公开', keyPhrases: ['依申请公开'] },
  { id: 's1.3', enumerator: '三', title: '政府信息管理', keyPhrases: ['政府信息管理', '信息管理'] },
  { id: 's1.4', enumerator: '四', title: '政府信息公开平台建设', keyPhrases: ['平台建设'] },
  { id: 's1.5', enumerator: '五', title: '监督保障', keyPhrases: ['监督保障'] },
];

/** Sub-headings of 五 in the blank report: problems, then improvements (spec §1.2). */
export const PROBLEMS_SUBHEADINGS: readonly string[] = ['（一）存在的主要问题', '（二）改进情况'];

/** What section 六 says when there is nothing else to report. */
export const NOTHING_TO_REPORT = '无';

/**
 * Section 六 of a blank report: the 信息处理费 statement 国办函〔2020〕109号 asks for (S-FEE-STATEMENT),
 * written as the usual case, then nothing else to report.
 */
export const BLANK_SECTION_SIX: readonly string[] = ['本年度未收取信息处理费。其他需要报告的事项：无。'];

/** The title's fixed part: `{机关}{YYYY}年政府信息公开工作年度报告` (spec §1.1). */
export const REPORT_TITLE_SUFFIX = '政府信息公开工作年度报告';
export const AGENCY_PLACEHOLDER = '（机关名称）';
