/**
 * Messages of the reviewer's rules (narrative ↔ table, years, cross-year): same shape as
 * the main catalog, kept apart so the two can grow without stepping on each other.
 */
export const REVIEW_MESSAGES = {} satisfies Record<string, { 'zh-CN': string; en: string }>;
