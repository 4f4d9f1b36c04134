/**
 * `index.html`: the reviewer's page. One self-contained file (inline CSS, inline SVG charts,
 * a few lines of inline script for sorting and filtering; no network), so it opens offline,
 * prints, and shows in a VS Code webview. Everything but the script is plain HTML: with
 * scripts off the page still reads.
 */
import type { Diagnostic } from '../core/index';
import { barChart, esc, heatMap, pairedBars, type Pair } from './charts';
import { codesOf, count, headline, ruleStats, VERDICT_LABEL, type ReviewedReport } from './report';

export interface PageOptions {
  titleOf: (code: string) => string;
  /** When and on what the page was made (shown under the title). */
  generatedAt: string;
  source: string;
  /**
   * A CSP nonce for the inline style and script (a VS Code webview sets
   * `Content-Security-Policy: style-src 'nonce-…'; script-src 'nonce-…'`); none in the file on disk.
   */
  nonce?: string;
}

const SEVERITY_LABEL: Record<string, string> = { error: '错误', warning: '警告', info: '提示', hint: '提示' };
const SEVERITY_COLOR: Record<string, string> = { error: '#d64545', warning: '#e8a33d', info: '#3d8fd6', hint: '#8a97a8' };
/** Heat map and bar chart keep to the most frequent kinds and agencies, so they stay readable. */
const MAX_CHART_RULES = 16;
const MAX_HEAT_AGENCIES = 40;
const MAX_PAIRS = 30;

function excerpt(line: string, d: Diagnostic): string {
  const s = d.range.start.character;
  const e = d.range.end.line === d.range.start.line ? Math.max(d.range.end.character, s) : line.length;
  const from = Math.max(0, s - 50);
  const to = Math.min(line.length, Math.max(e, s + 1) + 50);
  return `${from > 0 ? '…' : ''}${esc(line.slice(from, s))}<mark>${esc(line.slice(s, e)) || '&#8203;'}</mark>${esc(line.slice(e, to))}${to < line.length ? '…' : ''}`.replace(/\t/g, '  ');
}

function reportName(r: ReviewedReport): string {
  return r.year ? `${r.agency}（${r.year}）` : r.agency;
}

function details(r: ReviewedReport, i: number, titleOf: (c: string) => string): string {
  const head = `<h3>${esc(reportName(r))} <span class="verdict v-${r.verdict}">${VERDICT_LABEL[r.verdict]}</span></h3><p class="file">${esc(r.url ?? r.file)}${r.lastYear ? ` · 上年报告：${esc(r.lastYear.file)}` : ''}</p>`;
  if (r.verdict === 'failed') return `<section class="report" id="r${i}">${head}<p class="problem">${esc(r.problem ?? '')}</p><p><a href="#top">返回列表</a></p></section>`;
  // Said above the findings: they cover only what could be read.
  const warned = (r.warnings ?? []).map((w) => `<p class="problem">${esc(w)}</p>`).join('');
  const items = r.diagnostics.map((d) => {
    const line = r.lines[d.range.start.line] ?? '';
    return `<li class="f f-${d.severity}"><span class="sev">${SEVERITY_LABEL[d.severity]}</span> <code title="${esc(titleOf(d.code))}">${esc(d.code)}</code> <span class="msg">${esc(d.message)}</span><div class="src"><span class="ln">第 ${d.range.start.line + 1} 行</span>${excerpt(line, d)}</div></li>`;
  });
  return `<section class="report" id="r${i}">${head}${warned}${items.length ? `<ol class="findings">${items.join('')}</ol>` : '<p class="ok">未发现问题。</p>'}<p><a href="#top">返回列表</a></p></section>`;
}

function problemsInWords(r: ReviewedReport, titleOf: (c: string) => string): string {
  if (r.verdict === 'failed') return esc(r.problem ?? '');
  const codes = codesOf(r);
  const warned = (r.warnings ?? []).map((w) => `<span class="problem">${esc(w)}</span> `).join('');
  return warned + codes
    .map((c) => {
      const n = r.diagnostics.filter((d) => d.code === c).length;
      const sev = r.diagnostics.find((d) => d.code === c)!.severity;
      return `<span class="tag t-${sev}" title="${esc(c)}">${esc(titleOf(c))}${n > 1 ? ` ×${n}` : ''}</span>`;
    })
    .join(' ');
}

