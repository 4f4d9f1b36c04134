/** Diagnostics over stdio: seeds, the planted wrong total, status, settings, pull mode, detection. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentDiagnosticRequest, type FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { DEFAULT_CAPABILITIES, TestClient } from './client';
import { plantedSeed003, readSeed, seedFiles, seedUri } from './seeds';

const ERROR = 1;
const PLANTED_URI = 'file:///work/reports/%E7%BA%A2%E6%97%97%E5%8C%BA2024%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.txt';

describe('push diagnostics', () => {
  let c: TestClient;
  beforeAll(async () => {
    c = await TestClient.start();
  });
  afterAll(async () => {
    await c.stop();
  });

  it('advertises the features and pushes (no diagnosticProvider) for a client that cannot pull', () => {
    const caps = c.init.capabilities;
    expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(caps.hoverProvider).toBe(true);
    expect(caps.codeActionProvider).toMatchObject({ codeActionKinds: ['quickfix', 'source.fixAll.ogi-report'] });
    expect(caps.diagnosticProvider).toBeUndefined();
  });

  it.each(['000', '002', '003', '004'])('clean seed %s has no error diagnostics', async (seed) => {
    const p = await c.open(seedUri(seed), readSeed(seed));
    expect(p.diagnostics.filter((d) => d.severity === ERROR)).toEqual([]);
    expect(p.diagnostics.every((d) => d.source === 'ogi-report' && typeof d.code === 'string')).toBe(true);
  });

  it('seed 001 has T3-SHAPE', async () => {
    const p = await c.open(seedUri('001'), readSeed('001'));
    expect(p.diagnostics.some((d) => d.code === 'T3-SHAPE')).toBe(true);
  });

  it('covers every seed in the shared corpus', () => {
    expect(seedFiles().length).toBeGreaterThanOrEqual(5);
  });

  it('flags the planted wrong total as an error on the 21, related cells in the same document', async () => {
    const { planted, line, character } = plantedSeed003();
    const status = c.nextStatus(PLANTED_URI);
    const p = await c.open(PLANTED_URI, planted);
    const d = p.diagnostics.find((x) => x.code === 'T3-ROWSUM');
    expect(d).toBeDefined();
    expect(d!.severity).toBe(ERROR);
    expect(d!.range).toEqual({ start: { line, character }, end: { line, character: character + 2 } });
    expect(d!.message).toContain('21');
    expect(d!.relatedInformation?.length).toBeGreaterThan(0);
    expect(d!.relatedInformation!.every((r) => r.location.uri === PLANTED_URI)).toBe(true);
    expect(p.version).toBe(1);
    const s = await status;
    expect(s).toMatchObject({ uri: PLANTED_URI, recognized: true });
    expect(s.errors).toBeGreaterThan(0);
  });

  it('an incremental edit that restores the total clears the errors', async () => {
    const { line, character } = plantedSeed003();
    const range = { start: { line, character }, end: { line, character: character + 2 } };
    const fixed = await c.change(PLANTED_URI, [{ range, text: '20' }]);
    expect(fixed.diagnostics.filter((d) => d.severity === ERROR)).toEqual([]);
    const broken = await c.change(PLANTED_URI, [{ range, text: '21' }]);
    expect(broken.diagnostics.some((d) => d.code === 'T3-ROWSUM')).toBe(true);
  });

  it('a setting of `off` for a code removes it; clearing the setting brings it back', async () => {
    const off = c.nextDiagnostics(PLANTED_URI);
    await c.configure({ severity: { 'T3-ROWSUM': 'off', 'T3-BALANCE': 'warning' } });
    const p = await off;
    expect(p.diagnostics.some((d) => d.code === 'T3-ROWSUM')).toBe(false);
    expect(p.diagnostics.find((d) => d.code === 'T3-BALANCE')?.severity).toBe(2);
    const on = c.nextDiagnostics(PLANTED_URI);
    await c.configure({});
    expect((await on).diagnostics.some((d) => d.code === 'T3-ROWSUM')).toBe(true);
  });

  it('checks a plain-text report (detect: auto) and ignores plain text that is not a report', async () => {
    const report = await c.open('file:///work/plain/report.txt', plantedSeed003().planted, 'plaintext');
    expect(report.diagnostics.some((d) => d.code === 'T3-ROWSUM')).toBe(true);
    const status = c.nextStatus('file:///work/plain/notes.md');
    const notes = await c.open('file:///work/plain/notes.md', '# Shopping\n\n- milk\n- 2 eggs\n', 'markdown');
    expect(notes.diagnostics).toEqual([]);
    expect(await status).toMatchObject({ recognized: false, errors: 0, warnings: 0 });
  });

  it('with detect: off a plain-text report is left alone, an ogi-report document is still checked', async () => {
    const cleared = c.nextDiagnostics('file:///work/plain/report.txt');
    await c.configure({ detect: 'off' });
    expect((await cleared).diagnostics).toEqual([]);
    expect(c.latest.get(PLANTED_URI)?.diagnostics.some((d) => d.code === 'T3-ROWSUM')).toBe(true);
    await c.configure({});
  });
});

describe('locale', () => {
  it('speaks Chinese by default even to an English client; `auto` follows the client; `en` is English', async () => {
    const c = await TestClient.start({ initializationOptions: { locale: 'en' } });
    try {
      const p = await c.open(PLANTED_URI, plantedSeed003().planted);
      expect(p.diagnostics.find((d) => d.code === 'T3-ROWSUM')!.message).toMatch(/但/);
      const en = c.nextDiagnostics(PLANTED_URI);
      await c.configure({ locale: 'en' });
      const msg = (await en).diagnostics.find((d) => d.code === 'T3-ROWSUM')!.message;
      expect(msg).toMatch(/[A-Za-z]{3,}/);
      expect(msg).not.toMatch(/但/);
      const zh = c.nextDiagnostics(PLANTED_URI);
      await c.configure({ locale: 'zh-CN' });
      expect((await zh).diagnostics.find((d) => d.code === 'T3-ROWSUM')!.message).toMatch(/但/);
      const auto = c.nextDiagnostics(PLANTED_URI);
      await c.configure({ locale: 'auto' });
      expect((await auto).diagnostics.find((d) => d.code === 'T3-ROWSUM')!.message).not.toMatch(/但/);
    } finally {
      await c.stop();
    }
  });
});

describe('pull diagnostics', () => {
  it('answers textDocument/diagnostic instead of pushing when the client supports pull', async () => {
    const c = await TestClient.start({
      capabilities: { ...DEFAULT_CAPABILITIES, textDocument: { ...DEFAULT_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false } } },
    });
    try {
      expect(c.init.capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: true, workspaceDiagnostics: false });
      const status = c.nextStatus(PLANTED_URI);
      await c.conn.sendNotification('textDocument/didOpen', {
        textDocument: { uri: PLANTED_URI, languageId: 'ogi-report', version: 1, text: plantedSeed003().planted },
      });
      expect((await status).errors).toBeGreaterThan(0);
      const report = (await c.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: PLANTED_URI } })) as FullDocumentDiagnosticReport;
      expect(report.kind).toBe('full');
      expect(report.items.some((d) => d.code === 'T3-ROWSUM' && d.severity === ERROR)).toBe(true);
      const again = await c.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: PLANTED_URI }, previousResultId: report.resultId });
      expect(again.kind).toBe('unchanged');
      expect(c.latest.has(PLANTED_URI)).toBe(false);
    } finally {
      await c.stop();
    }
  });
});
