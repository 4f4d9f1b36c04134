/**
 * `ogiReport.*` settings: pulled per document through `workspace/configuration`, cached per
 * document and dropped on `workspace/didChangeConfiguration`. Clients without the
 * configuration request get the settings pushed in didChangeConfiguration instead.
 */
import type { Connection } from 'vscode-languageserver';
import type { Locale } from '../core';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type LocaleSetting, type Settings, type SeverityOverride } from './protocol';

const SEVERITIES: readonly SeverityOverride[] = ['off', 'error', 'warning', 'info', 'hint'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Turn whatever the client sent into complete settings; unknown values fall back to defaults. */
export function normalizeSettings(raw: unknown): Settings {
  const src = isRecord(raw) ? raw : {};
  const severity: Record<string, SeverityOverride> = {};
  if (isRecord(src.severity)) {
    for (const [code, value] of Object.entries(src.severity)) {
      const v = typeof value === 'string' ? value.toLowerCase() : '';
      const mapped = v === 'information' ? 'info' : v;
      if ((SEVERITIES as readonly string[]).includes(mapped)) severity[code] = mapped as SeverityOverride;
    }
  }
  const inlay = isRecord(src.inlayHints) ? src.inlayHints : {};
  // Flat keys (`inlayHints.enabled`) arrive from clients that do not nest dotted settings.
  const inlayEnabled = inlay.enabled ?? src['inlayHints.enabled'];
  const locale: LocaleSetting = src.locale === 'auto' || src.locale === 'en' ? src.locale : 'zh-CN';
  return {
    severity,
    inlayHints: { enabled: typeof inlayEnabled === 'boolean' ? inlayEnabled : DEFAULT_SETTINGS.inlayHints.enabled },
    detect: src.detect === 'off' ? 'off' : 'auto',
    locale,
  };
}

/** Map a client UI language (`en-US`, `zh-cn`, `zh-tw` …) to a core locale; zh-CN by default. */
export function localeFromClient(language: string | undefined): Locale {
  if (!language) return 'zh-CN';
  return /^en\b/i.test(language) ? 'en' : 'zh-CN';
}

export function resolveLocale(settings: Settings, clientLocale: string | undefined): Locale {
  return settings.locale === 'auto' ? localeFromClient(clientLocale) : settings.locale;
}

export class SettingsStore {
  private readonly perDocument = new Map<string, Promise<Settings>>();
  private pushed: Settings = normalizeSettings(undefined);
  /** Bumped on every configuration change; part of every diagnostics cache key. */
  generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
    private readonly log: (message: string) => void,
  ) {}

  get(uri: string): Promise<Settings> {
    if (!this.canPull()) return Promise.resolve(withConfigFile(uri, this.pushed, this.log));
    let entry = this.perDocument.get(uri);
    if (!entry) {
      entry = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then(normalizeSettings, (e: unknown) => {
          this.log(`workspace/configuration failed: ${String(e)}`);
          return this.pushed;
        })
        .then((s) => withConfigFile(uri, s, this.log));
      this.perDocument.set(uri, entry);
    }
    return entry;
  }

  /** A didChangeConfiguration: drop every cached entry; remember pushed settings when present. */
  changed(pushedSettings: unknown): void {
    this.generation++;
    this.perDocument.clear();
    if (isRecord(pushedSettings) && SETTINGS_SECTION in pushedSettings) {
      this.pushed = normalizeSettings(pushedSettings[SETTINGS_SECTION]);
    }
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
  }
}

/**
 * The report's config file (found upwards from it, as the CLI does) under the editor's
 * settings. Reading it needs the disk, so the Node server plugs the reader in
 * (`config/lsp.ts`); in the browser there is none and the settings stay as the editor sent them.
 */
export type ConfigReader = (uri: string, settings: Settings, log: (message: string) => void) => Settings;
let configReader: ConfigReader | null = null;

export function setConfigReader(reader: ConfigReader | null): void {
  configReader = reader;
}

export function withConfigFile(uri: string, settings: Settings, log: (message: string) => void): Settings {
  return configReader ? configReader(uri, settings, log) : settings;
}
