/**
 * Hover texts for every section, sub-item, table header, row and column of the template.
 *
 * The Chinese text is spec §4, verbatim where the spec has it. The spec's ◐ mark (common
 * practice, not written in the template text we have) is never shown to the clerk: it is
 * removed from the text and carried as `practice`, which the UI renders as “（口径说明）”.
 *
 * Keys are the ids the parser attaches to headers and labels (sections.ts, table2–4.ts,
 * parse/*). `articles` lists only articles of the 条例 (regulation.ts); other statutes
 * (立法法, 行政复议法, 行政诉讼法 …) stay in the prose because we do not ship their text.
 */

import type { HoverDoc } from './types';
import { SECTIONS_HOVERS } from './sections';
import { TABLE2_HOVERS } from './table2';
import { TABLE3_HEADER_HOVERS } from './table3-header';
import { TABLE3_ROWS_HOVERS } from './table3-rows';
import { TABLE4_HOVERS } from './table4';

export type { HoverDoc } from './types';

export const HOVERS: Readonly<Record<string, HoverDoc>> = Object.freeze({
  ...SECTIONS_HOVERS,
  ...TABLE2_HOVERS,
  ...TABLE3_HEADER_HOVERS,
  ...TABLE3_ROWS_HOVERS,
  ...TABLE4_HOVERS,
});

export const HOVER_KEYS: readonly string[] = Object.keys(HOVERS);
