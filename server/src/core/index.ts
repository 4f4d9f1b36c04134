/** The pure core's public surface: the server, the CLI and the tests use only this. */
export * from './types';
export type * from './model';
export { parseReport, type ParseOptions } from './parse/index';
export { checkReport, RULES, type CheckOptions } from './check';
export { applyEdits, fixAllEdits, fixAllText, diffEdits, fixAllFix } from './fixes';
export { hoverAt, type HoverResult } from './hover';
export { documentSymbols, foldingRanges, inlayHints, isLikelyReport, readsLikeReport, type OutlineNode } from './outline';
export { newReportText, newReportFileName, type NewReportOptions } from './skeleton';
export { ui } from './i18n/ui';
export type { RuleMeta } from './rules/rule';
export { agencyKeyOf, sameAgency, isLastYearOf, summarize, summaryFingerprint, lazySummary, LastYearIndex, fileLabel, type ReportSummary, type LastYearLookup, type AgencyYear } from './last-year';
export { T2_CELL_IDS } from './template/table2';
export { T3_CELL_IDS } from './template/table3';
export { T4_CELL_IDS } from './template/table4';
export { compactSummary } from './compact-summary';
export { COHORT_LIMIT, CohortIndex, reportSentences, sentenceHashes, repetition, type CohortLookup, type Sentence } from './cohort';
export type { RuleSettings } from './rules/rule';
export { agencyLevel, agencyName, type AgencyLevel } from './rule-helpers/agency';
