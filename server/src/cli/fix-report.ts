/**
 * Saying what `--fix` changed: one line per change with the cell's name and both values, and
 * the same as a unified diff (`--fix-dry-run`/`--diff`), so a reviewer sees every number the
 * tool would touch before (or instead of) writing it.
 */
import { diffEdits, type Locale, type ReportModel } from '../core/index';
import { cellName } from '../core/i18n/names';
import { splitLines } from '../core/text';

export interface Change {
  /** 0-based line and UTF-16 column in the original text. */
  line: number;
  character: number;
  /** `（七）总计·自然人`, or null when the edit is not in a template cell. */
  cell: string | null;
  cellId: string | null;
  before: string;
  after: string;
}

export function changesOf(original: ReportModel, fixedText: string, locale: Locale): Change[] {
  const edits = diffEdits(original.text, fixedText);
  return edits.map((e) => {
    const { line, character } = e.range.start;
    const cell = [...original.cells.values()].find(
      (c) => c.range && c.range.start.line === line && c.range.start.character <= character && (c.range.end.line > line || c.range.end.character >= character),
    );
    const src = original.lines[line] ?? '';
    const before = e.range.end.line === line ? src.slice(character, e.range.end.character) : src.slice(character) + '…';
    return { line, character, cell: cell ? cellName(cell.id, locale) : null, cellId: cell?.id ?? null, before, after: e.newText };
  });
}

/** A unified diff (3 lines of context) of two texts, `--- a/file` / `+++ b/file`. */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  // A final line ending is not a line of its own in a diff.
  const linesOf = (t: string) => {
    const l = splitLines(t).lines;
    return l.length > 1 && l[l.length - 1] === '' ? l.slice(0, -1) : l;
  };
  const a = linesOf(before);
  const b = linesOf(after);
  // Common prefix and suffix; what is between is matched line for line when the counts agree
  // (a fix edits cells in place), else shown as one replaced block.
  let top = 0;
  while (top < a.length && top < b.length && a[top] === b[top]) top++;
  let bottom = 0;
  while (bottom < a.length - top && bottom < b.length - top && a[a.length - 1 - bottom] === b[b.length - 1 - bottom]) bottom++;
  type Op = { kind: ' ' | '-' | '+'; text: string; a: number; b: number };
  const ops: Op[] = [];
  for (let k = 0; k < top; k++) ops.push({ kind: ' ', text: a[k]!, a: k, b: k });
  const midA = a.length - bottom;
  const midB = b.length - bottom;
  if (midA === midB) {
    for (let k = top; k < midA; k++) {
      if (a[k] === b[k]) ops.push({ kind: ' ', text: a[k]!, a: k, b: k });
      else ops.push({ kind: '-', text: a[k]!, a: k, b: k }, { kind: '+', text: b[k]!, a: k + 1, b: k });
    }
  } else {
    for (let k = top; k < midA; k++) ops.push({ kind: '-', text: a[k]!, a: k, b: top });
    for (let k = top; k < midB; k++) ops.push({ kind: '+', text: b[k]!, a: midA, b: k });
  }
  for (let k = 0; k < bottom; k++) ops.push({ kind: ' ', text: a[midA + k]!, a: midA + k, b: midB + k });
  // `a/` and `b/` as git writes them, so `git apply` / `patch -p1` take the diff.
  const name = file.replace(/\\/g, '/').replace(/^\/+/, '');
  const out = [`--- a/${name}`, `+++ b/${name}`];
  const CONTEXT = 3;
  let i = 0;
  while (i < ops.length) {
    if (ops[i]!.kind === ' ') {
      i++;
      continue;
    }
    // A hunk: from CONTEXT lines before this change to CONTEXT lines after the last change
    // that is at most 2×CONTEXT unchanged lines from the previous one.
    let end = i;
    for (let k = i, quiet = 0; k < ops.length; k++) {
      if (ops[k]!.kind === ' ') {
        if (++quiet > 2 * CONTEXT) break;
      } else {
        quiet = 0;
        end = k;
      }
    }
    const from = Math.max(0, i - CONTEXT);
    let to = end + 1;
    for (let c = 0; c < CONTEXT && to < ops.length && ops[to]!.kind === ' '; c++) to++;
    const hunk = ops.slice(from, to);
    const countA = hunk.filter((o) => o.kind !== '+').length;
    const countB = hunk.filter((o) => o.kind !== '-').length;
    const first = hunk[0]!;
    const startA = first.kind === '+' ? first.a : first.a;
    const startB = first.b;
    out.push(`@@ -${countA ? startA + 1 : startA},${countA} +${countB ? startB + 1 : startB},${countB} @@`, ...hunk.map((o) => o.kind + o.text));
    i = to;
  }
  return out.join('\n');
}
