/** The review writers as pure functions of per-report results: escaping, verdicts, failures named. */
import { describe, expect, it } from 'vitest';
import { summaryCsv } from '../../server/src/review/csv';
import { noticeMarkdown } from '../../server/src/review/notice';
import { reviewHtml } from '../../server/src/review/html';
import { failedReport, headline, ruleStats, type ReviewedReport } from '../../server/src/review/report';
import type { Diagnostic } from '../../server/src/core/index';

const at = (line: number, character = 0) => ({ start: { line, character }, end: { line, character: character + 2 } });
const diag = (code: string, severity: Diagnostic['severity'], line = 0): Diagnostic => ({ code, severity, message: `${code} 的说明 <b>&`, range: at(line) });

const PARTIAL = '只读到部分内容，已检查读到的部分：网页中未找到年报正文（html-no-article）';

const reports: ReviewedReport[] = [
  { file: 'a,"b".txt', agency: '=甲街道办事处', year: 2024, level: '乡镇（街道）', form: 'text', verdict: 'errors', lines: ['<script>alert(1)</script>'], diagnostics: [diag('T3-ROWSUM', 'error'), diag('T3-ROWSUM', 'error'), diag('S-SUBITEMS', 'warning')] },
  { file: 'b.txt', agency: '乙局', year: 2024, level: '县级·部门', form: 'text', verdict: 'pass', warnings: [PARTIAL], lines: [], diagnostics: [diag('S-SUBITEMS', 'warning'), diag('X-JUMP', 'info')] },
  failedReport('http://127.0.0.1/x.pdf', '超时（20 秒内无响应）', 'pdf', 'http://127.0.0.1/x.pdf'),
];
const titleOf = (c: string) => ({ 'T3-ROWSUM': '行总计', 'S-SUBITEMS': '五个方面', 'X-JUMP': '五倍' })[c] ?? c;

describe('writers', () => {
  it('headline and per-rule figures', () => {
    expect(headline(reports)).toEqual({ reports: 3, withErrors: 1, clean: 1, skipped: 1, errors: 2, warnings: 2, infos: 1 });
    expect(ruleStats(reports, titleOf).map((s) => [s.code, s.reports, s.findings, s.agencies])).toEqual([
      ['T3-ROWSUM', 1, 2, ['=甲街道办事处（2024）']],
      ['S-SUBITEMS', 2, 2, ['=甲街道办事处（2024）', '乙局（2024）']],
      ['X-JUMP', 1, 1, ['乙局（2024）']],
    ]);
  });

  it('CSV: BOM, quoted commas and quotes, formulas defused, verdict in words', () => {
    expect(summaryCsv(reports).split('\r\n')).toEqual([
      '\uFEFF文件,机关,年度,层级,形式,结论,错误,警告,提示,问题代码,说明',
      `"a,""b"".txt",'=甲街道办事处,2024,乡镇（街道）,text,有错误,2,1,0,T3-ROWSUM S-SUBITEMS,`,
      // 说明: what the reviewer should know of a report checked (read in part), or why one was not.
      `b.txt,乙局,2024,县级·部门,text,通过,0,1,1,S-SUBITEMS X-JUMP,${PARTIAL}`,
      'http://127.0.0.1/x.pdf,x,,,pdf,未能检查,0,0,0,,超时（20 秒内无响应）',
      '',
    ]);
  });

  it('the notice names the agencies under each kind and lists what could not be checked', () => {
    const md = noticeMarkdown(reports, { titleOf, date: '2025-02-01' });
    expect(md).toContain('本次共检查报告 3 份，其中 1 份未发现数据错误，1 份存在数据或格式错误，1 份未能检查（见附）');
    expect(md).toContain('### （一）数据错误\n\n1. **行总计**（T3-ROWSUM，1 份报告）。涉及单位：=甲街道办事处（2024）。');
    expect(md).toContain('### （二）需要核实或说明的问题\n\n1. **五个方面**（S-SUBITEMS，2 份报告）。涉及单位：=甲街道办事处（2024）、乙局（2024）。');
    expect(md).toContain('- http://127.0.0.1/x.pdf：超时（20 秒内无响应）');
    // A report checked on what could be read is named with what was not.
    expect(md).toContain(`### （五）读取时有提醒的报告（请核对原文）\n\n- b.txt：${PARTIAL}\n`);
    expect(noticeMarkdown(reports.slice(0, 1), { titleOf, date: '2025-02-01' })).not.toContain('读取时有提醒');
  });

  it('the page escapes every text it shows and takes a CSP nonce', () => {
    const html = reviewHtml(reports, { titleOf, generatedAt: 'now', source: 'test', nonce: 'abc' });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('cript&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('T3-ROWSUM 的说明 &lt;b&gt;&amp;');
    expect(html).toMatch(/<style nonce="abc">/);
    expect(html).toMatch(/<script nonce="abc">/);
    expect(html).toContain('<p class="problem">超时（20 秒内无响应）</p>');
    // A report read in part: said in its row of the table and above its findings.
    expect(html.split(PARTIAL)).toHaveLength(3);
    expect(html).toMatch(new RegExp(`<span class="verdict v-pass">通过</span></h3><p class="file">b\\.txt</p><p class="problem">${PARTIAL.replace(/[()（）]/g, '.')}</p>`));
  });
});