const STYLE = `
:root{--fg:#1f2933;--muted:#616e7c;--line:#e4e7eb;--bg:#fff;--soft:#f5f7fa;--accent:#2f6fde;--err:#d64545;--warn:#c9821b;--info:#3d8fd6}
*{box-sizing:border-box}
body{margin:0;font:14px/1.6 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:1200px;margin:0 auto;padding:24px 28px 60px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 12px;padding-bottom:6px;border-bottom:2px solid var(--line)}h3{font-size:16px;margin:0 0 4px}
.sub{color:var(--muted);margin:0 0 20px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px}
.card{background:var(--soft);border-radius:10px;padding:14px 16px;border-left:5px solid var(--accent)}
.card b{display:block;font-size:30px;line-height:1.2}.card span{color:var(--muted)}
.card.err{border-color:var(--err)}.card.ok{border-color:#3f9c5a}.card.skip{border-color:#9aa5b1}
.charts{display:grid;grid-template-columns:1fr;gap:20px}
figure{margin:0;background:var(--soft);border-radius:10px;padding:14px 16px;overflow-x:auto}
figcaption{font-weight:600;margin-bottom:8px}
.chart .lbl{font-size:12px;fill:#323f4b}.chart .small{font-size:11px}.chart .val{font-size:12px;fill:#323f4b}.chart .num{font-size:11px;fill:#323f4b}.chart .num.inv{fill:#fff}
.tools{display:flex;gap:10px;flex-wrap:wrap;margin:0 0 10px}
.tools input,.tools select{font:inherit;padding:6px 10px;border:1px solid #cbd2d9;border-radius:6px}
.tools input{flex:1;min-width:220px}
table{width:100%;border-collapse:collapse}
th,td{padding:7px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{background:var(--soft);position:sticky;top:0;cursor:pointer;user-select:none;white-space:nowrap}
th[data-sort]::after{content:" ↕";color:#9aa5b1}th.asc::after{content:" ↑";color:var(--fg)}th.desc::after{content:" ↓";color:var(--fg)}
td.n{text-align:right;font-variant-numeric:tabular-nums}
#reports td:nth-child(n+2):nth-child(-n+5){white-space:nowrap}
td.n.e{color:var(--err);font-weight:600}td.n.w{color:var(--warn);font-weight:600}
tr:hover td{background:#fafbfc}
.verdict{display:inline-block;padding:0 8px;border-radius:10px;font-size:12px;white-space:nowrap}
.v-pass{background:#e3f4e8;color:#23663a}.v-errors{background:#fde8e8;color:#a61b1b}.v-failed{background:#eceff3;color:#52606d}
.tag{display:inline-block;margin:1px 0;padding:0 6px;border-radius:4px;font-size:12px;background:#eef2f7}
.tag.t-error{background:#fde8e8;color:#8a1c1c}.tag.t-warning{background:#fff3e0;color:#7a4b00}.tag.t-info,.tag.t-hint{background:#e8f1fb;color:#1d4f85}
.report{border:1px solid var(--line);border-radius:10px;padding:14px 18px;margin:14px 0;break-inside:avoid-page}
.file{color:var(--muted);font-size:12px;margin:0 0 8px;word-break:break-all}
.findings{margin:0;padding-left:22px}.f{margin:6px 0}
.sev{font-size:12px;font-weight:600}.f-error .sev{color:var(--err)}.f-warning .sev{color:var(--warn)}.f-info .sev,.f-hint .sev{color:var(--info)}
code{font-size:12px;background:var(--soft);padding:0 4px;border-radius:3px}
.src{margin:3px 0 0;padding:5px 8px;background:var(--soft);border-radius:6px;font-size:13px;white-space:pre-wrap;word-break:break-all}
.ln{color:var(--muted);font-size:12px;margin-right:8px}
mark{background:#ffe08a;border-radius:2px}
.problem{color:#a61b1b}.ok{color:#23663a}.empty{color:var(--muted)}
.note{color:var(--muted);font-size:12px}
a{color:var(--accent)}
@media print{main{max-width:none;padding:0}.tools,.back{display:none}th{position:static}figure{break-inside:avoid}.report{break-inside:avoid}a{color:inherit;text-decoration:none}body{font-size:11pt}}
`;

