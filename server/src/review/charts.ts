/**
 * The review page's charts as inline SVG strings (no script, no network, prints as drawn):
 * a bar chart, a heat map and paired bars. Pure functions of plain numbers.
 */

export function esc(s: string | number | null | undefined): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Width of a label in the chart's font: CJK characters count double. */
function textWidth(s: string, px = 12): number {
  let w = 0;
  for (const ch of s) w += /[\u0000-\u00ff]/.test(ch) ? 0.6 : 1.05;
  return Math.ceil(w * px);
}

function clip(s: string, max: number): string {
  return [...s].length > max ? [...s].slice(0, max - 1).join('') + '…' : s;
}

export interface Bar {
  label: string;
  value: number;
  color: string;
  title?: string;
}

/** Horizontal bars, one per label, the value written at the end of each. */
export function barChart(bars: readonly Bar[], opts: { unit: string; ariaLabel: string }): string {
  if (!bars.length) return '<p class="empty">没有数据</p>';
  const labelW = Math.min(260, Math.max(...bars.map((b) => textWidth(clip(b.label, 22)))) + 12);
  const barW = 420;
  const rowH = 26;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * rowH + 8;
  const rows = bars.map((b, i) => {
    const y = i * rowH + 4;
    const w = Math.max(2, Math.round((b.value / max) * barW));
    return `<g><title>${esc(b.title ?? `${b.label}：${b.value} ${opts.unit}`)}</title><text x="${labelW - 8}" y="${y + 16}" text-anchor="end" class="lbl">${esc(clip(b.label, 22))}</text><rect x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 8}" rx="3" fill="${b.color}"/><text x="${labelW + w + 6}" y="${y + 16}" class="val">${b.value}</text></g>`;
  });
  return `<svg class="chart" role="img" aria-label="${esc(opts.ariaLabel)}" viewBox="0 0 ${labelW + barW + 50} ${height}" width="100%" style="max-width:${labelW + barW + 50}px">${rows.join('')}</svg>`;
}

/** A heat map: rows × columns, each cell shaded by its count (0 left white). */
export function heatMap(rows: readonly string[], columns: readonly string[], value: (r: number, c: number) => number, opts: { ariaLabel: string; columnTitles?: readonly string[] }): string {
  if (!rows.length || !columns.length) return '<p class="empty">没有数据</p>';
  const labelW = Math.min(320, Math.max(...rows.map((r) => textWidth(clip(r, 26)))) + 12);
  const cell = 28;
  const headH = Math.round(Math.max(...columns.map((c) => textWidth(c, 11))) * 0.72 + 16);
  let max = 1;
  for (let r = 0; r < rows.length; r++) for (let c = 0; c < columns.length; c++) max = Math.max(max, value(r, c));
  const parts: string[] = [];
  columns.forEach((col, c) => {
    const x = labelW + c * cell + cell / 2;
    parts.push(`<text transform="translate(${x},${headH - 6}) rotate(-45)" class="lbl small"><title>${esc(opts.columnTitles?.[c] ?? col)}</title>${esc(col)}</text>`);
  });
  rows.forEach((row, r) => {
    const y = headH + r * cell;
    parts.push(`<text x="${labelW - 8}" y="${y + cell / 2 + 4}" text-anchor="end" class="lbl">${esc(clip(row, 26))}</text>`);
    columns.forEach((col, c) => {
      const v = value(r, c);
      const t = v / max;
      // From pale to deep red-orange; zero stays a light grey square.
      const fill = v === 0 ? '#f3f4f6' : `hsl(${Math.round(38 - 30 * t)}, 85%, ${Math.round(88 - 46 * t)}%)`;
      parts.push(`<g><title>${esc(`${row} · ${opts.columnTitles?.[c] ?? col}：${v}`)}</title><rect x="${labelW + c * cell + 1}" y="${y + 1}" width="${cell - 2}" height="${cell - 2}" rx="3" fill="${fill}"/>${v ? `<text x="${labelW + c * cell + cell / 2}" y="${y + cell / 2 + 4}" text-anchor="middle" class="num${t > 0.55 ? ' inv' : ''}">${v}</text>` : ''}</g>`);
    });
  });
  // Rotated column heads lean right: leave room for the last one.
  const w = labelW + columns.length * cell + Math.ceil(headH * 0.8);
  const h = headH + rows.length * cell + 4;
  return `<svg class="chart" role="img" aria-label="${esc(opts.ariaLabel)}" viewBox="0 0 ${w} ${h}" width="100%" style="max-width:${w}px">${parts.join('')}</svg>`;
}

export interface Pair {
  label: string;
  before: number;
  after: number;
  beforeLabel: string;
  afterLabel: string;
}

/** Two bars per label (last year, this year). */
export function pairedBars(pairs: readonly Pair[], opts: { ariaLabel: string; legend: [string, string] }): string {
  if (!pairs.length) return '<p class="empty">本次检查中没有同一单位相邻两年的报告</p>';
  const labelW = Math.min(260, Math.max(...pairs.map((p) => textWidth(clip(p.label, 22)))) + 12);
  const barW = 380;
  const rowH = 34;
  const max = Math.max(1, ...pairs.flatMap((p) => [p.before, p.after]));
  const parts: string[] = [
    `<rect x="${labelW}" y="4" width="12" height="12" fill="#9aa5b1"/><text x="${labelW + 16}" y="14" class="lbl small">${esc(opts.legend[0])}</text>`,
    `<rect x="${labelW + 90}" y="4" width="12" height="12" fill="#2f6fde"/><text x="${labelW + 106}" y="14" class="lbl small">${esc(opts.legend[1])}</text>`,
  ];
  pairs.forEach((p, i) => {
    const y = 24 + i * rowH;
    const w1 = Math.max(2, Math.round((p.before / max) * barW));
    const w2 = Math.max(2, Math.round((p.after / max) * barW));
    parts.push(
      `<text x="${labelW - 8}" y="${y + 20}" text-anchor="end" class="lbl">${esc(clip(p.label, 22))}</text>`,
      `<g><title>${esc(`${p.label} ${p.beforeLabel}：${p.before}`)}</title><rect x="${labelW}" y="${y + 3}" width="${w1}" height="12" rx="2" fill="#9aa5b1"/><text x="${labelW + w1 + 5}" y="${y + 13}" class="val small">${p.before}</text></g>`,
      `<g><title>${esc(`${p.label} ${p.afterLabel}：${p.after}`)}</title><rect x="${labelW}" y="${y + 17}" width="${w2}" height="12" rx="2" fill="#2f6fde"/><text x="${labelW + w2 + 5}" y="${y + 27}" class="val small">${p.after}</text></g>`,
    );
  });
  const h = 24 + pairs.length * rowH + 4;
  return `<svg class="chart" role="img" aria-label="${esc(opts.ariaLabel)}" viewBox="0 0 ${labelW + barW + 50} ${h}" width="100%" style="max-width:${labelW + barW + 50}px">${parts.join('')}</svg>`;
}
