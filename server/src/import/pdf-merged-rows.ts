/**
 * Numbers merged down several rows of a table drawn without borders. A web page's table may
 * give one number cell to three rows (`rowspan="3"`); printed without borders, the numbers
 * stand once, centred beside the three labels, and the rows above and below them hold a label
 * and nothing else. What gives it away is the centring: a row's numbers stand in the middle
 * of its label, and these stand in the middle of the run of labels they belong to. Each row of
 * the run then gets the numbers, as the web page's reader gives them (a merged cell belongs
 * to every row it spans).
 */
import { cellText, firstNumberX, isNumber, isRow, type Cell, type Line } from './pdf-lines';

/** How far (in font sizes) a row's numbers may stand from the middle of the labels they belong to. */
const CENTRE_SLACK = 0.4;
/** Lines wrapped inside one cell stand at most this many font sizes apart. */
const WRAPPED_LINE_GAP = 1.6;
/** At most this many label-only rows on either side share one row's numbers. */
const MAX_SPREAD = 4;

/** A label wrapped over one or more lines, in the label column beside the numbers. */
interface Block {
  lines: number[];
  top: number;
  bottom: number;
}

/** The label cell beside the numbers: the last text cell before the row's first number. */
function leafLabel(row: Line): Cell | undefined {
  const numberX = firstNumberX(row);
  const labels = row.cells.filter((c) => c.x0 < numberX && !isNumber(cellText(c)));
  return labels[labels.length - 1];
}

/**
 * The label blocks next to `row` in one direction (`step` -1: above, +1: below): lines not
 * yet used (those are skipped), each wholly in the leaf label column (or in the label columns
 * left of it, also skipped), grouped where they stand as close as wrapped lines. Stops at a
 * row or any other line.
 */
function blocksBeside(lines: readonly Line[], used: ReadonlySet<number>, k: number, step: number, leafX: number, numberX: number): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (let j = k + step; j >= 0 && j < lines.length && blocks.length <= MAX_SPREAD; j += step) {
    const l = lines[j]!;
    if (isRow(l)) break;
    if (used.has(j)) continue; // a piece already joined to a row (this one's group label, say)
    const right = Math.max(...l.cells.map((c) => c.x1));
    if (right > numberX + 1) break;
    const inLeaf = l.cells.filter((c) => Math.abs(c.x0 - leafX) <= 1);
    if (inLeaf.length === 0) {
      if (l.cells.every((c) => c.x1 <= leafX + 1)) continue; // a group label to the left
      break;
    }
    if (l.cells.length !== 1) break;
    const last = current?.lines[current.lines.length - 1];
    const close = last !== undefined && Math.abs(lines[last]!.y - l.y) <= WRAPPED_LINE_GAP * l.height;
    if (current && close) {
      current.lines.push(j);
      current.top = Math.max(current.top, l.y);
      current.bottom = Math.min(current.bottom, l.y);
    } else {
      current = { lines: [j], top: l.y, bottom: l.y };
      blocks.push(current);
    }
  }
  return blocks;
}

/**
 * Give the numbers of a row centred on a run of label-only rows to each row of the run. `lines`
 * top first, `used` the lines already joined to a row; returns the new rows (each made of a
 * label block and a copy of the numbers) and marks their lines used. A label block right
 * against the row's own label (as close as wrapped lines) is the rest of that label, too far
 * from the numbers for the wrapped-piece rule when the label is long: it joins the row when
 * the numbers then stand in the middle of it, or of the run.
 */
export function spreadMergedNumbers(lines: readonly Line[], used: Set<number>): Line[] {
  const made: Line[] = [];
  lines.forEach((row, k) => {
    if (!isRow(row) || used.has(k)) return;
    const leaf = leafLabel(row);
    if (!leaf) return;
    const h = row.height;
    const ys = leaf.parts.map((p) => p.y);
    let [ownTop, ownBottom] = [Math.max(...ys), Math.min(...ys)];
    const numbersY = row.y;
    const centred = (top: number, bottom: number) => Math.abs((top + bottom) / 2 - numbersY) <= CENTRE_SLACK * h;
    if (centred(ownTop, ownBottom)) return;
    const numberX = firstNumberX(row);
    const above = blocksBeside(lines, used, k, -1, leaf.x0, numberX);
    const below = blocksBeside(lines, used, k, 1, leaf.x0, numberX);
    const own: Block[] = [];
    if (above[0] && above[0].bottom - ownTop <= WRAPPED_LINE_GAP * h) own.push(above.shift()!);
    if (below[0] && ownBottom - below[0].top <= WRAPPED_LINE_GAP * h) own.push(below.shift()!);
    for (const b of own) [ownTop, ownBottom] = [Math.max(ownTop, b.top), Math.min(ownBottom, b.bottom)];
    // The smallest run of blocks around the row whose middle is where the numbers stand.
    let best: { a: number; b: number } | undefined;
    for (let size = 0; size <= 2 * MAX_SPREAD && !best; size++) {
      for (let a = 0; a <= Math.min(size, above.length) && !best; a++) {
        const b = size - a;
        if (b > below.length) continue;
        const top = a > 0 ? above[a - 1]!.top : ownTop;
        const bottom = b > 0 ? below[b - 1]!.bottom : ownBottom;
        if (centred(top, bottom)) best = { a, b };
      }
    }
    if (!best) return;
    for (const block of own) {
      for (const j of block.lines) {
        for (const c of lines[j]!.cells) leaf.parts.push(...c.parts);
        used.add(j);
      }
    }
    const numbers = row.cells.filter((c) => c.x0 >= numberX);
    for (const block of [...above.slice(0, best.a), ...below.slice(0, best.b)]) {
      const label: Cell = { x0: leaf.x0, x1: leaf.x1, parts: [] };
      for (const j of block.lines) {
        for (const c of lines[j]!.cells) label.parts.push(...c.parts);
        used.add(j);
      }
      const copies = numbers.map((c) => ({ x0: c.x0, x1: c.x1, parts: [{ y: block.top, x: c.x0, text: cellText(c) }] }));
      made.push({ y: block.top, height: h, cells: [label, ...copies] });
    }
  });
  return made;
}
