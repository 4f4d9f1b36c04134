import { describe, it, expect } from 'vitest';
import { HOVERS, HOVER_KEYS } from '../server/src/core/template/hovers';
import { ARTICLE_LEAD_CHARS, REGULATION_ARTICLES, REGULATION_TITLE, articleLead, articleName } from '../server/src/core/template/regulation';
import { QUOTED_ARTICLES } from '../server/src/core/hover';

/** Written out by hand (not derived from HOVERS) so a dropped or renamed key fails the test. */
const EXPECTED_KEYS: readonly string[] = [
  // Sections and sub-items of 一、总体情况
  'section.一', 'section.二', 'section.三', 'section.四', 'section.五', 'section.六',
  's1.1', 's1.2', 's1.3', 's1.4', 's1.5',
  // Table 二
  't2.g1', 't2.g5', 't2.g6', 't2.g8',
  't2.col.content', 't2.col.issued', 't2.col.repealed', 't2.col.valid',
  't2.col.decisions', 't2.col.decisions.license', 't2.col.amount_wan',
  't2.row.regulation', 't2.row.normative', 't2.row.license', 't2.row.penalty', 't2.row.coercion', 't2.row.fee',
  // Table 三: header and columns
  't3.note', 't3.applicant', 't3.colgroup.org',
  't3.col.np', 't3.col.biz', 't3.col.sci', 't3.col.ngo', 't3.col.law', 't3.col.oth', 't3.col.tot',
  // Table 三: groups and rows
  't3.group.g3', 't3.group.g3_3', 't3.group.g3_4', 't3.group.g3_5', 't3.group.g3_6',
  't3.row.r1', 't3.row.r2', 't3.row.r3_1', 't3.row.r3_2',
  't3.row.r3_3_1', 't3.row.r3_3_2', 't3.row.r3_3_3', 't3.row.r3_3_4',
  't3.row.r3_3_5', 't3.row.r3_3_6', 't3.row.r3_3_7', 't3.row.r3_3_8',
  't3.row.r3_4_1', 't3.row.r3_4_2', 't3.row.r3_4_3',
  't3.row.r3_5_1', 't3.row.r3_5_2', 't3.row.r3_5_3', 't3.row.r3_5_4', 't3.row.r3_5_5',
  't3.row.r3_6_1', 't3.row.r3_6_2', 't3.row.r3_6_3',
  't3.row.r3_7', 't3.row.r4', 't3.row.r3_6',
  // Table 四
  't4.group.rev', 't4.group.lit', 't4.group.lit_direct', 't4.group.lit_after',
  't4.rev.upheld', 't4.rev.corrected', 't4.rev.other', 't4.rev.pending', 't4.rev.total',
  't4.lit.upheld', 't4.lit.corrected', 't4.lit.other', 't4.lit.pending', 't4.lit.total',
];

/** Length in code points, so CJK characters count as one each. */
const len = (s: string): number => [...s].length;

