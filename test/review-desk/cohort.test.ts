/**
 * The cohort and cross-year rules on planted cases (a report copied under another agency's
 * name, half of last year's text reused, a fivefold jump, tables left at zero) and on the real
 * corpus, where they must stay quiet except for what the reports really do.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkReport, CohortIndex, LastYearIndex, newReportText, parseReport, summarize, type Diagnostic, type RuleSettings } from '../../server/src/core/index';
import { REAL_DIR } from '../support/corpus';

const COHORT_CODES = ['X-REPEAT', 'C-SAME-TEXT', 'X-JUMP', 'N-ZERO-TABLES'];

/** Check reports together as `review` does: every one is the others' last year and cohort. */
function checkTogether(reports: { uri: string; text: string }[], settings: RuleSettings = {}): Map<string, Diagnostic[]> {
  const models = reports.map((r) => ({ ...r, model: parseReport(r.text) }));
  const summaries = models.map((m) => summarize(m.model, m.uri));
  const lastYear = LastYearIndex.of(summaries);
  const cohort = CohortIndex.of(summaries);
  return new Map(models.map((m) => [m.uri, checkReport(m.model, { lastYear, cohort, uri: m.uri, settings, only: COHORT_CODES })]));
}

/** Distinct sentences of 20 characters each (a seeded pseudo-random draw from report words). */
function sentences(seed: number, n: number): string[] {
  const pool = '政府信息公开工作年度报告主动依申请办理答复复议诉讼规范文件平台建设制度监督保障网站栏目更新发布解读回应关切会议培训考核';
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    for (let k = 0; k < 20; k++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      s += pool[(x >>> 8) % pool.length];
    }
    out.push(s + '。');
  }
  return out;
}

function report(agency: string, year: number, prose: string[], edit: (t: string) => string = (t) => t): string {
  const text = newReportText({ agency, year }).replace('（一）主动公开\n', `（一）主动公开\n${prose.join('')}\n`);
  return edit(text);
}

describe('X-REPEAT: the whole report against last year’s', () => {
  const old = sentences(1, 10);
  const fresh = sentences(2, 10);

  it('reports a 50 % reuse of last year’s text as a rate, template wording left out', () => {
    const results = checkTogether([
      { uri: 'file:///a/2023.txt', text: report('甲街道办事处', 2023, old) },
      { uri: 'file:///a/2024.txt', text: report('甲街道办事处', 2024, [...old.slice(0, 5), ...fresh.slice(0, 5)]) },
    ]);
    const d = results.get('file:///a/2024.txt')!.filter((x) => x.code === 'X-REPEAT');
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toMatch(/^全文 50% 的文字与上年报告（2023\.txt）相同/);
    expect(d[0]!.severity).toBe('warning');
    // Last year's report has no year before it.
    expect(results.get('file:///a/2023.txt')!.filter((x) => x.code === 'X-REPEAT')).toEqual([]);
  });

  it('is quiet below the threshold, and the threshold is a setting', () => {
    const texts = [
      { uri: 'file:///a/2023.txt', text: report('甲街道办事处', 2023, old) },
      { uri: 'file:///a/2024.txt', text: report('甲街道办事处', 2024, [...old.slice(0, 4), ...fresh.slice(0, 6)]) },
    ];
    expect(checkTogether(texts).get('file:///a/2024.txt')!.filter((x) => x.code === 'X-REPEAT')).toEqual([]);
    const lower = checkTogether(texts, { repeatThreshold: 0.4 }).get('file:///a/2024.txt')!.filter((x) => x.code === 'X-REPEAT');
    expect(lower.map((x) => x.message)).toEqual([expect.stringMatching(/^全文 40% .*阈值 40%/)]);
  });

  it('does not count the blank template: two blank reports of one agency are not repetition', () => {
    const results = checkTogether([
      { uri: 'file:///a/2023.txt', text: newReportText({ agency: '甲街道办事处', year: 2023 }) },
      { uri: 'file:///a/2024.txt', text: newReportText({ agency: '甲街道办事处', year: 2024 }) },
    ]);
    expect([...results.values()].flat()).toEqual([]);
  });
});

describe('C-SAME-TEXT: one report copied under another agency’s name', () => {
  const original = readFileSync(path.join(REAL_DIR, '113_pingtan_shijianju_2024.txt'), 'utf8');
  const copy = original.replaceAll('市场监督管理局', '文化旅游体育局');

  it('names both reports and the shared passages', () => {
    const results = checkTogether([
      { uri: 'file:///x/113_shijianju_2024.txt', text: original },
      { uri: 'file:///x/999_wenlvju_2024.txt', text: copy },
    ]);
    const onCopy = results.get('file:///x/999_wenlvju_2024.txt')!.filter((x) => x.code === 'C-SAME-TEXT');
    expect(onCopy).toHaveLength(1);
    expect(onCopy[0]!.message).toMatch(/^跨单位雷同：全文 \d+% 的文字与同年度平潭综合实验区市场监督管理局的报告（113_shijianju_2024\.txt）相同/);
    expect(onCopy[0]!.relatedInformation!.length).toBeGreaterThan(0);
    expect(onCopy[0]!.relatedInformation![0]!.message).toMatch(/^与平潭综合实验区市场监督管理局相同：“/);
    const onOriginal = results.get('file:///x/113_shijianju_2024.txt')!.filter((x) => x.code === 'C-SAME-TEXT');
    expect(onOriginal[0]!.message).toContain('文化旅游体育局');
  });

  it('does not compare an agency with itself or with another year', () => {
    const lastYear = original.replaceAll('2024', '2023').replaceAll('市场监督管理局', '文化旅游体育局');
    const results = checkTogether([
      { uri: 'file:///x/a.txt', text: original },
      { uri: 'file:///x/b.txt', text: lastYear },
    ]);
    expect([...results.values()].flat().filter((x) => x.code === 'C-SAME-TEXT')).toEqual([]);
  });
});

