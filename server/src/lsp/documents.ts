/**
 * The open documents and what the core made of them: the model per (uri, version) and the
 * checked diagnostics per (uri, version, settings generation, last year's report).
 * Every feature handler reads from here, so a document is parsed once per version.
 *
 * Cross-year rules read last year's report as a small summary. The open reports' summaries
 * are kept in a `LastYearIndex`, updated as each document is checked, so finding last year's
 * report costs one index lookup, not a scan of every open document; a summary carries a
 * stamp that changes only when what the cross-year rules read changed, and `dependents`
 * names the documents to check again then (with 200 reports open, a keystroke re-checks
 * the document and the one report that compares with it, not all 200).
 */
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { agencyKeyOf, checkReport, isLikelyReport, LastYearIndex, lazySummary, parseReport, sameAgency, summaryFingerprint, type Diagnostic as CoreDiagnostic, type Locale, type ReportModel, type ReportSummary } from '../core';
import { LANGUAGE_ID, MAX_CHECKED_LENGTH, type Settings } from './protocol';
import { misdecoded } from './encoding';
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
}

/** An open report as another report's last year: its summary and a stamp of its content. */
interface Published {
  summary: ReportSummary;
  /** Null when it was not worth making (no open report could compare with it). */
  fingerprint: string | null;
  stamp: number;
  /** Whether a cross-year rule read the summary (it is then made and pins no model). */
  made: boolean;
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
  /** Open reports' summaries, by agency and year. */
  private readonly index = new LastYearIndex();
  private readonly published = new Map<string, Published>();
  /** Per document: the open report its last check compared with (uri). */
  private readonly uses = new Map<string, string>();
  /** Documents whose summary changed since `dependents` was last asked about them. */
  private readonly changedSummaries = new Set<string>();
  private stamps = 0;
  /** `has(uri)`: the document is open (its text, not the file on disk, is what counts). */
  private readonly openUris = { has: (uri: string) => this.documents.get(uri) !== undefined };

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
    this.unpublish(uri);
    // The caller re-checks the others after a close (server.ts): nothing to remember.
    this.changedSummaries.delete(uri);
    this.uses.delete(uri);
  }

  /**
   * The open documents whose diagnostics may change because `uri`'s summary changed (or it
   * closed, or stopped being a report): those that compared with it, and those of the next
   * year of the same agency, which may now find it. Empty when its summary is as it was.
   */
  dependents(uri: string): TextDocument[] {
    if (!this.changedSummaries.delete(uri)) return [];
    const out = new Set<string>();
    for (const [user, used] of this.uses) if (used === uri) out.add(user);
    const self = this.published.get(uri)?.summary;
    if (self && self.year !== null && self.agencyKey) {
      for (const [other, p] of this.published) {
        if (other !== uri && p.summary.year === self.year + 1 && sameAgency(p.summary.agencyKey, self.agencyKey)) out.add(other);
      }
    }
    out.delete(uri);
    return [...out].flatMap((u) => this.documents.get(u) ?? []);
  }

  /** Put a report's summary in the index; a new stamp only when what other reports read changed. */
  private publish(uri: string, model: ReportModel): void {
    // While no open report can compare with this one, whether its summary changed does not
    // matter: a new stamp costs nothing, the fingerprint costs the length of its prose.
    const fingerprint = this.mayServe(uri, agencyKeyOf(model), model.year) ? summaryFingerprint(model) : null;
    const old = this.published.get(uri);
    if (old && fingerprint !== null && old.fingerprint === fingerprint) {
      // Same content: keep the stamp (no one re-checks); a summary not made yet is made from
      // the newest model, so an older version is not kept alive for it.
      if (!old.made) old.summary = this.indexed(uri, model, old);
      return;
    }
    const entry: Published = { summary: null!, fingerprint, stamp: ++this.stamps, made: false };
    entry.summary = this.indexed(uri, model, entry);
    this.published.set(uri, entry);
    this.changedSummaries.add(uri);
  }

  /** A summary made when a later report's cross-year rules read it, not on every keystroke. */
  private indexed(uri: string, model: ReportModel, entry: Published): ReportSummary {
    const lazy = lazySummary(model, uri);
    entry.made = false;
    const summary: ReportSummary = {
      uri,
      agencyKey: lazy.agencyKey,
      year: lazy.year,
      get title() {
        entry.made = true;
        return lazy.title;
      },
      get cells() {
        entry.made = true;
        return lazy.cells;
      },
      get sections() {
        entry.made = true;
        return lazy.sections;
      },
    };
    this.index.add(summary);
    return summary;
  }

  /** Some open report compares, or could compare, with report `uri` of this agency and year. */
  private mayServe(uri: string, agencyKey: string, year: number | null): boolean {
    for (const used of this.uses.values()) if (used === uri) return true;
    if (!agencyKey || year === null) return false;
    for (const [other, p] of this.published) {
      if (other !== uri && p.summary.year === year + 1 && sameAgency(p.summary.agencyKey, agencyKey)) return true;
    }
    return false;
  }

  private unpublish(uri: string): void {
    if (!this.published.delete(uri)) return;
    this.index.delete(uri);
    this.changedSummaries.add(uri);
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
    if (model && !structureOnly) this.publish(doc.uri, model);
    else this.unpublish(doc.uri);
    const lastYear = model && !structureOnly ? this.lastYearOf(doc.uri, model) : null;
    if (lastYear && this.published.has(lastYear.summary.uri)) this.uses.set(doc.uri, lastYear.summary.uri);
    else this.uses.delete(doc.uri);
    const key = [doc.version, this.settings.generation, recognized ? 1 : 0, lastYear ? `${lastYear.summary.uri}@${lastYear.version}` : ''].join('|');
    const cached = this.checked.get(doc.uri);
    if (cached && cached.key === key) return cached;
    const diagnostics = model && !structureOnly
      ? (misdecoded(doc.getText(), locale) ?? checkReport(model, {
          locale,
          severity: settings.severity,
          settings: settings.rules,
          deadlines: settings.deadlines,
          uri: doc.uri,
          lastYear: { lastYearOf: () => lastYear?.summary ?? null },
        }))
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
  private lastYearOf(uri: string, model: ReportModel): LastYearHit | null {
    const self = { agencyKey: agencyKeyOf(model), year: model.year };
    if (!self.agencyKey || self.year === null) return null;
    const hits: LastYearHit[] = [];
    const open = this.index.lastYearOf(model, uri);
    if (open) hits.push({ summary: open, version: this.published.get(open.uri)?.stamp ?? 0 });
    if (this.siblings) hits.push(...this.siblings.lastYear(uri, self, this.openUris));
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