/** Sorting and filtering; the table works without it. */
const SCRIPT = `
(function(){
var table=document.getElementById('reports'),body=table.tBodies[0],rows=[].slice.call(body.rows);
var q=document.getElementById('q'),v=document.getElementById('verdict'),shown=document.getElementById('shown');
function filter(){var t=q.value.trim().toLowerCase(),w=v.value,n=0;rows.forEach(function(r){var ok=(!t||r.textContent.toLowerCase().indexOf(t)>=0)&&(!w||r.getAttribute('data-verdict')===w);r.style.display=ok?'':'none';if(ok)n++;});shown.textContent=n;}
q.addEventListener('input',filter);v.addEventListener('change',filter);
[].forEach.call(table.tHead.rows[0].cells,function(th,i){if(!th.hasAttribute('data-sort'))return;th.addEventListener('click',function(){
var num=th.getAttribute('data-sort')==='n',dir=th.classList.contains('asc')?-1:1;
[].forEach.call(table.tHead.rows[0].cells,function(c){c.classList.remove('asc','desc');});th.classList.add(dir>0?'asc':'desc');
rows.sort(function(a,b){var x=a.cells[i].getAttribute('data-v')||a.cells[i].textContent,y=b.cells[i].getAttribute('data-v')||b.cells[i].textContent;
return dir*(num?(Number(x)-Number(y)):x.localeCompare(y,'zh-CN'));});rows.forEach(function(r){body.appendChild(r);});});});
filter();
})();
`;

export function reviewHtml(reports: readonly ReviewedReport[], opts: PageOptions): string {
  const parts: string[] = [];
  for (const part of reviewHtmlParts(reports, opts)) parts.push(part);
  return parts.join('');
}

/**
 * The page in pieces, a table row and a report's details at a time: the CLI writes them to the
 * file as they come, so 16,000 reports (a 60 MB page) are never one string in memory.
 */
