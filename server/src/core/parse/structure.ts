/**
 * Title, year and the six section headings (spec §1.1, §1.2), plus the （一）…（五）
 * sub-headings of 一、总体情况 (spec §1.3).
 */
import type { SectionNode, SubHeadingNode, TitleNode } from '../model';
import { SECTIONS, OVERVIEW_SUBITEMS, type SectionDef, type SectionId } from '../template/sections';
import { looseRegex, normalizeLabel } from '../template/normalize';
import { memoize } from '../memo';
import { T3_GROUPS, T3_ROWS } from '../template/table3';
import { range } from '../text';
import { maxOf, minOf } from '../arrays';

const NUMERALS: readonly SectionId[] = ['一', '二', '三', '四', '五', '六'];

// Optional markdown `#`s or `**`, a numeral 一–六, then `、` `.` `．` `,` or a space, then the title.
const HEADING = /^(\s*)(#{1,6}\s*)?(\*\*)?\s*([一二三四五六七八])\s*(?:[、.．,，]|\s)\s*(.+?)\s*(\*\*)?\s*$/;
/** `HEADING` up to its numeral: a line without it is no heading. */
const HEADING_HEAD = /^\s*(?:#{1,6}\s*)?(?:\*\*)?\s*[一二三四五六七八]/;

const normalizedVariants = new Map<SectionId, string[]>(
  SECTIONS.map((s) => [s.id, s.variants.map((v) => normalizeLabel(v))]),
);

function sectionDef(id: SectionId): SectionDef {
  return SECTIONS.find((s) => s.id === id)!;
}

export interface HeadingMatch {
  id: SectionId;
  numeral: string;
  title: string;
  official: boolean;
  level: number;
  startChar: number;
}

interface HeadingParts {
  /** 一–六, or 七/八 when a report added sections (then only a distinctive title makes it a section). */
  numeral: string;
  title: string;
  norm: string;
  level: number;
  startChar: number;
}

/** A line shaped like a section heading: optional `#`/`**`, a numeral 一–六, a separator, a short title. */
function headingParts(line: string): HeadingParts | null {
  if (line.includes('\t') || line.includes('|')) return null;
  const m = HEADING.exec(line);
  if (!m) return null;
  const title = m[5]!.replace(/[：:]$/, '').trim();
  // Tests on the title as written first, so that most lines that are no heading skip the
  // normalisation: a title ending in a digit is none, and 。；; stay in the normalised form
  // (NFKC makes ； the ; it is tested for below), so a title with one is none either.
  if (/\d\s*$/.test(title) || /[。；;]/.test(title)) return null;
  const norm = normalizeLabel(title);
  if (!norm || norm.length > 40 || /[。；;]/.test(norm) || /\d\s*$/.test(title)) return null;
  return { numeral: m[4]!, title, norm, level: m[2] ? m[2].trim().length : 0, startChar: (m[1] ?? '').length };
}

/**
 * Is this line a section heading? Table 三 has row labels that also start with 一、–四、,
 * so the title must match the section's wording and the line must not look like a table row.
 * A title that belongs to another section (`六、存在的主要问题…` after an inserted section)
 * is that section, with its numeral kept so a rule can say it is wrong.
 */
export function matchSectionHeading(line: string): HeadingMatch | null {
  // Most lines (prose, table rows) fail at their first characters: they skip the memo, whose
  // lookup would hash the whole line.
  return HEADING_HEAD.test(line) ? matchHeadingMemo(line) : null;
}

const matchHeadingMemo = memoize(matchHeadingUncached, 8192);

function matchHeadingUncached(line: string): HeadingMatch | null {
  const p = headingParts(line);
  if (!p) return null;
  const at = (id: SectionId, official: boolean): HeadingMatch => ({ id, numeral: p.numeral, title: p.title, official, level: p.level, startChar: p.startChar });
  const own = NUMERALS.find((n) => n === p.numeral);
  if (own) {
    const variants = normalizedVariants.get(own)!;
    if (variants.includes(p.norm)) return at(own, p.norm === variants[0]);
    // Key-phrase matches must stay short: a table-三 label such as `三、本年度办理结果` must not pass.
    if (p.norm.length <= 30 && sectionDef(own).keyPhrases.some((k) => p.norm.includes(normalizeLabel(k)))) return at(own, false);
  }
  for (const def of SECTIONS) {
    if (def.id === p.numeral) continue;
    if (normalizedVariants.get(def.id)!.includes(p.norm) || def.distinctive.some((d) => p.norm.includes(normalizeLabel(d)))) return at(def.id, false);
  }
  return null;
}

// Table-三 row and group words: a `三、本年度办理结果` line is never a section heading.
const TABLE_WORDS = [...T3_ROWS.flatMap((r) => r.keyPhrases), ...T3_GROUPS.flatMap((g) => g.keyPhrases)].map(normalizeLabel);

export function findSections(lines: string[]): SectionNode[] {
  const found: SectionNode[] = [];
  const used = new Set<number>();
  const push = (i: number, h: HeadingMatch) => {
    used.add(i);
    found.push({
      id: h.id,
      numeral: h.numeral,
      title: h.title,
      official: h.official,
      headingRange: range(i, h.startChar, lines[i]!.replace(/\s+$/, '').length),
      level: h.level,
      bodyStartLine: i + 1,
      endLine: lines.length - 1,
    });
  };
  lines.forEach((line, i) => {
    const h = matchSectionHeading(line);
    if (h) push(i, h);
  });
  // A section whose title strays from every wording (`一、年度工作核心成效`) is still that
  // section when a heading with its numeral stands where it belongs, between its neighbours.
  for (const id of NUMERALS) {
    if (found.some((s) => s.id === id)) continue;
    const k = NUMERALS.indexOf(id);
    const before = found.filter((s) => NUMERALS.indexOf(s.id) < k).map((s) => s.headingRange.start.line);
    const after = found.filter((s) => NUMERALS.indexOf(s.id) > k).map((s) => s.headingRange.start.line);
    const from = before.length ? maxOf(before) + 1 : 0;
    const to = after.length ? minOf(after) - 1 : lines.length - 1;
    for (let i = from; i <= to; i++) {
      const p = used.has(i) ? null : headingParts(lines[i]!);
      if (!p || p.numeral !== id || p.norm.length > 20 || TABLE_WORDS.some((w) => p.norm.includes(w))) continue;
      push(i, { id, numeral: id, title: p.title, official: false, level: p.level, startChar: p.startChar });
      break;
    }
  }
  found.sort((a, b) => a.headingRange.start.line - b.headingRange.start.line);
  for (let k = 0; k + 1 < found.length; k++) found[k]!.endLine = found[k + 1]!.headingRange.start.line - 1;
  return found;
}

const YEAR = /([12][0-9０-９]{3}|[１２][0-9０-９]{3})\s*年/;
// Words a title line has (繁体 and spaced forms too), tested on the raw line: the lines before
// section 一 are often long prose, and normalising each of them would cost more than the test.
const TITLE_WORDS = looseRegex(['年度报告', '年报告', '年报', '政府信息公开']);

function digitsToNumber(s: string): number {
  return Number(s.normalize('NFKC'));
}

/** The title: the first non-empty line before section 一 that names the report. */
export function findTitle(lines: string[], firstSectionLine: number): TitleNode | null {
  const limit = firstSectionLine >= 0 ? firstSectionLine : Math.min(lines.length, 10);
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    if (!TITLE_WORDS.test(line)) continue;
    const lead = /^\s*(#{1,6}\s*)?/.exec(line)![0].length;
    const text = line.slice(lead).replace(/\s+$/, '');
    const ym = YEAR.exec(text);
    const year = ym ? digitsToNumber(ym[1]!) : null;
    const yearRange = ym ? range(i, lead + ym.index, lead + ym.index + ym[1]!.length) : null;
    const agencyKey = normalizeLabel(text)
      .replace(/[12]\d{3}年度?/g, '')
      .replace(/政府信息公开工作年度报告|政府信息公开年度报告|年度报告$/g, '');
    return { text, range: range(i, lead, lead + text.length), year, yearRange, agencyKey };
  }
  return null;
}

/** A stated statistics period, e.g. `统计期限为2024年1月1日至12月31日`. */
export function findPeriodYear(lines: string[]): { year: number; line: number } | null {
  for (let i = 0; i < lines.length; i++) {
    // The literal first: most lines lack it, and a substring search is cheaper than the expression.
    if (!lines[i]!.includes('统计期限')) continue;
    const m = /统计期限为?\s*([12][0-9０-９]{3})\s*年/.exec(lines[i]!);
    if (m) return { year: digitsToNumber(m[1]!), line: i };
  }
  return null;
}

/** The most frequent year in the given lines: the fallback when neither title nor period says. */
export function dominantYear(lines: string[]): number | null {
  const counts = new Map<number, number>();
  for (const line of lines) {
    if (!line.includes('年')) continue; // every match ends in 年; most lines (table rows) have none
    for (const m of line.matchAll(/([12][0-9０-９]{3})\s*年/g)) {
      const y = digitsToNumber(m[1]!);
      if (y >= 2000 && y <= 2100) counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [y, c] of counts) if (c > bestCount || (c === bestCount && best !== null && y > best)) [best, bestCount] = [y, c];
  return best;
}

// `（一）主动公开：…`, `(一) 主动公开情况`, `##### （一）存在问题` — a bracketed numeral at line start.
const SUBHEADING = /^(\s*(?:#{1,6}\s*)?(?:\*\*)?\s*)([（(]\s*([一二三四五六七八九十])\s*[)）])\s*([^：:。\n]{0,40})/;

export function findSubHeadings(lines: string[], sections: SectionNode[]): SubHeadingNode[] {
  const out: SubHeadingNode[] = [];
  // Sections are in line order, so one pointer finds the section of each line.
  let k = -1;
  lines.forEach((line, i) => {
    while (k + 1 < sections.length && sections[k + 1]!.headingRange.start.line <= i) k++;
    if (line.includes('\t') || line.includes('|')) return;
    const m = SUBHEADING.exec(line);
    if (!m) return;
    const section = k >= 0 ? sections[k]!.id : null;
    const words = normalizeLabel(m[4] ?? '');
    const sub = section === '一' ? OVERVIEW_SUBITEMS.find((s) => s.keyPhrases.some((kp) => words.includes(kp))) : undefined;
    const start = m[1]!.length;
    const text = m[0].slice(start).replace(/\s+$/, '');
    out.push({ id: sub?.id ?? null, text, range: range(i, start, start + text.length), section });
  });
  return out;
}

