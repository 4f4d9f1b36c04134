/**
 * Diagnostics: pushed on open and on every change (no debounce) unless the client pulls
 * (`textDocument/diagnostic`), in which case only the pull is answered. Either way each
 * check also sends `ogiReport/status` for the client's language status item.
 */
import {
  DocumentDiagnosticReportKind,
  type Diagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Checked } from './documents';
import { guard, type ServerContext } from './context';
import { toLspDiagnostic } from './convert';
import { STATUS_NOTIFICATION, type StatusParams } from './protocol';

export class DiagnosticsFeature {
  /** Last pushed diagnostics per uri (JSON), so unchanged results are not sent again. */
  private readonly published = new Map<string, string>();
  /** Last status sent per uri (JSON) and whether the document was a report. */
  private readonly lastStatus = new Map<string, { json: string; recognized: boolean }>();

  constructor(private readonly ctx: ServerContext) {}

  register(): void {
    const { connection } = this.ctx;
    connection.languages.diagnostics.on(
      guard(this.ctx, 'textDocument/diagnostic', emptyReport(), (params: DocumentDiagnosticParams) => this.pull(params)),
    );
  }

  lspDiagnostics(checked: Checked): Diagnostic[] {
    return checked.diagnostics.map((d) => toLspDiagnostic(d, checked.uri, this.ctx.client.relatedInformation, this.ctx.client.ruleDocBase));
  }

  /** A document was opened or changed. */
  async changed(doc: TextDocument): Promise<void> {
    if (this.ctx.client.pullDiagnostics) {
      // The client pulls this document itself; keep the status item current all the same.
      this.status(await this.ctx.reports.check(doc));
      return;
    }
    await this.push(doc, true);
    // Other open reports may compare with this one (last year's report): re-check those whose
    // cross-year inputs changed (none when its summary is as it was) and publish only what changed.
    for (const other of this.ctx.reports.dependents(doc.uri)) await this.push(other, false);
  }

  /** A document was closed: clear its diagnostics; true when it was a report (others may compare with it). */
  closed(uri: string): boolean {
    const wasReport = this.lastStatus.get(uri)?.recognized ?? false;
    this.lastStatus.delete(uri);
    if (this.published.delete(uri) && !this.ctx.client.pullDiagnostics) {
      void this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    return wasReport;
  }

  /** Settings changed: check every open document again. */
  async recheckAll(): Promise<void> {
    if (this.ctx.client.pullDiagnostics) {
      if (this.ctx.client.diagnosticRefresh) await this.ctx.connection.languages.diagnostics.refresh();
      for (const doc of this.ctx.reports.all()) this.status(await this.ctx.reports.check(doc));
      return;
    }
    for (const doc of this.ctx.reports.all()) await this.push(doc, false);
  }

  /** Check and publish; `always` publishes even an unchanged result (every version gets an answer). */
  private async push(doc: TextDocument, always: boolean): Promise<void> {
    const checked = await this.ctx.reports.check(doc);
    // A newer version arrived while the settings were fetched: its own push supersedes this one.
    if (this.ctx.reports.get(doc.uri)?.version !== checked.version) return;
    const diagnostics = this.lspDiagnostics(checked);
    const json = JSON.stringify(diagnostics);
    if (always || this.published.get(doc.uri) !== json) {
      this.published.set(doc.uri, json);
      await this.ctx.connection.sendDiagnostics({ uri: doc.uri, version: checked.version, diagnostics });
    }
    this.status(checked);
  }

  private async pull(params: DocumentDiagnosticParams): Promise<DocumentDiagnosticReport> {
    const doc = this.ctx.reports.get(params.textDocument.uri);
    if (!doc) return emptyReport();
    const checked = await this.ctx.reports.check(doc);
    this.status(checked);
    if (params.previousResultId === checked.key) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: checked.key };
    }
    return { kind: DocumentDiagnosticReportKind.Full, resultId: checked.key, items: this.lspDiagnostics(checked) };
  }

  private status(checked: Checked): void {
    const params: StatusParams = { uri: checked.uri, recognized: checked.recognized, errors: 0, warnings: 0, others: 0, ...(checked.structureOnly ? { structureOnly: true } : {}) };
    for (const d of checked.diagnostics) {
      if (d.severity === 'error') params.errors++;
      else if (d.severity === 'warning') params.warnings++;
      else params.others = (params.others ?? 0) + 1;
    }
    const json = JSON.stringify(params);
    if (this.lastStatus.get(checked.uri)?.json === json) return;
    this.lastStatus.set(checked.uri, { json, recognized: checked.recognized });
    void this.ctx.connection.sendNotification(STATUS_NOTIFICATION, params);
  }
}

function emptyReport(): DocumentDiagnosticReport {
  return { kind: DocumentDiagnosticReportKind.Full, items: [] };
}
