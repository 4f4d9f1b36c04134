/**
 * `ogiReport/tables`: tables 二, 三 and 四 as grids in the template's layout for the table
 * preview — every row and column label from the template (`core/template`), each cell's
 * text and position in the document, and the diagnostics on it (with the expected value).
 */
import type { Diagnostic as CoreDiagnostic, ReportModel } from '../core';
import { SECTIONS } from '../core/template/sections';
import { T2_COLUMNS, T2_CONTENT_HEADER, T2_GROUPS, T2_ROWS } from '../core/template/table2';
import { T3_APPLICANT_HEADER, T3_COLUMNS, T3_GROUPS, T3_NOTE, T3_ROWS } from '../core/template/table3';
import { T4_COLUMNS, T4_GROUPS, T4_LITIGATION } from '../core/template/table4';
import { tableName } from '../core/i18n/names';
import type { Checked } from './documents';
import { guard, type ServerContext } from './context';
import { TABLES_REQUEST, type TableCellView, type TableRowView, type TablesParams, type TablesResult, type TableView } from './protocol';

const RANK = { error: 0, warning: 1, info: 2, hint: 3 } as const;

function cellView(model: ReportModel, id: string, byCell: Map<string, CoreDiagnostic[]>): TableCellView {
  const cell = model.cells.get(id);
  const view: TableCellView = {
    id,
    raw: cell?.raw ?? null,
    value: cell?.value ?? null,
    line: cell?.range?.start.line ?? null,
    character: cell?.range?.start.character ?? null,
  };
  const found = byCell.get(id);
  if (found?.length) {
    const worst = [...found].sort((a, b) => RANK[a.severity] - RANK[b.severity])[0]!;
    view.severity = worst.severity;
    const expected = found.find((d) => d.expected !== undefined)?.expected;
    if (expected !== undefined) view.expected = expected;
    view.messages = [...new Set(found.map((d) => d.message))];
  }
  return view;
}

function rowLine(cells: TableCellView[]): number | null {
  return cells.find((c) => c.line !== null)?.line ?? null;
}

function table2(model: ReportModel, byCell: Map<string, CoreDiagnostic[]>, title: string): TableView[] {
  return T2_GROUPS.map((g, i) => {
    const rows: TableRowView[] = g.rows.map((rowId) => {
      const cells = g.columns.map((c) => cellView(model, `t2.${rowId}.${c}`, byCell));
      return { label: T2_ROWS.find((r) => r.id === rowId)!.label, depth: 0, cells, line: rowLine(cells) };
    });
    return {
      id: 't2',
      title: i === 0 ? title : '',
      header: [
        [{ label: g.label, colspan: g.columns.length + 1, rowspan: 1 }],
        [{ label: T2_CONTENT_HEADER, colspan: 1, rowspan: 1 }, ...g.columns.map((c) => ({ label: T2_COLUMNS.find((d) => d.id === c)!.label, colspan: 1, rowspan: 1 }))],
      ],
      rows,
      missing: !model.t2,
      line: i === 0 ? (model.t2?.startLine ?? null) : null,
    };
  });
}

function table3(model: ReportModel, byCell: Map<string, CoreDiagnostic[]>, title: string): TableView {
  const applicants = T3_COLUMNS.filter((c) => c.group);
  const rows: TableRowView[] = [];
  const opened = new Set<string>();
  const depthOf = (group: string | undefined): number => (!group ? 0 : group === 'g3' ? 1 : 2);
  for (const row of T3_ROWS) {
    // Group label rows (三、本年度办理结果, （三）不予公开 …) before their first row, outer first.
    const chain = row.group ? (row.group === 'g3' ? ['g3'] : ['g3', row.group]) : [];
    for (const g of chain) {
      if (opened.has(g)) continue;
      opened.add(g);
      rows.push({ label: T3_GROUPS.find((d) => d.id === g)!.label, group: true, depth: depthOf(g) - 1, cells: [], line: null });
    }
    const cells = T3_COLUMNS.map((c) => cellView(model, `t3.${row.id}.${c.id}`, byCell));
    rows.push({ label: row.label, depth: depthOf(row.group), cells, line: rowLine(cells) });
  }
  return {
    id: 't3',
    title,
    header: [
      [{ label: T3_NOTE, colspan: 1, rowspan: 3 }, { label: T3_APPLICANT_HEADER, colspan: T3_COLUMNS.length, rowspan: 1 }],
      [{ label: T3_COLUMNS[0]!.label, colspan: 1, rowspan: 2 }, { label: applicants[0]!.group!, colspan: applicants.length, rowspan: 1 }, { label: T3_COLUMNS.at(-1)!.label, colspan: 1, rowspan: 2 }],
      applicants.map((c) => ({ label: c.label, colspan: 1, rowspan: 1 })),
    ],
    rows,
    missing: !model.t3,
    line: model.t3?.startLine ?? null,
  };
}

function table4(model: ReportModel, byCell: Map<string, CoreDiagnostic[]>, title: string): TableView {
  const [review, ...litigation] = T4_GROUPS;
  const cells = T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => cellView(model, `t4.${g.id}.${c.id}`, byCell)));
  const columns = T4_COLUMNS.map((c) => ({ label: c.label, colspan: 1, rowspan: 1 }));
  return {
    id: 't4',
    title,
    header: [
      [{ label: review!.label, colspan: T4_COLUMNS.length, rowspan: 2 }, { label: T4_LITIGATION, colspan: T4_COLUMNS.length * litigation.length, rowspan: 1 }],
      litigation.map((g) => ({ label: g.label, colspan: T4_COLUMNS.length, rowspan: 1 })),
      [...columns, ...litigation.flatMap(() => columns)],
    ],
    rows: [{ label: '', depth: 0, cells, line: rowLine(cells) }],
    missing: !model.t4,
    line: model.t4?.startLine ?? null,
  };
}

export function tablesView(checked: Checked): TablesResult {
  const result: TablesResult = { uri: checked.uri, version: checked.version, recognized: checked.recognized, tables: [], errors: 0, warnings: 0, others: 0 };
  for (const d of checked.diagnostics) {
    if (d.severity === 'error') result.errors++;
    else if (d.severity === 'warning') result.warnings++;
    else result.others++;
  }
  const model = checked.model;
  if (!model || !checked.recognized) return result;
  const byCell = new Map<string, CoreDiagnostic[]>();
  for (const d of checked.diagnostics) {
    if (!d.cellId) continue;
    const list = byCell.get(d.cellId) ?? [];
    list.push(d);
    byCell.set(d.cellId, list);
  }
  // The section each table belongs to names it: 表二 · 主动公开政府信息情况 …
  const title = (t: 't2' | 't3' | 't4', section: number): string => `${tableName(t, checked.locale)} · ${SECTIONS[section]!.title}`;
  result.tables = [...table2(model, byCell, title('t2', 1)), table3(model, byCell, title('t3', 2)), table4(model, byCell, title('t4', 3))];
  return result;
}

export function registerTables(ctx: ServerContext): void {
  ctx.connection.onRequest(
    TABLES_REQUEST,
    guard(ctx, TABLES_REQUEST, null as TablesResult | null, async (params: TablesParams) => {
      const doc = ctx.reports.get(params.uri);
      if (!doc) return null;
      return tablesView(await ctx.reports.check(doc));
    }),
  );
}
