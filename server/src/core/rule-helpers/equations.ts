/**
 * The sum rules of tables 三 and 四 as one system of linear equations over cells
 * (sum of coef·value = 0), and the search for the one cell that the numbers prove wrong.
 *
 * A correction is *proven* (and may be applied by fix-all) only when it is the unique smallest
 * one: changing exactly that cell to a whole number >= 0 makes every failing equation hold,
 * breaks none that holds, no other cell does the same, and at least two failing equations
 * point at it. One failed equation alone never proves which of its cells is wrong: the total
 * or any part could be (table 四 has no other equation to tell them apart). Such failures get
 * *suspects* instead: the single-cell corrections a person may choose, never applied in bulk.
 *
 * Arithmetic is exact for any size: values are read from the cell's digits into BigInt, scaled
 * by 10^6 so a decimal cell still adds up exactly (it never yields a whole-number correction).
 * Computed once per model and shared by the rules that report them.
 */
import type { Cell, ReportModel } from '../model';
import { T3_APPLICANT_COLUMNS, T3_COLUMN_IDS, T3_LEAF_ROWS, T3_ROWS, T3_TRIAL_OTHER_ROW } from '../template/table3';
import { T4_GROUPS, T4_PARTS } from '../template/table4';

export interface Term {
  cell: string;
  coef: 1 | -1;
}

export interface Equation {
  code: string;
  /** Row id (ROWSUM), column id (RESULTSUM, BALANCE) or group id (T4). */
  key: string;
  /** The cell a failure is reported on when no single culprit is found. */
  target: string;
  terms: Term[];
}

export interface EquationState {
  eq: Equation;
  /** Sum of coef·value (approximate for huge values; see `exact`), or null when a term's cell has no value. */
  residual: number | null;
  /** The residual exactly, in millionths (`SCALE`), or null when a term's cell has no value. */
  exact: bigint | null;
}

/** A single-cell correction: `cell` should read `text` (exact digits); `value` is the same as a JS number. */
export interface Culprit {
  cell: string;
  value: number;
  text: string;
}

/** A 总计 column left all 0 while the other columns hold numbers (table 三): one finding, filled in one fix. */
export interface BlankTotalColumn {
  /** Row id → its computed total, for every row whose six applicant cells are all present. */
  fills: Map<string, Culprit>;
  /** True when filling the column breaks no holding equation and leaves no row sum failing. */
  proven: boolean;
}

export interface EquationAnalysis {
  states: EquationState[];
  /** The one cell the numbers prove wrong, with its value; null when nothing is proven. */
  culprit: Culprit | null;
  /** For each failing equation without a proven culprit: the single-cell corrections a person may choose. */
  suspects: Map<EquationState, Culprit[]>;
  /** Table 三 only: its 总计 column is all 0 though the rows are not. */
  blankTotal: BlankTotalColumn | null;
}

const sumTerms = (target: string, parts: string[]): Term[] => [
  { cell: target, coef: 1 },
  ...parts.map((cell) => ({ cell, coef: -1 as const })),
];

/** The sum equations of table 三 for a layout; built once, they are the same for every report. */
function buildTable3Equations(trialLayout: boolean): { rowSums: Map<string, Equation>; columns: Equation[] } {
  const rowSums = new Map<string, Equation>();
  for (const row of [...T3_ROWS.map((r) => r.id), T3_TRIAL_OTHER_ROW.id]) {
    rowSums.set(row, {
      code: 'T3-ROWSUM',
      key: row,
      target: `t3.${row}.tot`,
      terms: sumTerms(`t3.${row}.tot`, T3_APPLICANT_COLUMNS.map((c) => `t3.${row}.${c}`)),
    });
  }
  const leaves = trialLayout ? [...T3_LEAF_ROWS.filter((r) => !r.startsWith('r3_6_')), T3_TRIAL_OTHER_ROW.id] : T3_LEAF_ROWS;
  const columns: Equation[] = [];
  for (const c of T3_COLUMN_IDS) {
    columns.push({ code: 'T3-RESULTSUM', key: c, target: `t3.r3_7.${c}`, terms: sumTerms(`t3.r3_7.${c}`, leaves.map((r) => `t3.${r}.${c}`)) });
  }
  for (const c of T3_COLUMN_IDS) {
    columns.push({
      code: 'T3-BALANCE',
      key: c,
      target: `t3.r4.${c}`,
      terms: [
        { cell: `t3.r1.${c}`, coef: 1 },
        { cell: `t3.r2.${c}`, coef: 1 },
        { cell: `t3.r3_7.${c}`, coef: -1 },
        { cell: `t3.r4.${c}`, coef: -1 },
      ],
    });
  }
  return { rowSums, columns };
}

