/**
 * `ogiReport/reviewSummary` ("打开审阅汇总"): the reports of the workspace folders — the same
 * files and limits as the workspace check — reviewed together, answered with the reviewer's
 * page. The review itself needs the disk, so the Node entry passes it in (`ReviewPage`); the web
 * worker has none and answers with no page.
 */
import { guard, type ServerContext } from './context';
import { MAX_WORKSPACE_FILES, type WorkspaceFiles } from './workspaceCheck';
import { REVIEW_SUMMARY_REQUEST, type ReviewSummaryParams, type ReviewSummaryReply, type Settings } from './protocol';
import { resolveLocale } from './settings';
import type { Locale } from '../core';

export interface ReviewRequest {
  uris: string[];
  /** The workspace folder URIs (file names are shown relative to them). */
  folders: string[];
  locale: Locale;
  nonce?: string;
  /** Each file's settings (its config file's severities and rule settings). */
  settingsOf: (uri: string) => Settings;
}

/** Reviews the files and makes the page: `html` empty when none reads like a report. */
export type ReviewPage = (request: ReviewRequest) => Promise<{ html: string; reports: number }>;

export function registerReviewSummary(ctx: ServerContext, files: WorkspaceFiles | undefined, review: ReviewPage | undefined): void {
  const empty: ReviewSummaryReply = { html: '', reports: 0, truncated: false };
  ctx.connection.onRequest(
    REVIEW_SUMMARY_REQUEST,
    guard(ctx, REVIEW_SUMMARY_REQUEST, empty, async (params: ReviewSummaryParams): Promise<ReviewSummaryReply> => {
      if (!files || !review) return empty;
      const uris: string[] = [];
      let truncated = false;
      for (const folder of params.folders ?? []) {
        const listed = files.list(folder, MAX_WORKSPACE_FILES - uris.length);
        uris.push(...listed.uris);
        truncated ||= listed.truncated;
      }
      if (!uris.length) return empty;
      const settings = new Map<string, Settings>();
      for (const uri of uris) settings.set(uri, await ctx.settings.get(uri));
      const locale = resolveLocale(settings.get(uris[0]!)!, ctx.client.locale);
      const page = await review({ uris, folders: params.folders ?? [], locale, ...(params.nonce ? { nonce: params.nonce } : {}), settingsOf: (uri) => settings.get(uri)! });
      return { ...page, truncated };
    }),
  );
}
