/**
 * The ruling lines a PDF page draws (a table's cell borders), read from pdf.js's operator list.
 * Office suites draw a border either as a stroked line (LibreOffice, Word), as a stroked
 * rectangle, or as a thin filled rectangle (WPS, Word's own PDF export, many printers' drivers);
 * all of them come out here as the same horizontal or vertical segment in page space (points,
 * y upwards, the space pdf.js gives text items in). Curves, slanted lines and filled areas
 * wider than a rule (shading, logos) are no border and are left out.
 */

/** A horizontal (y0 = y1) or vertical (x0 = x1) rule, x0 ≤ x1 and y0 ≤ y1. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The operator codes this reader needs, from pdf.js's `OPS` (passed in: no pdf.js import here). */
export interface PathOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  moveTo: number;
  lineTo: number;
  curveTo: number;
  curveTo2: number;
  curveTo3: number;
  closePath: number;
  rectangle: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  endPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
}

type Matrix = [number, number, number, number, number, number];

/** A filled rectangle thinner than this (points) is a rule; thicker, it is shading or a box. */
const MAX_RULE_THICKNESS = 2.5;
/** A path this far from axis-parallel (points over its length) is a slanted line, not a rule. */
const AXIS_SLACK = 0.5;
/** No page draws more rules than this; a page drawing more is a drawing, not a table. */
const MAX_SEGMENTS = 20_000;

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function isMatrix(v: unknown): v is Matrix {
  return Array.isArray(v) && v.length === 6 && v.every((n) => typeof n === 'number' && Number.isFinite(n));
}

/** An axis-parallel segment from two points, or nothing for a slanted or degenerate one. */
function axisSegment(ax: number, ay: number, bx: number, by: number): Segment | undefined {
  const dx = Math.abs(ax - bx);
  const dy = Math.abs(ay - by);
  if (dy <= AXIS_SLACK && dx > AXIS_SLACK) {
    const y = (ay + by) / 2;
    return { x0: Math.min(ax, bx), y0: y, x1: Math.max(ax, bx), y1: y };
  }
  if (dx <= AXIS_SLACK && dy > AXIS_SLACK) {
    const x = (ax + bx) / 2;
    return { x0: x, y0: Math.min(ay, by), x1: x, y1: Math.max(ay, by) };
  }
  return undefined;
}

/** One subpath in page space: its points in order, and whether it closes back to its start. */
interface Subpath {
  points: [number, number][];
  closed: boolean;
}

/** Walk one `constructPath` (pdf.js 4: `[ops, coords, minMax]`) under the matrix `ctm`. */
function readPath(args: unknown, ops: PathOps, ctm: Matrix, path: Subpath[]): void {
  if (!Array.isArray(args) || !Array.isArray(args[0]) || !Array.isArray(args[1])) return;
  const fns = args[0] as number[];
  const xy = args[1] as number[];
  let j = 0;
  let current: Subpath | undefined = path[path.length - 1];
  const start = (p: [number, number]) => {
    current = { points: [p], closed: false };
    path.push(current);
  };
  for (const fn of fns) {
    if (fn === ops.moveTo) {
      start(apply(ctm, xy[j]!, xy[j + 1]!));
      j += 2;
    } else if (fn === ops.lineTo) {
      const p = apply(ctm, xy[j]!, xy[j + 1]!);
      if (current && !current.closed) current.points.push(p);
      else start(p);
      j += 2;
    } else if (fn === ops.rectangle) {
      const [x, y, w, h] = [xy[j]!, xy[j + 1]!, xy[j + 2]!, xy[j + 3]!];
      path.push({ points: [apply(ctm, x, y), apply(ctm, x + w, y), apply(ctm, x + w, y + h), apply(ctm, x, y + h)], closed: true });
      current = undefined;
      j += 4;
    } else if (fn === ops.curveTo || fn === ops.curveTo2 || fn === ops.curveTo3) {
      // A curve is no rule: what follows it starts afresh from where it ends.
      const n = fn === ops.curveTo ? 6 : 4;
      start(apply(ctm, xy[j + n - 2]!, xy[j + n - 1]!));
      j += n;
    } else if (fn === ops.closePath) {
      if (current) current.closed = true;
    } else return; // an operator this reader does not know: leave the rest of the path out
    if (j > xy.length) return;
  }
}

/** The rules a stroked subpath draws: each straight axis-parallel piece. */
function strokedRules(sub: Subpath, out: Segment[]): void {
  const pts = sub.points;
  const n = sub.closed ? pts.length : pts.length - 1;
  for (let k = 0; k < n; k++) {
    const [a, b] = [pts[k]!, pts[(k + 1) % pts.length]!];
    const s = axisSegment(a[0], a[1], b[0], b[1]);
    if (s) out.push(s);
  }
}

/** The rule a filled subpath stands for: a box thin in one direction is the line along its middle. */
function filledRule(sub: Subpath, out: Segment[]): void {
  const pts = sub.points;
  if (pts.length < 3) return;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of pts) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  const [w, h] = [x1 - x0, y1 - y0];
  if (h <= MAX_RULE_THICKNESS && w > h) out.push({ x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 });
  else if (w <= MAX_RULE_THICKNESS && h > w) out.push({ x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 });
}

/**
 * The rules a page draws. `fnArray`/`argsArray` are pdf.js's operator list of the page;
 * `ops` its `OPS` table.
 */
export function rulingSegments(fnArray: readonly number[], argsArray: readonly unknown[], ops: PathOps): Segment[] {
  const out: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let path: Subpath[] = [];
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill]);
  for (let i = 0; i < fnArray.length && out.length < MAX_SEGMENTS; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) {
      if (isMatrix(args)) ctm = multiply(args, ctm);
    } else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = Array.isArray(args) ? args[0] : undefined;
      if (isMatrix(m)) ctm = multiply(m, ctm);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath) readPath(args, ops, ctm, path);
    else if (strokes.has(fn) || fills.has(fn) || fn === ops.endPath) {
      if (strokes.has(fn)) for (const sub of path) strokedRules(sub, out);
      else if (fills.has(fn)) for (const sub of path) filledRule(sub, out);
      path = [];
    }
  }
  return out;
}