describe('X-JUMP: a figure that changed more than fivefold', () => {
  const withLicense = (n: number) => (t: string) => t.replace(/^行政许可\t0/m, `行政许可\t${n}`);

  it('gives an info with both years’ values', () => {
    const results = checkTogether([
      { uri: 'file:///j/2023.txt', text: report('甲街道办事处', 2023, [], withLicense(100)) },
      { uri: 'file:///j/2024.txt', text: report('甲街道办事处', 2024, [], withLicense(600)) },
    ]);
    const d = results.get('file:///j/2024.txt')!.filter((x) => x.code === 'X-JUMP');
    expect(d.map((x) => [x.severity, x.message, x.cellId])).toEqual([['info', '行政许可·本年处理决定数量 本年为 600，上年（2023.txt）为 100，增长到 6.0 倍：请在报告中说明原因', 't2.license.decisions']]);
    expect(d[0]!.relatedInformation![0]!.uri).toBe('file:///j/2023.txt');
  });

  it('is quiet at fivefold, for small numbers and from zero', () => {
    for (const [a, b] of [[100, 500], [2, 11], [0, 300]] as const) {
      const results = checkTogether([
        { uri: 'file:///j/2023.txt', text: report('甲街道办事处', 2023, [], withLicense(a)) },
        { uri: 'file:///j/2024.txt', text: report('甲街道办事处', 2024, [], withLicense(b)) },
      ]);
      expect(results.get('file:///j/2024.txt')!.filter((x) => x.code === 'X-JUMP'), `${a} → ${b}`).toEqual([]);
    }
  });
});

describe('N-ZERO-TABLES: tables left at zero while the text reports cases', () => {
  it('warns when table 三 is all zeros but the text received applications, and when table 四 is all zeros but the text had reviews', () => {
    const text = report('甲街道办事处', 2024, ['本年度共收到政府信息公开申请12件，均已按时答复。', '全年发生政府信息公开行政复议案件2件。']);
    const d = checkTogether([{ uri: 'file:///z/2024.txt', text }]).get('file:///z/2024.txt')!;
    expect(d.map((x) => [x.code, x.severity, x.message])).toEqual([
      ['N-ZERO-TABLES', 'warning', '表三全部为 0，但正文写到收到申请 12 件（“收到政府信息公开申请12件”）：表格可能是空白模板未填写'],
      ['N-ZERO-TABLES', 'warning', '表四全部为 0，但正文写到行政复议 2 件（“行政复议案件2件”）：表格可能是空白模板未填写'],
    ]);
  });

  it('is quiet when the text says nothing was received', () => {
    const text = report('甲街道办事处', 2024, ['本年度未收到政府信息公开申请，未发生行政复议和行政诉讼。']);
    expect(checkTogether([{ uri: 'file:///z/2024.txt', text }]).get('file:///z/2024.txt')).toEqual([]);
  });
});

describe('the real corpus (40 reports, 2021–2025)', () => {
  it('is quiet where it should be: no cross-agency copy, jumps and repetition only where the reports have them', () => {
    const files = readdirSync(REAL_DIR).filter((f) => f.endsWith('.txt')).sort();
    const results = checkTogether(files.map((f) => ({ uri: `file:///real/${f}`, text: readFileSync(path.join(REAL_DIR, f), 'utf8') })));
    const found = [...results].flatMap(([uri, ds]) => ds.map((d) => `${path.basename(uri)} ${d.code}`));
    // Different agencies of one year never share half their text.
    expect(found.filter((x) => x.includes('C-SAME-TEXT'))).toEqual([]);
    // Only table 三 of 131 is all zero while its text says 4 applications were received.
    expect(found.filter((x) => x.includes('N-ZERO-TABLES'))).toEqual(['131_pingtan_zhifayingjiju_2024.txt N-ZERO-TABLES']);
    // Real jumps: 行政许可 550 → 9487 (洪泽区), 规范性文件废止 3 → 55, 行政复议 7 → 36, 行政处罚 887 → 135.
    expect(found.filter((x) => x.includes('X-JUMP'))).toEqual([
      '002_hongzequ_2024.txt X-JUMP',
      '102_pingtan_zonghe_2022.txt X-JUMP',
      '105_pingtan_zonghe_2025.txt X-JUMP',
      '112_pingtan_shijianju_2023.txt X-JUMP',
    ]);
    // Three agencies' reports repeat more than half of the year before (财政金融局 2023–2025, 市场监督管理局 2023–2024, 自然资源与生态环境局 2024).
    expect(found.filter((x) => x.includes('X-REPEAT'))).toEqual([
      '108_pingtan_caijinju_2023.txt X-REPEAT',
      '109_pingtan_caijinju_2024.txt X-REPEAT',
      '110_pingtan_caijinju_2025.txt X-REPEAT',
      '112_pingtan_shijianju_2023.txt X-REPEAT',
      '113_pingtan_shijianju_2024.txt X-REPEAT',
      '136_pingtan_ziyuanshengtaiju_2024.txt X-REPEAT',
    ]);
  });
});
