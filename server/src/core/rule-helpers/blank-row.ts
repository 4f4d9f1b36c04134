/**
 * A table row whose cells are all left blank (6 of 40 real reports leave the rarely used 表三
 * rows such as （六）2 empty): the quick fix writes 0 into every cell. It is a quick fix, not
 * fix-all: a blank row says nothing happened only if the clerk confirms it.
 */
import type { ReportModel, RowNode } from '../model';
import type { Fix, Locale } from '../types';
import { defineMessages } from '../i18n/messages';

const msg = defineMessages({
  fill: { 'zh-CN': '整行填 0（请核对确实没有发生）', en: 'Fill the row with 0s (check that nothing happened)' },
});

/** The fix that fills a row with no values with `count` zeros, keeping the row's separators. */
export function fillBlankRowFix(model: ReportModel, row: RowNode, count: number, locale: Locale): Fix | null {
  if (row.values.length || !row.labelRange || row.labelRange.end.line !== row.line) return null;
  const line = model.lines[row.line]!;
  const from = row.labelRange.end.character;
  const rest = line.slice(from);
  // Only separators may follow the label: anything else is text the fix must not overwrite.
  if (!/^[\s|]*$/.test(rest)) return null;
  const piped = rest.includes('|');
  const tabs = (rest.match(/\t/g) ?? []).length;
  let newText: string;
  if (piped) newText = `${' | 0'.repeat(count)} |`;
  // Tab cells left empty (often one more tab at the end): a 0 after each of the first `count` tabs.
  else if (tabs >= count && /^\t+$/.test(rest)) newText = '\t0'.repeat(count) + '\t'.repeat(tabs - count);
  else newText = (row.separator === ' ' ? ' 0' : '\t0').repeat(count);
  const range = { start: { line: row.line, character: from }, end: { line: row.line, character: line.length } };
  return { title: msg(locale, 'fill'), edits: [{ range, newText }], kind: 'unsafe' };
}
