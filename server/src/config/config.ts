/**
 * The configuration file shared by the CLI and the editor (`ogi-report.config.json` /
 * `.jsonc`): what it may say, how it is read (JSON with comments and trailing commas) and how
 * several files merge. Pure: no file system here (`load.ts` finds and reads the files), so
 * the language server and the CLI give the same file the same meaning.
 */
import type { AgencyLevel, RuleSettings, Severity } from '../core/index';

export const CONFIG_FILE_NAMES = ['ogi-report.config.jsonc', 'ogi-report.config.json'] as const;

export type SeverityOverride = Severity | 'off';

export interface OgiConfig {
  /** Rule code → severity (`off` drops the rule). */
  severity?: Record<string, SeverityOverride>;
  /** Files not to check: globs relative to the config file's folder (`**` any folders, `*` within a name). */
  ignore?: string[];
  /** Agency name (or a part of it) → level, over the level read from the title. */
  agencyLevels?: Record<string, AgencyLevel>;
  /** The locality's publication deadlines (`MM-DD` of the year after the report year), for D-DEADLINE. */
  deadlines?: { department?: string; government?: string };
  /** Repetition rules X-REPEAT and C-SAME-TEXT: the share of repeated text (per cent) from which they report. */
  repetition?: { threshold?: number };
}

/** A config file as read: its folder (ignore globs are relative to it) and what it says. */
export interface ConfigFile {
  path: string;
  dir: string;
  config: OgiConfig;
  /** What was wrong with the file (left out, the rest still applies). */
  problems: string[];
}

const SEVERITIES: readonly string[] = ['off', 'error', 'warning', 'info', 'hint'];
const LEVELS: readonly string[] = ['township', 'county', 'city', 'province', 'unknown'];

/** JSON with `//` and `/* *\/` comments and trailing commas (as VS Code's settings files). */
export function stripJsonc(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      out += ' ';
    } else out += c;
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Read a config file's text; whatever is malformed is named in `problems` and left out. */
export function parseConfigText(text: string): { config: OgiConfig; problems: string[] } {
  const problems: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(stripJsonc(text.replace(/^\uFEFF/, '')));
  } catch (err) {
    return { config: {}, problems: [`不是有效的 JSON：${(err as Error).message}`] };
  }
  if (!isRecord(raw)) return { config: {}, problems: ['配置文件应为一个 JSON 对象'] };
  const config: OgiConfig = {};
  if (raw.severity !== undefined) {
    if (!isRecord(raw.severity)) problems.push('severity 应为对象（规则代码 → 严重程度）');
    else {
      config.severity = {};
      for (const [code, v] of Object.entries(raw.severity)) {
        const s = typeof v === 'string' ? v.toLowerCase().replace(/^information$/, 'info') : '';
        if (SEVERITIES.includes(s)) config.severity[code] = s as SeverityOverride;
        else problems.push(`severity.${code}：“${String(v)}”不是 off/error/warning/info/hint 之一`);
      }
    }
  }
  if (raw.ignore !== undefined) {
    if (Array.isArray(raw.ignore) && raw.ignore.every((g) => typeof g === 'string')) config.ignore = raw.ignore as string[];
    else problems.push('ignore 应为字符串数组（glob）');
  }
  if (raw.agencyLevels !== undefined) {
    if (!isRecord(raw.agencyLevels)) problems.push('agencyLevels 应为对象（机关名称 → 层级）');
    else {
      config.agencyLevels = {};
      for (const [name, v] of Object.entries(raw.agencyLevels)) {
        if (typeof v === 'string' && LEVELS.includes(v)) config.agencyLevels[name] = v as AgencyLevel;
        else problems.push(`agencyLevels.${name}：“${String(v)}”不是 township/county/city/province 之一`);
      }
    }
  }
  if (raw.deadlines !== undefined) {
    if (!isRecord(raw.deadlines)) problems.push('deadlines 应为对象：{"department": "01-31", "government": "03-31"}');
    else {
      config.deadlines = {};
      for (const [kind, v] of Object.entries(raw.deadlines)) {
        if (kind !== 'department' && kind !== 'government') problems.push(`deadlines.${kind}：只能是 department（部门）或 government（人民政府）`);
        else if (typeof v === 'string' && /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(v)) config.deadlines[kind] = v;
        else problems.push(`deadlines.${kind} 应为 “MM-DD” 形式的日期，如 “01-31”`);
      }
    }
  }
  if (raw.repetition !== undefined) {
    const t = isRecord(raw.repetition) ? raw.repetition.threshold : undefined;
    if (typeof t === 'number' && t > 0 && t <= 100) config.repetition = { threshold: t };
    else problems.push('repetition.threshold 应为 1–100 之间的百分数，如 50');
  }
  for (const key of Object.keys(raw)) if (!['$schema', 'severity', 'ignore', 'agencyLevels', 'deadlines', 'repetition'].includes(key)) problems.push(`未知的配置项 “${key}”`);
  return { config, problems };
}

/**
 * Merge configs from the outermost folder to the innermost (the nearer file wins, key by key
 * for severity and agency levels; ignore globs add up, each relative to its own file).
 */
export function mergeConfigs(files: readonly ConfigFile[]): { config: OgiConfig; ignore: { dir: string; glob: string }[] } {
  const config: OgiConfig = {};
  const ignore: { dir: string; glob: string }[] = [];
  for (const f of files) {
    const c = f.config;
    if (c.severity) config.severity = { ...config.severity, ...c.severity };
    if (c.agencyLevels) config.agencyLevels = { ...config.agencyLevels, ...c.agencyLevels };
    if (c.deadlines) config.deadlines = { ...config.deadlines, ...c.deadlines };
    if (c.repetition) config.repetition = { ...config.repetition, ...c.repetition };
    for (const glob of c.ignore ?? []) ignore.push({ dir: f.dir, glob });
  }
  return { config, ignore };
}

/** What the checker takes from a config; `severity` from the editor's settings goes over the file's. */
export interface ConfigCheckOptions {
  severity: Record<string, SeverityOverride>;
  settings: RuleSettings;
  /** D-DEADLINE's deadlines (CheckOptions.deadlines). */
  deadlines?: { department?: string; government?: string };
}

export function checkOptionsOf(config: OgiConfig, editorSeverity: Record<string, SeverityOverride> = {}): ConfigCheckOptions {
  const settings: RuleSettings = {};
  if (config.repetition?.threshold !== undefined) settings.repeatThreshold = config.repetition.threshold / 100;
  if (config.agencyLevels) settings.agencyLevels = config.agencyLevels;
  return { severity: { ...config.severity, ...editorSeverity }, settings, ...(config.deadlines ? { deadlines: config.deadlines } : {}) };
}

/** A glob as a regular expression over `/`-separated relative paths; a glob without `/` matches a name at any depth. */
export function globToRegExp(glob: string): RegExp {
  let g = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!g.includes('/')) g = `**/${g}`;
  if (g.endsWith('/')) g += '**';
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === '*' && g[i + 1] === '*') {
      i++;
      if (g[i + 1] === '/') {
        i++;
        re += '(?:.*/)?';
      } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** `relPath` (relative to the glob's folder, `/`-separated) matches an ignore glob. */
export function matchesGlob(glob: string, relPath: string): boolean {
  return globToRegExp(glob).test(relPath);
}
