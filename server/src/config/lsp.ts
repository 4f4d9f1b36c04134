/**
 * The Node language server's config reader: the report's `ogi-report.config.json(c)` found
 * upwards from it, under the editor's `ogiReport.severity` (the editor's own codes win), so the
 * editor and the CLI give one file the same meaning.
 */
import { fileURLToPath } from 'node:url';
import { ConfigFinder } from './load';
import type { Settings } from '../lsp/protocol';

export function readConfigFor(uri: string, settings: Settings, log: (message: string) => void): Settings {
  if (!uri.startsWith('file:')) return settings;
  try {
    const finder = new ConfigFinder();
    const path = fileURLToPath(uri);
    const resolved = finder.forFile(path);
    if (!resolved.files.length) return settings;
    for (const p of resolved.problems) log(`config: ${p}`);
    const { severity, settings: rules, deadlines } = finder.optionsFor(path, settings.severity);
    return { ...settings, severity, rules, ...(deadlines ? { deadlines } : {}) };
  } catch (e) {
    log(`config: ${String(e)}`);
    return settings;
  }
}
