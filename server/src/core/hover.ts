/**
 * Hover content: what a section, sub-heading, row label, column header or number cell
 * means, with the 条例 article it cites; for a number, which row × column it is and the
 * equations it takes part in with their current values.
 */
import type { ReportModel, HeaderCell } from './model';
import type { Diagnostic, Locale, Position, Range } from './types';
import { containsPosition } from './text';
import { HOVERS, type HoverDoc } from './template/hovers';
import { articleLead, articleName } from './template/regulation';
import { analyseEquations, type EquationState } from './rule-helpers/equations';
import { cellName, tableName } from './i18n/names';
import { RULE_LIST } from './rules/index';
import { ui } from './i18n/ui';

export interface HoverResult {
  markdown: string;
  range: Range;
}

interface DocParts {
  title: string;
  body: string;
  /** `条例：第二十条` and, for one or two articles, their first sentence quoted. */
  cites: string;
}

/** The articles a hover quotes (their leads): all it cites when they are one or two, else none (a list of names is enough). */
function quotedArticles(h: HoverDoc): readonly number[] {
  return h.articles.length <= 2 ? h.articles : [];
}

/**
 * Every article some hover quotes, ascending: the language server's bundle carries the lead of
 * these only (scripts/build.mjs, `regulationLeadsOnly`).
 */
export const QUOTED_ARTICLES: readonly number[] = [...new Set(Object.values(HOVERS).flatMap(quotedArticles))].sort((a, b) => a - b);

function docParts(key: string, locale: Locale): DocParts | null {
  const h: HoverDoc | undefined = HOVERS[key];
  if (!h) return null;
  const body = h[locale];
  const practice = h.practice ? ui(locale, 'hover.practice') : '';
  const cites = h.articles.length
    ? ui(locale, 'hover.regulations', { articles: h.articles.map((n) => articleName(n)).join(ui(locale, 'list.sep')) }) +
      quotedArticles(h).map((n) => `\n\n> ${articleName(n)}　${articleLead(n)}`).join('')
    : '';
  return { title: h.title, body: body + practice, cites };
}

function doc(key: string, locale: Locale): string | null {
  const d = docParts(key, locale);
  return d ? `**${d.title}**\n\n${d.body}${d.cites ? `\n\n${d.cites}` : ''}` : null;
}

function rowHoverKey(table: 't2' | 't3', rowId: string): string {
  return table === 't2' ? `t2.row.${rowId}` : `t3.row.${rowId}`;
}

function cellHoverKeys(id: string): { row: string; column: string } {
  const [t, row, col] = id.split('.') as [string, string, string];
  if (t === 't2') return { row: `t2.row.${row}`, column: col === 'decisions' && row === 'license' ? 't2.col.decisions.license' : `t2.col.${col}` };
  if (t === 't3') return { row: `t3.row.${row}`, column: `t3.col.${col}` };
  return { row: `t4.group.${row}`, column: row === 'rev' ? `t4.rev.${col}` : `t4.lit.${col}` };
}

/** A sum in words: which rule, whether it adds up, and both sides' values (no symbols, no codes). */
function equationLine(model: ReportModel, s: EquationState, locale: Locale): string {
  const plus = s.eq.terms.filter((t) => t.coef === 1);
  const minus = s.eq.terms.filter((t) => t.coef === -1);
  const side = (terms: typeof plus): string => {
    if (terms.length === 1) return cellName(terms[0]!.cell, locale);
    if (terms.length > 3) return ui(locale, 'hover.sum-of-many', { first: cellName(terms[0]!.cell, locale), count: terms.length });
    return ui(locale, 'hover.sum-of', { cells: terms.map((t) => cellName(t.cell, locale)).join(ui(locale, 'list.sep')) });
  };
  const sum = (terms: typeof plus): string =>
    terms.some((t) => model.cells.get(t.cell)?.value == null) ? ui(locale, 'hover.incomplete') : String(terms.reduce((a, t) => a + Number(model.cells.get(t.cell)?.value ?? 0), 0));
  const verdict = ui(locale, s.residual === 0 ? 'hover.adds-up' : s.residual === null ? 'hover.cannot-check' : 'hover.does-not-add-up');
  const title = RULE_LIST.find((r) => r.meta.code === s.eq.code)?.meta.title[locale] ?? s.eq.code;
  return ui(locale, 'hover.equation', { verdict, title, left: side(plus), leftSum: sum(plus), right: side(minus), rightSum: sum(minus) });
}

/**
 * A number's hover, short and in words: which cell it is, what its row counts, the sums it is
 * in, and the 条例 article. The diagnostic's own message is not repeated: the editor shows it
 * (with its severity icon) right above this text.
 */
function cellHover(model: ReportModel, id: string, _diagnostics: Diagnostic[], locale: Locale): string {
  const table = id.slice(0, 2) as 't2' | 't3' | 't4';
  const keys = cellHoverKeys(id);
  const parts = [`**${tableName(table, locale)} · ${cellName(id, locale).replace('·', ' × ')}** = ${model.cells.get(id)?.value ?? '—'}`];
  const row = docParts(keys.row, locale);
  const column = docParts(keys.column, locale);
  if (row) parts.push(row.body);
  const analysis = analyseEquations(model);
  const eqs = [...analysis.t3.states, ...analysis.t4.states].filter((s) => s.eq.terms.some((t) => t.cell === id));
  if (eqs.length) parts.push(eqs.map((s) => equationLine(model, s, locale)).join('\n'));
  const cites = row?.cites || column?.cites;
  if (cites) parts.push(cites);
  return parts.join('\n\n');
}

function headerHover(h: HeaderCell, locale: Locale): string | null {
  return doc(h.key, locale);
}

/** The hover at a position, or null where there is nothing to explain. */
export function hoverAt(model: ReportModel, diagnostics: Diagnostic[], position: Position, locale: Locale = 'zh-CN'): HoverResult | null {
  for (const cell of model.cells.values()) {
    if (cell.range && containsPosition(cell.range, position)) return { markdown: cellHover(model, cell.id, diagnostics, locale), range: cell.range };
  }
  for (const table of [model.t2, model.t3, model.t4]) {
    if (!table || position.line < table.startLine || position.line > table.endLine + 2) continue;
    for (const row of table.rows) {
      if (row.id && row.labelRange && containsPosition(row.labelRange, position) && table.id !== 't4') {
        const md = doc(rowHoverKey(table.id, row.id), locale);
        if (md) return { markdown: md, range: row.labelRange };
      }
    }
    for (const h of table.headers) {
      if (containsPosition(h.range, position)) {
        const md = headerHover(h, locale);
        if (md) return { markdown: md, range: h.range };
      }
    }
  }
  for (const s of model.sections) {
    if (containsPosition(s.headingRange, position)) {
      const md = doc(`section.${s.id}`, locale);
      if (md) return { markdown: md, range: s.headingRange };
    }
  }
  for (const h of model.subHeadings) {
    if (h.id && containsPosition(h.range, position)) {
      const md = doc(h.id, locale);
      if (md) return { markdown: md, range: h.range };
    }
  }
  // Prose numbers the reviewer's rules compared with a cell, agreeing or not.
  for (const rule of RULE_LIST) {
    const e = rule.explain?.(model, position, locale);
    if (e) return e;
  }
  return null;
}
