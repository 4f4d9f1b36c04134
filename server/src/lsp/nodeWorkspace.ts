/** The workspace check's file access on Node: walk folders for `.txt`/`.md`, read in the file's own encoding. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decode } from '../io/encoding';
import type { WorkspaceFiles } from './workspaceCheck';

const REPORT_FILE = /\.(txt|md)$/i;
/** Reports are tens of KB; a multi-MB text file is a log or a data dump. */
const MAX_BYTES = 4 * 1024 * 1024;

export const nodeWorkspaceFiles: WorkspaceFiles = {
  list(folderUri, limit) {
    const out: string[] = [];
    let truncated = false;
    if (!folderUri.startsWith('file:')) return { uris: out, truncated };
    const walk = (dir: string, depth: number): void => {
      let names: string[];
      try {
        names = readdirSync(dir).sort();
      } catch {
        return;
      }
      for (const name of names) {
        if (out.length >= limit) {
          truncated = true;
          return;
        }
        if (name.startsWith('.') || name === 'node_modules') continue;
        const path = join(dir, name);
        let st;
        try {
          st = statSync(path);
        } catch {
          continue;
        }
        if (st.isDirectory()) {
          if (depth < 8) walk(path, depth + 1);
        } else if (REPORT_FILE.test(name)) out.push(pathToFileURL(path).href);
      }
    };
    walk(fileURLToPath(folderUri), 0);
    return { uris: out, truncated };
  },
  read(uri) {
    try {
      const path = fileURLToPath(uri);
      if (statSync(path).size > MAX_BYTES) return null;
      return decode(readFileSync(path)).text;
    } catch {
      return null;
    }
  },
};
