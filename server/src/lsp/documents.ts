/**
 * The open documents and what the core made of them: the model per (uri, version) and the
 * checked diagnostics per (uri, version, settings generation, other reports' versions).
 * Every feature handler reads from here, so a document is parsed once per version.
 */
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { agencyKeyOf, checkReport, isLastYearOf, isLikelyReport, parseReport, summarize, type Diagnostic as CoreDiagnostic, type Locale, type ReportModel, type ReportSummary } from '../core';
import { LANGUAGE_ID, MAX_CHECKED_LENGTH, type Settings } from './protocol';
import { resolveLocale, type SettingsStore } from './settings';
import type { SiblingReports } from './siblings';

export interface Checked {
  uri: string;
  version: number;
  /** False: the server leaves this document alone (no diagnostics, no hovers). */
  recognized: boolean;
  model: ReportModel | null;
  diagnostics: CoreDiagnostic[];
  settings: Settings;
  locale: Locale;
  /** Changes whenever the diagnostics may change: used as the pull `resultId`. */
  key: string;
  /** Too large to check: the model has the structure only and no rule ran. */
  structureOnly: boolean;
}

interface ModelEntry {
  version: number;
  model: ReportModel;
  likely: boolean | undefined;
  /** What a later report's cross-year rules read of this one (made when first asked). */
  summary?: ReportSummary;
}

/** Last year's report found for a document, with the version its diagnostics depend on. */
interface LastYearHit {
  summary: ReportSummary;
  version: number | string;
}

export class ReportDocuments {
  readonly documents = new TextDocuments(TextDocument);
  private readonly models = new Map<string, ModelEntry>();
  private readonly checked = new Map<string, Checked>();

  constructor(
    private readonly settings: SettingsStore,
    private readonly clientLocale: () => string | undefined,
    private readonly siblings?: SiblingReports,
  ) {}

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  all(): TextDocument[] {
    return this.documents.all();
  }

  forget(uri: string): void {
    this.models.delete(uri);
    this.checked.delete(uri);
    this.settings.forget(uri);
  }

  /** The parsed model of this exact version (parsed on first use). */
  model(doc: TextDocument): ReportModel {
    return this.entry(doc).model;
  }

  /** Whether the server should check the document, given its settings. */
  recognized(doc: TextDocument, settings: Settings): boolean {
    if (doc.languageId === LANGUAGE_ID) return true;
    if (settings.detect === 'off') return false;
    const entry = this.entry(doc);
    if (entry.likely === undefined) entry.likely = isLikelyReport(doc.getText());
    return entry.likely;
  }

  /** Model and diagnostics of the document's current version (cached). */
  async check(doc: TextDocument): Promise<Checked> {
    const settings = await this.settings.get(doc.uri);
    const locale = resolveLocale(settings, this.clientLocale());
    const recognized = this.recognized(doc, settings);
    const model = recognized ? this.model(doc) : null;
    const structureOnly = doc.getText().length > MAX_CHECKED_LENGTH;
    const lastYear = model && !structureOnly ? this.lastYearOf(doc.uri, settings, model) : null;
    const key = [doc.version, this.settings.generation, recognized ? 1 : 0, lastYear ? `${lastYear.summary.uri}@${lastYear.version}` : ''].join('|');
    const cached = this.checked.get(doc.uri);
    if (cached && cached.key === key) return cached;
    const diagnostics = model && !structureOnly
      ? checkReport(model, {
          locale,
          severity: settings.severity,
          uri: doc.uri,
          lastYear: { lastYearOf: () => lastYear?.summary ?? null },
        })
      : [];
    const result: Checked = { uri: doc.uri, version: doc.version, recognized, model, diagnostics, settings, locale, key, structureOnly };
    this.checked.set(doc.uri, result);
    return result;
  }

  /**
   * Last year's report (core `last-year.ts` decides what that is): among the other open
   * documents that are reports, and the reports of the year before in the same folder on
   * disk; several candidates → the first by URI, as the CLI picks.
   */
  private lastYearOf(uri: string, settings: Settings, model: ReportModel): LastYearHit | null {
    const self = { agencyKey: agencyKeyOf(model), year: model.year };
    if (!self.agencyKey || self.year === null) return null;
    const hits: LastYearHit[] = [];
    const open = new Set<string>();
    for (const other of this.documents.all()) {
      open.add(other.uri);
      if (other.uri === uri || !this.recognized(other, settings)) continue;
      const entry = this.entry(other);
      entry.summary ??= summarize(entry.model, other.uri);
      if (isLastYearOf(entry.summary, self)) hits.push({ summary: entry.summary, version: other.version });
    }
    if (this.siblings) hits.push(...this.siblings.lastYear(uri, self, open));
    hits.sort((a, b) => (a.summary.uri < b.summary.uri ? -1 : a.summary.uri > b.summary.uri ? 1 : 0));
    return hits[0] ?? null;
  }

  private entry(doc: TextDocument): ModelEntry {
    let entry = this.models.get(doc.uri);
    if (!entry || entry.version !== doc.version) {
      const text = doc.getText();
      entry = { version: doc.version, model: parseReport(text, { structureOnly: text.length > MAX_CHECKED_LENGTH }), likely: undefined };
      this.models.set(doc.uri, entry);
    }
    return entry;
  }
}
