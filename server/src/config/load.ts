/**
 * Finding the config files of a report: every `ogi-report.config.json(c)` from the report's
 * folder up to the file-system root (nearest wins, as markdownlint-cli2 and ESLint's
 * per-folder configs do), or the one file `--config` names. Folders are read once per run.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILE_NAMES, checkOptionsOf, matchesGlob, mergeConfigs, parseConfigText, type ConfigCheckOptions, type ConfigFile, type OgiConfig, type SeverityOverride } from './config';

export interface ResolvedConfig {
  config: OgiConfig;
  /** The files it came from, outermost first. */
  files: string[];
  ignore: { dir: string; glob: string }[];
  problems: string[];
}

export function readConfigFile(path: string): ConfigFile {
  const abs = resolve(path);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    return { path: abs, dir: dirname(abs), config: {}, problems: [`${abs}: 无法读取（${(err as NodeJS.ErrnoException).code ?? (err as Error).message}）`] };
  }
  const { config, problems } = parseConfigText(text);
  return { path: abs, dir: dirname(abs), config, problems: problems.map((p) => `${abs}: ${p}`) };
}

export class ConfigFinder {
  private readonly perDir = new Map<string, ConfigFile | null>();
  /** The merged config of the last folder asked about: a run asks up to three times per report, folder after folder. */
  private lastDir: string | null = null;
  private lastResolved: ResolvedConfig | null = null;
  private readonly explicit: ConfigFile | null;

  /** `explicitPath`: the `--config` file, used for every report instead of looking upwards. */
  constructor(explicitPath?: string) {
    this.explicit = explicitPath ? readConfigFile(explicitPath) : null;
  }

  /** The config file in one folder, if any (`.jsonc` before `.json`). */
  private inDir(dir: string): ConfigFile | null {
    if (this.perDir.has(dir)) return this.perDir.get(dir)!;
    const name = CONFIG_FILE_NAMES.map((n) => join(dir, n)).find((p) => existsSync(p));
    const found = name ? readConfigFile(name) : null;
    this.perDir.set(dir, found);
    return found;
  }

  /** The merged config that applies to the report at `file` (the same object for files of one folder: read it, do not change it). */
  forFile(file: string): ResolvedConfig {
    const folder = dirname(resolve(file));
    if (folder === this.lastDir && this.lastResolved) return this.lastResolved;
    let files: ConfigFile[];
    if (this.explicit) files = [this.explicit];
    else {
      files = [];
      let dir = folder;
      for (;;) {
        const f = this.inDir(dir);
        if (f) files.unshift(f);
        const up = dirname(dir);
        if (up === dir) break;
        dir = up;
      }
    }
    const { config, ignore } = mergeConfigs(files);
    this.lastDir = folder;
    return (this.lastResolved = { config, files: files.map((f) => f.path), ignore, problems: files.flatMap((f) => f.problems) });
  }

  /** The file is named by an ignore glob of a config that applies to it. */
  isIgnored(file: string, resolved = this.forFile(file)): boolean {
    if (!resolved.ignore.length) return false;
    const abs = resolve(file);
    return resolved.ignore.some(({ dir, glob }) => {
      const rel = relative(dir, abs);
      return !rel.startsWith('..') && matchesGlob(glob, rel.split(sep).join('/'));
    });
  }

  /** Check options for the report at `file`; the editor's severities go over the file's. */
  optionsFor(file: string, editorSeverity?: Record<string, SeverityOverride>): ConfigCheckOptions {
    return checkOptionsOf(this.forFile(file).config, editorSeverity);
  }
}
