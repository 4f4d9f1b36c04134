/**
 * What vscode-languageclient/node asks of `semver` — `parse` and `satisfies` with one caret
 * range (`^1.91.0`), to check the VS Code version at start — in 1 KB instead of semver's 20 KB.
 * scripts/build.mjs puts this module in place of `semver/functions/*` in the client bundle only;
 * test/editor/client-shims.test.ts holds it to semver's own answers.
 */

export interface ParsedVersion {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
  version: string;
}

const VERSION = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

export function parse(version: unknown): ParsedVersion | null {
  if (typeof version === 'object' && version !== null && 'major' in version) return version as ParsedVersion;
  if (typeof version !== 'string') return null;
  const m = VERSION.exec(version.trim());
  if (!m) return null;
  return { major: +m[1], minor: +m[2], patch: +m[3], prerelease: m[4] ? m[4].split('.') : [], version: version.trim() };
}

/**
 * `^X.Y.Z`: the same major (for X ≥ 1) and not below X.Y.Z, no pre-release. Any other range is
 * one this shim does not know: false, so the client says the version does not fit rather than
 * guessing.
 */
export function satisfies(version: unknown, range: string): boolean {
  const v = parse(version);
  const m = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range.trim());
  if (!v || !m || v.prerelease.length) return false;
  const [major, minor, patch] = [+m[1], +m[2], +m[3]];
  if (major === 0) return false;
  if (v.major !== major) return false;
  return v.minor > minor || (v.minor === minor && v.patch >= patch);
}