export function* reviewHtmlParts(reports: readonly ReviewedReport[], opts: PageOptions): Generator<string> {
  const nonce = opts.nonce ? ` nonce="${esc(opts.nonce)}"` : '';
  const h = headline(reports);
  const stats = ruleStats(reports, opts.titleOf);
  const checked = reports.filter((r) => r.verdict !== 'failed');

  // Problem kinds × number of agencies.
  const barRules = stats.slice(0, MAX_CHART_RULES);
  const bars = barChart(
    barRules.map((s) => ({ label: s.title, value: s.reports, color: SEVERITY_COLOR[s.severity]!, title: `${s.title}（${s.code}）：${s.reports} 份报告，${s.findings} 处` })),
    { unit: '份报告', ariaLabel: '各类问题涉及的报告数' },
  );
  // Agencies × problem kinds: the agencies with the most findings.
  const heatAgencies = [...checked].filter((r) => r.diagnostics.length).sort((a, b) => b.diagnostics.length - a.diagnostics.length).slice(0, MAX_HEAT_AGENCIES);
  const heatCodes = barRules.map((s) => s.code);
  const heat = heatMap(
    heatAgencies.map(reportName),
    heatCodes,
    (r, c) => heatAgencies[r]!.diagnostics.filter((d) => d.code === heatCodes[c]).length,
    { ariaLabel: '各单位 × 问题类型', columnTitles: barRules.map((s) => `${s.title}（${s.code}）`) },
  );
  // This year against last year, where the run has both reports of an agency.
  const pairs: Pair[] = checked
    .filter((r) => r.lastYear && r.year)
    .slice(0, MAX_PAIRS)
    .map((r) => ({ label: `${r.agency}（${r.year! - 1}→${r.year}）`, before: r.lastYear!.errors + r.lastYear!.warnings, after: count(r, 'error') + count(r, 'warning'), beforeLabel: `${r.year! - 1} 年`, afterLabel: `${r.year} 年` }));
  const paired = pairedBars(pairs, { ariaLabel: '本年与上年问题数', legend: ['上年', '本年'] });

  const tableRow = (r: ReviewedReport, i: number) => {
    const e = count(r, 'error');
    const w = count(r, 'warning');
    const n = count(r, 'info') + count(r, 'hint');
    return `<tr data-verdict="${r.verdict}"><td>${esc(r.agency)}</td><td data-v="${r.year ?? 0}">${esc(r.year)}</td><td>${esc(r.level)}</td><td>${esc(r.form)}</td><td data-v="${r.verdict === 'errors' ? 0 : r.verdict === 'failed' ? 1 : 2}"><span class="verdict v-${r.verdict}">${VERDICT_LABEL[r.verdict]}</span></td><td class="n${e ? ' e' : ''}">${e}</td><td class="n${w ? ' w' : ''}">${w}</td><td class="n">${n}</td><td>${problemsInWords(r, opts.titleOf)}</td><td><a href="#r${i}">详情</a></td></tr>`;
  };

  yield `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>政府信息公开年报审阅汇总</title>
<style${nonce}>${STYLE}</style>
</head>
<body>
<main id="top">
<h1>政府信息公开工作年度报告审阅汇总</h1>
<p class="sub">${esc(opts.source)} · 生成于 ${esc(opts.generatedAt)} · ogi-report 自动检查结果，供人工复核参考</p>
<div class="cards">
<div class="card"><b>${h.reports}</b><span>份报告</span></div>
<div class="card err"><b>${h.withErrors}</b><span>份有错误</span></div>
<div class="card ok"><b>${h.clean}</b><span>份通过（无错误）</span></div>
<div class="card skip"><b>${h.skipped}</b><span>份未能检查</span></div>
<div class="card"><b>${h.errors} / ${h.warnings} / ${h.infos}</b><span>错误 / 警告 / 提示</span></div>
</div>
<h2>图表</h2>
<div class="charts">
<figure><figcaption>各类问题涉及的报告数</figcaption>${bars}</figure>
<figure><figcaption>各单位 × 问题类型（问题最多的 ${heatAgencies.length} 份报告）</figcaption>${heat}</figure>
<figure><figcaption>本年与上年：问题数（错误 + 警告）</figcaption>${paired}</figure>
</div>
<h2>各报告检查结果</h2>
<div class="tools"><input id="q" type="search" placeholder="筛选：机关、年度、问题……" aria-label="筛选"><select id="verdict" aria-label="结论"><option value="">全部结论</option><option value="errors">有错误</option><option value="pass">通过</option><option value="failed">未能检查</option></select><span class="note">显示 <span id="shown">${reports.length}</span> / ${reports.length} 份</span></div>
<table id="reports">
<thead><tr><th data-sort="s">机关</th><th data-sort="n">年度</th><th data-sort="s">层级</th><th data-sort="s">形式</th><th data-sort="n">结论</th><th data-sort="n">错误</th><th data-sort="n">警告</th><th data-sort="n">提示</th><th>问题</th><th>详情</th></tr></thead>
<tbody>
`;
  for (let i = 0; i < reports.length; i++) yield (i ? '\n' : '') + tableRow(reports[i]!, i);
  yield `
</tbody>
</table>
<h2>各报告详情</h2>
`;
  for (let i = 0; i < reports.length; i++) yield (i ? '\n' : '') + details(reports[i]!, i, opts.titleOf);
  yield `
<p class="note">说明：“错误”为表格数据不能自洽等确定的问题；“警告”需核实；“提示”供参考。本页由 ogi-report 生成，不含任何外部资源，可离线打开和打印。</p>
</main>
<script${nonce}>${SCRIPT}</script>
</body>
</html>
`;
}
