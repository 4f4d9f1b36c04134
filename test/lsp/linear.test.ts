/**
 * Shapes that once stalled the server (issue 8 item 7), at sizes a quadratic path could not
 * finish within the test timeout — no time is asserted: the outline of 300,000 sections, a
 * 64 MB header block without a blank line on the wire, and a file over the size limit beside
 * an open report, named like last year's report, which must cost nothing per keystroke.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSync, mkdtempSync, openSync, readFileSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { documentSymbols, type ReportModel } from '../../server/src/core';
import { MAX_SIBLING_BYTES } from '../../server/src/lsp/siblings';
import { TestClient } from './client';
import { plantedSeed003 } from './seeds';

const range = (line: number, length: number) => ({ start: { line, character: 0 }, end: { line, character: length } });

describe('outline of a huge document', () => {
  it('300,000 sections each with a sub-heading: every sub-heading under its own section', () => {
    // The model the parser makes of `一、总体情况\n（一）主动公开\n` repeated (built directly:
    // the text would be 6M characters).
    const n = 300_000;
    const lines: string[] = [];
    const sections: ReportModel['sections'] = [];
    const subHeadings: ReportModel['subHeadings'] = [];
    for (let k = 0; k < n; k++) {
      lines.push('一、总体情况', '（一）主动公开');
      sections.push({ id: '一', title: '总体情况', headingRange: range(2 * k, 6), bodyStartLine: 2 * k + 1, endLine: 2 * k + 1 } as ReportModel['sections'][number]);
      subHeadings.push({ text: '（一）主动公开', range: range(2 * k + 1, 7), section: '一' } as ReportModel['subHeadings'][number]);
    }
    const model = { lines, sections, subHeadings, title: null, year: null, t2: null, t3: null, t4: null } as unknown as ReportModel;
    const outline = documentSymbols(model);
    expect(outline).toHaveLength(n);
    expect(outline.every((s, k) => s.children.length === 1 && s.children[0]!.range.start.line === 2 * k + 1)).toBe(true);
  });
});

describe('the server on hostile input', () => {
  let c: TestClient;
  const { planted, line, character } = plantedSeed003();
  const uri = 'file:///work/reports/linear.ogi.txt';
  beforeAll(async () => {
    c = await TestClient.start();
    await c.open(uri, planted);
  });
  afterAll(async () => {
    await c.stop();
  });

  it('a 64 MB header block without a blank line is read in one pass, and the server stays in frame', async () => {
    const line1k = Buffer.from(`X-Padding: ${'a'.repeat(1000)}\r\n`, 'ascii');
    const block = Buffer.concat(Array.from({ length: 64 * 1024 }, () => line1k));
    for (let at = 0; at < block.length; at += 1 << 20) {
      await new Promise<void>((resolve, reject) => c.proc.stdin!.write(block.subarray(at, at + (1 << 20)), (e) => (e ? reject(e) : resolve())));
    }
    // The blank line ends the block: a header without Content-Length, rejected; the reader resumes.
    await new Promise<void>((resolve, reject) => c.proc.stdin!.write('\r\n', (e) => (e ? reject(e) : resolve())));
    const hover = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
    expect(hover).not.toBeNull();
    const p = await c.change(uri, [{ range: { start: { line, character }, end: { line, character: character + 2 } }, text: '20' }]);
    expect(p.diagnostics.some((d) => d.code === 'T3-ROWSUM')).toBe(false);
  }, 120_000);

  it('a file over the size limit named like last year’s report is looked at once, not on every keystroke', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ogi-huge-sibling-'));
    // Last year's report at its head, then sparse zeros past the limit (the size without the disk space).
    const huge = path.join(dir, '2023年度报告.txt');
    writeFileSync(huge, readFileSync(path.resolve(__dirname, '../fixtures/rules/X-CARRY/bad/2023.txt')));
    const fd = openSync(huge, 'r+');
    ftruncateSync(fd, MAX_SIBLING_BYTES + 1);
    closeSync(fd);
    const file = path.join(dir, '2024年度报告.txt');
    const text = readFileSync(path.resolve(__dirname, '../fixtures/rules/X-CARRY/bad/2024.txt'), 'utf8');
    writeFileSync(file, text);
    const here = pathToFileURL(file).href;
    await c.open(here, text);
    const year = /2024/.exec(text)!;
    const at = text.slice(0, year.index).split('\n');
    const pos = { line: at.length - 1, character: at[at.length - 1]!.length };
    for (let k = 0; k < 20; k++) {
      await c.change(here, [{ range: { start: pos, end: { line: pos.line, character: pos.character + 4 } }, text: '2024' }]);
    }
    expect(c.logs.filter((m) => m.includes(huge)).length).toBe(1);
    // Not compared with: no X-* diagnostic points into it.
    const last = c.latest.get(here)!;
    expect(last.diagnostics.flatMap((d) => d.relatedInformation ?? []).some((r) => r.location.uri === pathToFileURL(huge).href)).toBe(false);
  });
});
