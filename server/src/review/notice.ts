/**
 * `通报草稿.md`: the problems grouped by kind with the agencies named under each, in the form of
 * a 政务公开办 notice. A draft for a person to edit — the wording says so, and it names what
 * the tool found, not a verdict on anyone.
 */
import { headline, ruleStats, VERDICT_LABEL, warnedOf, type ReviewedReport } from './report';

export interface NoticeOptions {
  titleOf: (code: string) => string;
  /** YYYY-MM-DD of the run. */
  date: string;
}

export function noticeMarkdown(reports: readonly ReviewedReport[], opts: NoticeOptions): string {
  const h = headline(reports);
  const years = [...new Set(reports.map((r) => r.year).filter((y): y is number => y !== null))].sort();
  const yearText = years.length ? `${years.join('、')}年度` : '';
  const stats = ruleStats(reports, opts.titleOf);
  const out: string[] = [];
  out.push(`# 关于${yearText}政府信息公开工作年度报告检查情况的通报（草稿）`, '');
  out.push('> 本稿由 ogi-report 根据自动检查结果生成，仅供起草参考。所列问题须经人工逐项核实后方可引用；自动检查不能代替审核结论。', '');
  out.push('各有关单位：', '');
  out.push(
    `　　根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，现对${yearText}政府信息公开工作年度报告进行了检查。本次共检查报告 ${h.reports} 份，其中 ${h.clean} 份未发现数据错误，${h.withErrors} 份存在数据或格式错误${h.skipped ? `，${h.skipped} 份${VERDICT_LABEL.failed}（见附）` : ''}。现将有关情况通报如下。`,
    '',
  );
  out.push('## 一、发现的主要问题', '');
  const groups: [string, string[]][] = [
    ['（一）数据错误', ['error']],
    ['（二）需要核实或说明的问题', ['warning']],
    ['（三）提示事项', ['info', 'hint']],
  ];
  for (const [heading, sevs] of groups) {
    const list = stats.filter((s) => sevs.includes(s.severity));
    if (!list.length) continue;
    out.push(`### ${heading}`, '');
    list.forEach((s, i) => {
      out.push(`${i + 1}. **${s.title}**（${s.code}，${s.reports} 份报告）。涉及单位：${s.agencies.join('、')}。`);
    });
    out.push('');
  }
  if (!stats.length) out.push('本次检查未发现问题。', '');
  const failed = reports.filter((r) => r.verdict === 'failed');
  if (failed.length) {
    out.push(`### （四）${VERDICT_LABEL.failed}的报告`, '');
    for (const r of failed) out.push(`- ${r.url ?? r.file}：${r.problem ?? ''}`);
    out.push('');
  }
  // Checked on what could be read (a page read in part, bytes shown as �): the findings above may miss the rest.
  const warned = warnedOf(reports);
  if (warned.length) {
    out.push('### （五）读取时有提醒的报告（请核对原文）', '');
    for (const r of warned) out.push(`- ${r.url ?? r.file}：${r.warnings!.join('；')}`);
    out.push('');
  }
  out.push('## 二、有关要求', '');
  out.push('　　请上述单位对照问题逐项核实，对确属错误的内容及时更正并重新发布，更正情况于　月　日前报送。', '');
  out.push(`（政务公开办）　　${opts.date}`, '');
  out.push('## 附：各单位检查情况', '');
  out.push('| 单位 | 年度 | 结论 | 错误 | 警告 | 提示 |', '| --- | --- | --- | ---: | ---: | ---: |');
  for (const r of reports) {
    const n = (sev: string) => r.diagnostics.filter((d) => d.severity === sev).length;
    out.push(`| ${r.agency.replace(/\|/g, '｜')} | ${r.year ?? ''} | ${VERDICT_LABEL[r.verdict]} | ${n('error')} | ${n('warning')} | ${n('info') + n('hint')} |`);
  }
  return out.join('\n') + '\n';
}
