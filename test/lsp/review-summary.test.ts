/**
 * "打开审阅汇总" over the wire: `ogiReport/reviewSummary` reviews the reports of the workspace
 * folders together and answers with the reviewer's page, its inline style and script carrying
 * the webview's nonce.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/core';
import { REVIEW_SUMMARY_REQUEST, type ReviewSummaryReply } from '../../server/src/lsp/protocol';
import { agencyOf } from '../../server/src/review/report';
import { TestClient } from './client';
import { SEEDS_DIR, seedFiles } from './seeds';

describe('review summary (ogiReport/reviewSummary)', () => {
  let dir: string;
  let empty: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-review-'));
    for (const f of seedFiles()) fs.copyFileSync(path.join(SEEDS_DIR, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, 'notes.md'), '# 会议纪要\n\n无关内容\n');
    empty = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-review-empty-'));
    fs.writeFileSync(path.join(empty, 'notes.md'), '# 会议纪要\n\n无关内容\n');
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(empty, { recursive: true, force: true });
  });

  it('answers with the page of every report in the folder, with the nonce on its style and script', async () => {
    const c = await TestClient.start();
    try {
      const reply = await c.conn.sendRequest<ReviewSummaryReply>(REVIEW_SUMMARY_REQUEST, { folders: [pathToFileURL(dir).href], nonce: 'abc123' });
      expect(reply.reports).toBe(seedFiles().length);
      expect(reply.truncated).toBe(false);
      expect(reply.html).toMatch(/^<!DOCTYPE html>/i);
      for (const f of seedFiles()) {
        const agency = agencyOf(parseReport(fs.readFileSync(path.join(dir, f), 'utf8')), f);
        expect(reply.html).toContain(agency);
        // Names relative to the folder, not the temporary path.
        expect(reply.html).toContain(f);
        expect(reply.html).not.toContain(path.join(dir, f));
      }
      expect(reply.html).not.toContain('会议纪要');
      const tags = reply.html.match(/<(script|style)\b[^>]*>/g) ?? [];
      expect(tags.length).toBeGreaterThan(0);
      for (const tag of tags) expect(tag).toContain('nonce="abc123"');
    } finally {
      await c.stop();
    }
  });

  it('answers with no page when the folder holds no report', async () => {
    const c = await TestClient.start();
    try {
      const reply = await c.conn.sendRequest<ReviewSummaryReply>(REVIEW_SUMMARY_REQUEST, { folders: [pathToFileURL(empty).href] });
      expect(reply).toEqual({ html: '', reports: 0, truncated: false });
    } finally {
      await c.stop();
    }
  });
});