const TABLE3 = { standard: buildTable3Equations(false), trial: buildTable3Equations(true) };

export function table3Equations(model: ReportModel): Equation[] {
  const t3 = model.t3;
  if (!t3) return [];
  const { rowSums, columns } = t3.trialLayout ? TABLE3.trial : TABLE3.standard;
  const eqs: Equation[] = [];
  const seen = new Set<string>();
  for (const r of t3.rows) {
    if (!r.id || seen.has(r.id)) continue;
    seen.add(r.id);
    const eq = rowSums.get(r.id);
    if (eq) eqs.push(eq);
  }
  return [...eqs, ...columns];
}

const TABLE4: Equation[] = (() => {
  const codes: Record<string, string> = { rev: 'T4-REV', lit_direct: 'T4-LITD', lit_after: 'T4-LITA' };
  return T4_GROUPS.map((g) => ({
    code: codes[g.id]!,
    key: g.id,
    target: `t4.${g.id}.total`,
    terms: sumTerms(`t4.${g.id}.total`, T4_PARTS.map((p) => `t4.${g.id}.${p}`)),
  }));
})();

export function table4Equations(model: ReportModel): Equation[] {
  return model.t4 ? TABLE4 : [];
}

/** Exact values are BigInt millionths: whole numbers stay exact at any size, decimals add up. */
export const SCALE = 1_000_000n;

export const MAX_DIGITS = 64;
const PLAIN_DIGITS = /^[0-9]+$/;

/** A cell's value exactly (scaled by SCALE), read from its digits; blanks count as 0. */
export function exactValue(cell: Pick<Cell, 'value' | 'raw' | 'flags'> | undefined): bigint | null {
  if (!cell) return null;
  if (cell.value === null) return cell.flags.includes('blank') ? 0n : null;
  const raw = cell.raw ?? '';
  // No count has 64 digits; reading a pasted run of a million costs seconds, so such a cell leaves its sums unchecked.
  if (raw.length > MAX_DIGITS) return null;
  // Most cells are plain ASCII digits: read them without normalising. Up to nine digits the
  // scaled value is below 2^53, so it is made exactly as a number first (no BigInt parsing).
  if (PLAIN_DIGITS.test(raw)) return raw.length <= 9 ? BigInt(Number(raw) * 1_000_000) : BigInt(raw) * SCALE;
  const m = /^(-?)([0-9,]+)(?:\.([0-9]+))?/.exec(raw.normalize('NFKC').replace(/－/g, '-'));
  if (!m) return Number.isFinite(cell.value) ? BigInt(Math.round(cell.value * 1e6)) : null;
  const int = BigInt(m[2]!.replace(/,/g, '') || '0');
  const frac = BigInt(((m[3] ?? '') + '000000').slice(0, 6));
  const v = int * SCALE + frac;
  return m[1] ? -v : v;
}

/** Exact scaled value as text: `12`, `0.5`, `-3`, `999999999999999999999` — never `1e+21`. */
export function formatExact(v: bigint): string {
  const neg = v < 0n;
  const a = neg ? -v : v;
  const int = (a / SCALE).toString();
  const frac = (a % SCALE).toString().padStart(6, '0').replace(/0+$/, '');
  return `${neg ? '-' : ''}${int}${frac ? '.' + frac : ''}`;
}

/** Whole number >= 0 (the only values a count may be corrected to). */
const isCount = (v: bigint): boolean => v >= 0n && v % SCALE === 0n;

const toCulprit = (cell: string, v: bigint): Culprit => ({ cell, value: Number(v / SCALE), text: formatExact(v) });

/**
 * Cells are immutable once parsed: read each one's digits once (a check reads a cell many
 * times). Kept per cell map by id, with the cell it was read from (a map a caller changed
 * reads the new cell); the map being read now is remembered apart, so a lookup is two Map
 * reads by id — a WeakMap per cell cost more in lookups and in the collector's work.
 */
const exactCache = new WeakMap<Map<string, Cell>, Map<string, { cell: Cell; v: bigint | null }>>();
let lastCells: Map<string, Cell> | null = null;
let lastValues = new Map<string, { cell: Cell; v: bigint | null }>();

