/**
 * How a message is written: every text a user reads exists in zh-CN (the default) and English,
 * with `{name}` placeholders. A rule keeps its own messages in its own file
 * (`defineMessages`); the few strings that belong to no rule are in `ui.ts`.
 */
import type { Locale } from '../types';

/** One text in both languages. */
export interface Localized {
  'zh-CN': string;
  en: string;
}

type Params = Record<string, string | number>;

/** Fill one bilingual template: `{name}` placeholders from `params`, the locale's text (zh-CN when it has none). */
export function fillMessage(entry: Localized, locale: Locale, params: Params = {}): string {
  const template = entry[locale] ?? entry['zh-CN'];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

/**
 * A rule's (or a module's) own messages, kept in its file:
 * `const msg = defineMessages({ missing: { 'zh-CN': '…{x}…', en: '…' } })`, then
 * `msg(ctx.locale, 'missing', { x })` — the key is checked against the file's own catalog.
 */
export function defineMessages<K extends string>(catalog: Record<K, Localized>): (locale: Locale, key: K, params?: Params) => string {
  return (locale, key, params = {}) => fillMessage(catalog[key], locale, params);
}
