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
  const parts = partsOf(entry[locale] ?? entry['zh-CN']);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += (name in params ? String(params[name]) : `{${name}}`) + parts[i + 1]!;
  }
  return out;
}

/**
 * A template cut once at its placeholders (`'a{x}b'` → `['a', 'x', 'b']`): a report with many
 * findings fills the same few templates hundreds of times, and a `replace` with a callback per
 * message was the hottest line of such reports. The templates are the catalogs' (a bounded set);
 * the cap only guards against a caller passing texts of its own.
 */
const cut = new Map<string, readonly string[]>();
function partsOf(template: string): readonly string[] {
  let parts = cut.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    if (cut.size < 4096) cut.set(template, parts);
  }
  return parts;
}

/**
 * A rule's (or a module's) own messages, kept in its file:
 * `const msg = defineMessages({ missing: { 'zh-CN': '…{x}…', en: '…' } })`, then
 * `msg(ctx.locale, 'missing', { x })` — the key is checked against the file's own catalog.
 */
export function defineMessages<K extends string>(catalog: Record<K, Localized>): (locale: Locale, key: K, params?: Params) => string {
  return (locale, key, params = {}) => fillMessage(catalog[key], locale, params);
}