export function exactOf(cells: Map<string, Cell>, id: string): bigint | null {
  const cell = cells.get(id);
  if (!cell) return null;
  if (cells !== lastCells) {
    let values = exactCache.get(cells);
    if (!values) exactCache.set(cells, (values = new Map()));
    lastCells = cells;
    lastValues = values;
  }
  const hit = lastValues.get(id);
  if (hit && hit.cell === cell) return hit.v;
  const v = exactValue(cell);
  lastValues.set(id, { cell, v });
  return v;
}

export function exactResidual(cells: Map<string, Cell>, eq: Equation): bigint | null {
  let sum = 0n;
  for (const t of eq.terms) {
    const v = exactOf(cells, t.cell);
    if (v === null) return null;
    sum += t.coef === 1 ? v : -v;
  }
  return sum;
}

export function residual(cells: Map<string, Cell>, eq: Equation): number | null {
  const r = exactResidual(cells, eq);
  return r === null ? null : Number(r) / 1e6;
}

/** The exact (scaled) value `cell` must take for `eq` to hold, the other cells staying as they are. */
export function solveExact(cells: Map<string, Cell>, eq: Equation, cell: string): bigint | null {
  return solveGiven(cells, eq, exactResidual(cells, eq), cell);
}

/** `solveExact` with the equation's residual over `cells` already known (an `EquationState`'s `exact`). */
function solveGiven(cells: Map<string, Cell>, eq: Equation, r: bigint | null, cell: string): bigint | null {
  const term = eq.terms.find((t) => t.cell === cell);
  const v = exactOf(cells, cell);
  if (r === null || !term || v === null) return null;
  return term.coef === 1 ? v - r : v + r;
}

/** The value `cell` must take for `eq` to hold, as a JS number (see `solveExact` for exact digits). */
export function solveFor(cells: Map<string, Cell>, eq: Equation, cell: string): number | null {
  const v = solveExact(cells, eq, cell);
  return v === null ? null : Number(v) / 1e6;
}

/** The sum of an equation's parts (`total = parts`), exactly; blanks count as 0, absent cells too. */
export function exactPartsSum(cells: Map<string, Cell>, eq: Equation): bigint {
  return eq.terms.slice(1).reduce((a, t) => a + (exactOf(cells, t.cell) ?? 0n), 0n);
}

const isFailing = (s: EquationState): boolean => s.exact !== null && s.exact !== 0n;

/** Cells that take part in an equation that holds now: changing any of them would break it. */
function holdingCells(states: EquationState[]): Set<string> {
  const out = new Set<string>();
  for (const s of states) if (s.exact === 0n) for (const t of s.eq.terms) out.add(t.cell);
  return out;
}

/** The single cell that makes every failing equation hold and breaks none; null unless exactly one and proven. */
function findCulprit(cells: Map<string, Cell>, states: EquationState[], held: Set<string>): Culprit | null {
  const failing = states.filter(isFailing);
  // One failed equation never tells which of its cells is wrong.
  if (failing.length < 2) return null;
  let candidates = failing[0]!.eq.terms.map((t) => t.cell);
  for (const f of failing.slice(1)) candidates = candidates.filter((c) => f.eq.terms.some((t) => t.cell === c));
  const found: Culprit[] = [];
  for (const cell of candidates) {
    if (held.has(cell)) continue;
    // The states' residuals are over these same cells: solving reuses them instead of summing each equation again per candidate.
    const values = failing.map((f) => solveGiven(cells, f.eq, f.exact, cell));
    const v = values[0];
    if (v === null || v === undefined || !isCount(v) || values.some((x) => x !== v)) continue;
    found.push(toCulprit(cell, v));
  }
  return found.length === 1 ? found[0]! : null;
}

/**
 * The single-cell corrections of one failing equation a person may choose: cells that break no
 * holding equation and can take a whole value >= 0. When every cell is bound by another equation
 * (two errors compensate), the total is offered as the one assumption left.
 */
function suspectsOf(cells: Map<string, Cell>, s: EquationState, held: Set<string>): Culprit[] {
  const out: Culprit[] = [];
  for (const t of s.eq.terms) {
    if (held.has(t.cell)) continue;
    const v = solveGiven(cells, s.eq, s.exact, t.cell);
    if (v !== null && isCount(v)) out.push(toCulprit(t.cell, v));
  }
  if (!out.length) {
    const v = solveGiven(cells, s.eq, s.exact, s.eq.target);
    if (v !== null && isCount(v)) out.push(toCulprit(s.eq.target, v));
  }
  return out;
}

