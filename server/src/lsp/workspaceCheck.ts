/**
 * `ogiReport/checkWorkspace` ("检查文件夹中的所有年报"): every report file of the workspace
 * folders is checked and its diagnostics pushed into Problems, like markdownlint's
 * lint-workspace. Bounded (number and size of files) and with work-done progress. A file that
 * is later opened gets its diagnostics from the open document instead (the pushed ones are cleared).
 */
import { checkReport, isLikelyReport, parseReport } from '../core';
import { guard, type ServerContext } from './context';
import { toLspDiagnostic } from './convert';
import { CHECK_WORKSPACE_REQUEST, MAX_CHECKED_LENGTH, type CheckWorkspaceParams, type CheckWorkspaceReply } from './protocol';
import { resolveLocale } from './settings';

export interface WorkspaceFiles {
  /** Report-like files (`.txt`, `.md`) under a folder URI, sorted; at most `limit`. */
  list(folderUri: string, limit: number): { uris: string[]; truncated: boolean };
  /** The file's text in its own encoding; null when it cannot be read, is binary or too large. */
  read(uri: string): string | null;
}

/** A reviewer's archive is hundreds of reports; more than this is not a workspace to check at once. */
export const MAX_WORKSPACE_FILES = 2000;

export interface WorkspaceCheck {
  opened(uri: string): void;
}

export function registerWorkspaceCheck(ctx: ServerContext, files: WorkspaceFiles | undefined): WorkspaceCheck {
  /** Files whose diagnostics this check pushed (cleared when the file is opened). */
  const pushed = new Set<string>();
  const empty: CheckWorkspaceReply = { files: 0, errors: 0, warnings: 0, others: 0, skipped: 0, truncated: false };

  ctx.connection.onRequest(
    CHECK_WORKSPACE_REQUEST,
    guard(ctx, CHECK_WORKSPACE_REQUEST, empty, async (params: CheckWorkspaceParams): Promise<CheckWorkspaceReply> => {
      if (!files) return empty;
      const reply = { ...empty };
      const uris: string[] = [];
      for (const folder of params.folders ?? []) {
        const listed = files.list(folder, MAX_WORKSPACE_FILES - uris.length);
        uris.push(...listed.uris);
        reply.truncated ||= listed.truncated;
      }
      const progress = await ctx.connection.window.createWorkDoneProgress().catch(() => undefined);
      progress?.begin('检查文件夹中的所有年报', 0, `0 / ${uris.length}`, true);
      try {
        for (let i = 0; i < uris.length; i++) {
          if (progress?.token.isCancellationRequested) break;
          const uri = uris[i]!;
          progress?.report(Math.round((100 * i) / Math.max(1, uris.length)), `${i + 1} / ${uris.length}`);
          // Yield between files so hovers and edits of open documents are answered meanwhile.
          if (i % 10 === 9) await new Promise((r) => setTimeout(r, 0));
          if (ctx.reports.get(uri)) {
            reply.files++; // open: its own diagnostics are already in Problems
            continue;
          }
          const text = files.read(uri);
          if (text === null || text.length > MAX_CHECKED_LENGTH) {
            reply.skipped++;
            continue;
          }
          if (!isLikelyReport(text)) continue;
          const settings = await ctx.settings.get(uri);
          const locale = resolveLocale(settings, ctx.client.locale);
          const found = checkReport(parseReport(text), { locale, severity: settings.severity, uri });
          reply.files++;
          for (const d of found) {
            if (d.severity === 'error') reply.errors++;
            else if (d.severity === 'warning') reply.warnings++;
            else reply.others++;
          }
          pushed.add(uri);
          await ctx.connection.sendDiagnostics({
            uri,
            diagnostics: found.map((d) => toLspDiagnostic(d, uri, ctx.client.relatedInformation, ctx.client.ruleDocBase)),
          });
        }
      } finally {
        progress?.done();
      }
      return reply;
    }),
  );

  return {
    opened(uri: string): void {
      if (pushed.delete(uri)) void ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
    },
  };
}
