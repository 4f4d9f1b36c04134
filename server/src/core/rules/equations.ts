/**
 * The sum rules of tables 三 and 四 as linear equations over cells (Σ coef·value = 0),
 * and the search for the one cell that explains every failing equation (spec §3.1:
 * "when several rules fail, suggest the single cell that is most likely wrong").
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
  /** Σ coef·value, or null when a term's cell has no value. */
  residual: number | null;
}

export interface Culprit {
  cell: string;
  value: number;
}

export interface EquationAnalysis {
  states: EquationState[];
  /** Per equation index: the culprit explaining it, if one cell explains all failures of its table. */
  culprit: Culprit | null;
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

function valueOf(cells: Map<string, Cell>, id: string): number | null {
  const c = cells.get(id);
  if (!c) return null;
  return c.value ?? (c.flags.includes('blank') ? 0 : null);
}

export function residual(cells: Map<string, Cell>, eq: Equation): number | null {
  let sum = 0;
  for (const t of eq.terms) {
    const v = valueOf(cells, t.cell);
    if (v === null) return null;
    sum += t.coef * v;
  }
  return Math.round(sum * 1e6) / 1e6;
}

/** The value `cell` must take for `eq` to hold, the other cells staying as they are. */
export function solveFor(cells: Map<string, Cell>, eq: Equation, cell: string): number | null {
  const r = residual(cells, eq);
  const term = eq.terms.find((t) => t.cell === cell);
  const v = valueOf(cells, cell);
  if (r === null || !term || v === null) return null;
  return v - r / term.coef;
}

function findCulprit(cells: Map<string, Cell>, states: EquationState[]): Culprit | null {
  const failing = states.filter((s) => s.residual !== null && s.residual !== 0);
  if (failing.length < 2) return null;
  let candidates = new Set(failing[0]!.eq.terms.map((t) => t.cell));
  for (const f of failing.slice(1)) candidates = new Set(f.eq.terms.map((t) => t.cell).filter((c) => candidates.has(c)));
  const found: Culprit[] = [];
  for (const cell of candidates) {
    const values = failing.map((f) => solveFor(cells, f.eq, cell));
    const v = values[0];
    if (v === null || v === undefined || v < 0 || !Number.isInteger(v) || values.some((x) => x !== v)) continue;
    // Changing the cell must not break an equation that holds now.
    const breaksOther = states.some((s) => s.residual === 0 && s.eq.terms.some((t) => t.cell === cell));
    if (!breaksOther) found.push({ cell, value: v });
  }
  return found.length === 1 ? found[0]! : null;
}

const cache = new WeakMap<ReportModel, { t3: EquationAnalysis; t4: EquationAnalysis }>();

/** Equations of both tables with their residuals and culprits; memoised per model. */
export function analyseEquations(model: ReportModel): { t3: EquationAnalysis; t4: EquationAnalysis } {
  const hit = cache.get(model);
  if (hit) return hit;
  const analyse = (eqs: Equation[]): EquationAnalysis => {
    const states = eqs.map((eq) => ({ eq, residual: residual(model.cells, eq) }));
    return { states, culprit: findCulprit(model.cells, states) };
  };
  const result = { t3: analyse(table3Equations(model)), t4: analyse(table4Equations(model)) };
  cache.set(model, result);
  return result;
}