/** Table 三's 总计 column all 0 (or blank) while some row's applicant cells are not. */
function findBlankTotal(model: ReportModel, states: EquationState[]): BlankTotalColumn | null {
  const t3 = model.t3;
  if (!t3?.hasTotalColumn) return null;
  const rowSums = states.filter((s) => s.eq.code === 'T3-ROWSUM');
  const totals = rowSums.map((s) => exactOf(model.cells, s.eq.target));
  if (rowSums.length < 2 || totals.some((v) => v !== null && v !== 0n) || totals.every((v) => v === null)) return null;
  const failing = rowSums.filter(isFailing);
  if (failing.length < 2) return null;
  const fills = new Map<string, Culprit>();
  // Each filled cell's exact value as the filled table would read it: its digits, unless there
  // are more than a cell may have (then, like any such cell, it has no value).
  const filled = new Map<string, bigint | null>();
  for (const s of rowSums) {
    if (exactOf(model.cells, s.eq.target) === null) continue;
    const v = solveGiven(model.cells, s.eq, s.exact, s.eq.target);
    if (v === null || !isCount(v)) continue;
    fills.set(s.eq.key, toCulprit(s.eq.target, v));
    filled.set(s.eq.target, formatExact(v).length > MAX_DIGITS ? null : v);
  }
  // Proven when every failure of the table is a row sum the fill repairs and nothing that holds breaks.
  const proven =
    states.every((s) => !isFailing(s) || s.eq.code === 'T3-ROWSUM') &&
    states.every((s) => s.exact === null || residualFilled(model.cells, s, filled) === 0n);
  return { fills, proven };
}

/**
 * A state's residual once the cells in `filled` take their new values: its residual now, moved
 * by each filled term's change (no copy of the cell map, no cell read twice).
 */
function residualFilled(cells: Map<string, Cell>, s: EquationState, filled: Map<string, bigint | null>): bigint | null {
  let r = s.exact;
  if (r === null) return null;
  for (const t of s.eq.terms) {
    if (!filled.has(t.cell)) continue;
    const now = filled.get(t.cell)!;
    const before = exactOf(cells, t.cell);
    if (now === null || before === null) return null;
    r += t.coef === 1 ? now - before : before - now;
  }
  return r;
}

function analyse(model: ReportModel, eqs: Equation[], table: 't3' | 't4'): EquationAnalysis {
  const states = eqs.map((eq) => {
    const exact = exactResidual(model.cells, eq);
    return { eq, exact, residual: exact === null ? null : Number(exact) / 1e6 };
  });
  // Only failing equations ask which cells are held (culprit, suspects): most reports have none.
  const held = states.some(isFailing) ? holdingCells(states) : new Set<string>();
  const blankTotal = table === 't3' ? findBlankTotal(model, states) : null;
  const culprit = blankTotal ? null : findCulprit(model.cells, states, held);
  const suspects = new Map<EquationState, Culprit[]>();
  if (!culprit) for (const s of states) if (isFailing(s)) suspects.set(s, suspectsOf(model.cells, s, held));
  return { states, culprit, suspects, blankTotal };
}

const cache = new WeakMap<ReportModel, { t3: EquationAnalysis; t4: EquationAnalysis }>();

/** Equations of both tables with their residuals, proven culprit and suspects; memoised per model. */
export function analyseEquations(model: ReportModel): { t3: EquationAnalysis; t4: EquationAnalysis } {
  const hit = cache.get(model);
  if (hit) return hit;
  const result = { t3: analyse(model, table3Equations(model), 't3'), t4: analyse(model, table4Equations(model), 't4') };
  cache.set(model, result);
  return result;
}

/** Keys (`code:key`) of the equations that hold: fix-all checks that a round breaks none of them. */
export function holdingEquations(model: ReportModel): Set<string> {
  return equationKeys(model, (s) => s.exact === 0n);
}

/**
 * Keys of the equations that can be checked and fail. A round of fix-all that turns a holding
 * equation into one of these is undone; an equation a layout fix replaced (the 2019 single
 * （六） row split in three) is not broken, only gone.
 */
export function failingEquations(model: ReportModel): Set<string> {
  return equationKeys(model, (s) => s.exact !== null && s.exact !== 0n);
}

function equationKeys(model: ReportModel, keep: (s: EquationState) => boolean): Set<string> {
  const { t3, t4 } = analyseEquations(model);
  return new Set([...t3.states, ...t4.states].filter(keep).map((s) => `${s.eq.code}:${s.eq.key}`));
}
