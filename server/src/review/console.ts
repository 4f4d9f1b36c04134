/** The one-screen summary `review` prints: headline figures, the most frequent problems, where the files are. */
import { headline, ruleStats, warnedOf, type ReviewedReport } from './report';

export function consoleSummary(reports: readonly ReviewedReport[], opts: { titleOf: (code: string) => string; outDir: string; files: string[] }): string {
  const h = headline(reports);
  const out = [`检查报告 ${h.reports} 份：有错误 ${h.withErrors} 份，通过 ${h.clean} 份，未能检查 ${h.skipped} 份；错误 ${h.errors} 处，警告 ${h.warnings} 处，提示 ${h.infos} 处。`];
  const stats = ruleStats(reports, opts.titleOf).slice(0, 8);
  if (stats.length) {
    out.push('', '最常见的问题（报告数）：');
    for (const s of stats) out.push(`  ${String(s.reports).padStart(4)}  ${s.code.padEnd(18)} ${s.title}`);
  }
  const failed = reports.filter((r) => r.verdict === 'failed');
  if (failed.length) {
    out.push('', '未能检查：');
    for (const r of failed.slice(0, 10)) out.push(`  ${r.url ?? r.file}：${r.problem ?? ''}`);
    if (failed.length > 10) out.push(`  ……另有 ${failed.length - 10} 份`);
  }
  const warned = warnedOf(reports);
  if (warned.length) {
    out.push('', '读取时有提醒（请核对原文）：');
    for (const r of warned.slice(0, 10)) out.push(`  ${r.url ?? r.file}：${r.warnings!.join('；')}`);
    if (warned.length > 10) out.push(`  ……另有 ${warned.length - 10} 份`);
  }
  out.push('', `已写入 ${opts.outDir}：${opts.files.join('、')}`);
  return out.join('\n');
}