describe('template hovers', () => {
  it('has exactly the expected keys', () => {
    expect(EXPECTED_KEYS).toHaveLength(83);
    expect(new Set(EXPECTED_KEYS).size).toBe(EXPECTED_KEYS.length);
    expect([...HOVER_KEYS].sort()).toEqual([...EXPECTED_KEYS].sort());
  });

  it.each(EXPECTED_KEYS)('%s is well formed', (key) => {
    const doc = HOVERS[key];
    expect(doc, key).toBeDefined();
    if (!doc) return;

    expect(doc.title.trim().length).toBeGreaterThan(0);
    // The ◐ mark is internal: it lives in `practice`, never in text shown to the clerk.
    for (const text of [doc.title, doc['zh-CN'], doc.en]) expect(text).not.toContain('◐');

    expect(len(doc['zh-CN'])).toBeGreaterThanOrEqual(20);
    expect(len(doc['zh-CN'])).toBeLessThanOrEqual(400);
    expect(doc['zh-CN']).toMatch(/[\u4e00-\u9fff]/);

    // ASCII-dominant: an English translation, not a copy of the Chinese.
    expect(doc.en.trim().length).toBeGreaterThan(0);
    const ascii = [...doc.en].filter((c) => c.charCodeAt(0) < 128).length;
    expect(ascii / len(doc.en)).toBeGreaterThan(0.9);

    expect(typeof doc.practice).toBe('boolean');
    for (const n of doc.articles) {
      expect(Number.isInteger(n)).toBe(true);
      expect(REGULATION_ARTICLES[n], `${key} cites article ${n}`).toBeDefined();
    }
    expect(new Set(doc.articles).size).toBe(doc.articles.length);
  });

  it('cites the right articles in spot checks', () => {
    expect(HOVERS['t3.row.r3_4_1']?.articles).toContain(36);
    expect(HOVERS['t3.row.r3_2']?.articles).toEqual([37]);
    expect(HOVERS['t3.row.r1']?.articles).toEqual([31]);
    expect(HOVERS['t4.group.rev']?.articles).toEqual([51]);
    // Other statutes (立法法, 行政复议法) are not 条例 articles.
    expect(HOVERS['t2.row.regulation']?.articles).toEqual([]);
    expect(HOVERS['t4.rev.upheld']?.articles).toEqual([]);
  });

  it('carries the key facts in spot checks', () => {
    expect(HOVERS['section.三']?.['zh-CN']).toContain('第一项＋第二项');
    expect(HOVERS['t2.col.amount_wan']?.['zh-CN']).toContain('万元');
    expect(HOVERS['t3.row.r3_6']?.['zh-CN']).toContain('2019');
    expect(HOVERS['t3.row.r3_4_1']?.title).toBe('（四）无法提供 › 1.本机关不掌握相关政府信息');
  });

  it('moves the ◐ mark into practice', () => {
    expect(HOVERS['t3.row.r3_3_8']?.practice).toBe(true);
    expect(HOVERS['t4.lit.upheld']?.practice).toBe(true);
    expect(HOVERS['t3.row.r3_1']?.practice).toBe(false);
  });
});

describe('regulation text', () => {
  it('has all 56 articles and nothing else', () => {
    expect(REGULATION_TITLE).toBe('中华人民共和国政府信息公开条例');
    const numbers = Object.keys(REGULATION_ARTICLES).map(Number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 56 }, (_, i) => i + 1));
    for (const n of numbers) {
      const text = REGULATION_ARTICLES[n] ?? '';
      expect(text.length).toBeGreaterThan(0);
      expect(text).toBe(text.trim());
      expect(text).not.toMatch(/^第[一二三四五六七八九十]+条/);
    }
  });

  it('keeps article text and paragraph breaks', () => {
    expect(REGULATION_ARTICLES[36]?.startsWith('对政府信息公开申请，行政机关根据下列情况分别作出答复：')).toBe(true);
    expect(REGULATION_ARTICLES[36]?.split('\n')).toHaveLength(8);
    expect(REGULATION_ARTICLES[50]).toContain('年度报告');
    expect(REGULATION_ARTICLES[56]).toBe('本条例自2019年5月15日起施行。');
    // A chapter heading must not leak into the article before it.
    expect(REGULATION_ARTICLES[18]).not.toContain('第三章');
  });

  it('gives a hover the lead of an article: its first paragraph, at most 160 characters', () => {
    expect(articleLead(36)).toBe('对政府信息公开申请，行政机关根据下列情况分别作出答复：');
    expect(articleLead(56)).toBe('本条例自2019年5月15日起施行。');
    for (const n of Object.keys(REGULATION_ARTICLES).map(Number)) {
      expect(REGULATION_ARTICLES[n]!.startsWith(articleLead(n))).toBe(true);
      expect(articleLead(n)).not.toContain('\n');
      expect(articleLead(n).length).toBeLessThanOrEqual(ARTICLE_LEAD_CHARS);
    }
    expect(articleLead(57)).toBe('');
  });

  it('lists in QUOTED_ARTICLES every article a hover quotes (one or two cited) and no other', () => {
    const quoted = new Set(Object.values(HOVERS).flatMap((h) => (h.articles.length <= 2 ? h.articles : [])));
    expect(QUOTED_ARTICLES).toEqual([...quoted].sort((a, b) => a - b));
    expect(QUOTED_ARTICLES).toContain(36);
  });

  it('names articles in Chinese ordinals', () => {
    expect(articleName(1)).toBe('第一条');
    expect(articleName(10)).toBe('第十条');
    expect(articleName(14)).toBe('第十四条');
    expect(articleName(20)).toBe('第二十条');
    expect(articleName(21)).toBe('第二十一条');
    expect(articleName(36)).toBe('第三十六条');
    expect(articleName(50)).toBe('第五十条');
    expect(articleName(56)).toBe('第五十六条');
    expect(() => articleName(0)).toThrow(RangeError);
  });
});
