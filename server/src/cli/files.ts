/**
 * Expanding the CLI's operands into files: a file as given, a directory searched for
 * `.txt`/`.md` files, a glob with `*`, `**` and `?` (no shell needed, so quoted globs work).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, sep, resolve } from 'node:path';

const REPORT_EXTENSIONS = /\.(txt|md|markdown)$/i;

function walk(dir: string, out: string[]): void {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of entries) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(p, out);
    else if (REPORT_EXTENSIONS.test(name)) out.push(p);
  }
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export interface Expanded {
  files: string[];
  /** Files named on the command line itself (always checked); the others were found in a folder or by a glob. */
  explicit: Set<string>;
  /** Operands that matched nothing (reported as usage errors). */
  missing: string[];
}

export function expandOperands(operands: string[]): Expanded {
  const files: string[] = [];
  const missing: string[] = [];
  const explicit = new Set<string>();
  for (const op of operands) {
    if (/[*?]/.test(op)) {
      const normalized = op.split(sep).join('/');
      const staticPart = normalized.split('/').filter((_, k, parts) => !/[*?]/.test(parts.slice(0, k + 1).join('/'))).join('/') || '.';
      const all: string[] = [];
      walk(staticPart, all);
      const re = globToRegExp(normalized.replace(/^\.\//, ''));
      const hits = all.filter((f) => re.test(f.split(sep).join('/').replace(/^\.\//, '')));
      if (hits.length) files.push(...hits);
      else missing.push(op);
      continue;
    }
    let st;
    try {
      st = statSync(op);
    } catch {
      missing.push(op);
      continue;
    }
    if (st.isDirectory()) {
      const before = files.length;
      walk(op, files);
      if (files.length === before) missing.push(op);
    } else {
      files.push(op);
      explicit.add(op);
    }
  }
  const seen = new Set<string>();
  return { files: files.filter((f) => !seen.has(resolve(f)) && seen.add(resolve(f))), explicit, missing };
}
