/**
 * The editor bootstrap's first look at a document (core/reportHints.ts, tested as the bootstrap
 * runs it: client/src/lazy.ts `reportTest`) never says no where the server's `isLikelyReport` or
 * the CLI's `readsLikeReport` says yes: on every fixture text (the corpus' seeds, real reports and
 * pages, the rule fixtures, every published form read by the importers), on 繁体, spaced and
 * compatibility-character variants of them, and on the tables of each report taken alone.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isLikelyReport, parseReport, readsLikeReport } from '../../server/src/core';
import { normalisedForms, REPORT_HINTS, reportHintSources } from '../../server/src/core/reportHints';
import { T2_ROWS } from '../../server/src/core/template/table2';
import { T3_ROWS } from '../../server/src/core/template/table3';
import { T4_GROUP_HEADERS } from '../../server/src/core/template/table4';
import { TRADITIONAL_CLASS, simplifiedChar } from '../../server/src/core/template/normalize';
import { importReport } from '../../server/src/import/index';
import { reportTest } from '../../client/src/lazy';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const mayBeReport = reportTest(reportHintSources());
const isReport = (text: string): boolean => isLikelyReport(text) || readsLikeReport(parseReport(text));

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(name) ? [p] : [];
  });
}

/** Every fixture as text: .txt and .md as they are, Word, PDF and web pages as the importers read them. */
const texts = new Map<string, string>();
beforeAll(async () => {
  for (const f of files(FIXTURES, /\.(txt|md)$/)) texts.set(path.relative(FIXTURES, f), readFileSync(f, 'utf8'));
  for (const f of files(FIXTURES, /\.(html?|docx|pdf)$/)) {
    const read = await importReport(path.basename(f), readFileSync(f));
    if (read.text) texts.set(path.relative(FIXTURES, f), read.text);
  }
}, 300_000);

/** Where the first look said no to a report: none may be listed. */
function missed(named: Iterable<[string, string]>): string[] {
  const out: string[] = [];
  for (const [name, text] of named) if (!mayBeReport(text) && isReport(text)) out.push(name);
  return out;
}

const TRADITIONAL = new Map([...TRADITIONAL_CLASS].map((t) => [simplifiedChar(t), t]));

describe('the first look at a document (core/reportHints.ts)', () => {
  it('reads every fixture text, most of them reports', () => {
    expect(texts.size).toBeGreaterThan(400);
    const reports = [...texts.values()].filter(isReport).length;
    expect(reports).toBeGreaterThan(350);
  });

  it('says yes to every fixture the server or the CLI takes for a report', () => {
    expect(missed(texts)).toEqual([]);
  });

  it('says yes to their 繁体, spaced, quoted and compatibility-character forms where the server or the CLI still does', () => {
    const variants: [string, (t: string) => string][] = [
      ['繁体', (t) => t.replace(/./gu, (c) => TRADITIONAL.get(c) ?? c)],
      ['ideographic spaces', (t) => t.replace(/政府信息公开/g, '政\u3000府 信\t息公\u200b开')],
      ['quotes', (t) => t.replace(/政府信息公开/g, '“政府”信息‘公开’')],
      ['compatibility 開, Kangxi 行', (t) => t.replace(/开/g, '\u{2F9EE}').replace(/行/g, '\u2F8F')],
      ['full-width letters and digits', (t) => t.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))],
    ];
    let reports = 0;
    for (const [what, change] of variants) {
      const changed = [...texts].map(([name, text]) => [`${name} (${what})`, change(text)] as [string, string]);
      reports += changed.filter(([, t]) => isReport(t)).length;
      expect(missed(changed)).toEqual([]);
    }
    // The variants are still reports to the server, mostly: they test the rule, not nothing.
    expect(reports).toBeGreaterThan(1000);
  });

  it('says yes to a report’s tables taken alone (a table with a number is a report to the CLI)', () => {
    const tables: [string, string][] = [];
    for (const [name, text] of texts) {
      const model = parseReport(text);
      for (const t of [model.t2, model.t3, model.t4]) {
        if (t) tables.push([`${name} ${t.id}`, model.lines.slice(t.startLine, t.endLine + 1).join('\n')]);
      }
    }
    const reports = tables.filter(([, t]) => readsLikeReport(parseReport(t)));
    expect(reports.length).toBeGreaterThan(300);
    expect(missed(tables)).toEqual([]);
  });

  it('says no to texts that are not reports (the bootstrap then loads nothing)', () => {
    const notes = [
      '# README\n\nBuild with `npm run build`. Tables: | a | b |\n| 1 | 2 |\n',
      '会议纪要\n\n一、会议时间：3月5日\n二、参会人员：张三、李四\n三、会议内容：讨论下一季度的工作安排。\n',
      '购物清单：苹果 3 个，牛奶 2 盒，面包 1 袋。',
      'x'.repeat(100_000),
    ];
    for (const note of notes) expect(mayBeReport(note), note.slice(0, 30)).toBe(false);
  });

  it('looks for each table reader’s anchors: table 二’s row names and 第二十条, table 三’s row phrases, table 四’s group headers', () => {
    const anchors = ['第二十条', ...T2_ROWS.flatMap((r) => r.names), ...T3_ROWS.flatMap((r) => r.keyPhrases), ...Object.keys(T4_GROUP_HEADERS)];
    for (const a of anchors) {
      expect(REPORT_HINTS.anchors.some((h) => a.includes(h)), a).toBe(true);
      expect(mayBeReport(`x ${a} y`), a).toBe(true);
    }
  });

  it('writes each phrase as characters or classes of them, which the bootstrap spaces out (no escapes, no nesting)', () => {
    const { phrases } = reportHintSources();
    const all = phrases.split('|');
    expect(all.length).toBe(REPORT_HINTS.normalised.length + REPORT_HINTS.written.length + REPORT_HINTS.anchors.length);
    for (const p of all) expect(p).toMatch(/^(?:\[[^\]\\[|]+\]|[^\][\\|])+$/u);
  });

  it('finds the same forms in its scanned ranges as in all 1.1 million code points', () => {
    const all = normalisedForms([[0, 0x10ffff]]);
    const scanned = normalisedForms();
    expect([...scanned.gap].sort()).toEqual([...all.gap].sort());
    for (const [c, forms] of all.forms) expect([...scanned.forms.get(c)!].sort(), c).toEqual([...forms].sort());
    // Not trivially: 開 has a compatibility form, and full-width quotes are dropped.
    expect(scanned.forms.get('开')!.has('\u{2F9EE}')).toBe(true);
    expect(scanned.gap.has('\uFF02')).toBe(true);
  });
});
