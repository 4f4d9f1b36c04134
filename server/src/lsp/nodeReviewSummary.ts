/**
 * The review behind "打开审阅汇总" on Node: the files read from disk, reviewed as `review` does
 * (`reviewInputs`), the page made by `reviewHtml` with the webview's nonce. The review modules
 * are imported on the first request: most sessions never open the summary.
 */
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES } from '../core';
import type { ReviewInput } from '../review/run';
import type { ReviewPage } from './reviewSummary';

/** As the workspace check: a multi-MB text file is a log or a data dump, not a report. */
const MAX_BYTES = 4 * 1024 * 1024;

function inputOf(uri: string, folders: readonly string[]): ReviewInput {
  const path = fileURLToPath(uri);
  // Shown in the page: the path inside its workspace folder reads better than an absolute one.
  const folder = folders.find((f) => path.startsWith(f));
  const name = folder ? path.slice(folder.length).replace(/^[\\/]+/, '') : path;
  try {
    if (statSync(path).size > MAX_BYTES) return { name, uri, error: '文件过大' };
    // Read when the review takes it, in each of its two passes: a folder's bytes are never all held at once.
    return { name, uri, path };
  } catch (err) {
    return { name, uri, error: `无法读取（${(err as NodeJS.ErrnoException).code ?? (err as Error).message}）` };
  }
}

export function nodeReviewPage(version: string): ReviewPage {
  return async ({ uris, folders, locale, nonce, settingsOf }) => {
    const [{ reviewInputs }, { reviewHtml }] = await Promise.all([import('../review/run'), import('../review/html')]);
    const folderPaths = folders.filter((f) => f.startsWith('file:')).map((f) => fileURLToPath(f));
    const reports = await reviewInputs(
      uris.map((uri) => inputOf(uri, folderPaths)),
      {
        locale,
        encoding: 'auto',
        optionsFor: (input) => {
          const s = settingsOf(input.uri);
          return { severity: s.severity, ...(s.rules ? { settings: s.rules } : {}), ...(s.deadlines ? { deadlines: s.deadlines } : {}) };
        },
      },
    );
    if (!reports.length) return { html: '', reports: 0 };
    const titles = new Map(RULES.map((r) => [r.code, r.title[locale]]));
    const now = new Date();
    const html = reviewHtml(reports, {
      titleOf: (code) => titles.get(code) ?? code,
      generatedAt: `${now.toISOString().slice(0, 10)} ${now.toTimeString().slice(0, 5)}`,
      source: `ogi-report ${version} · ${folderPaths.join(', ')}`,
      ...(nonce ? { nonce } : {}),
    });
    return { html, reports: reports.length };
  };
}
