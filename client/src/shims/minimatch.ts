/**
 * What vscode-languageclient asks of `minimatch`: `new Minimatch(glob, options)`, `makeRe()` and
 * `match(path)`, for glob filters a server may register (file operations, pull-diagnostic
 * selectors). Our server registers none — its selectors are languages — so this small matcher
 * (`**`, `*`, `?`, `[…]`, `{a,b}`, `nocase`, `dot`) stands in for minimatch's 29 KB in the client
 * bundle (scripts/build.mjs; test/editor/client-shims.test.ts compares it with minimatch).
 */

export interface MinimatchOptions {
  nocase?: boolean;
  dot?: boolean;
  noext?: boolean;
}

function escapeChar(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

/** The glob as a regular expression source, or null when it is malformed (an unclosed brace or class). */
function globSource(glob: string, dot: boolean): string | null {
  let out = '';
  let braces = 0;
  // A leading dot in a path segment matches only when written, unless `dot`.
  const segmentStart = (i: number): boolean => i === 0 || glob[i - 1] === '/';
  const noDot = (i: number): string => (!dot && segmentStart(i) ? '(?!\\.)' : '');
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**` spans segments; `**/` also matches no folder at all.
        const slash = glob[i + 2] === '/';
        out += slash ? `(?:${dot ? '' : '(?!\\.)'}[^/]*(?:/${dot ? '' : '(?!\\.)'}[^/]*)*/)?` : `${noDot(i)}.*`;
        i += slash ? 2 : 1;
      } else out += `${noDot(i)}[^/]*`;
    } else if (c === '?') out += `${noDot(i)}[^/]`;
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) return null;
      let body = glob.slice(i + 1, end);
      if (body.startsWith('!')) body = `^${body.slice(1)}`;
      out += `[${body.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else if (c === '\\' && i + 1 < glob.length) out += escapeChar(glob[++i]);
    else out += escapeChar(c);
  }
  return braces === 0 ? out : null;
}

export class Minimatch {
  private readonly re: RegExp | false;

  constructor(readonly pattern: string, options: MinimatchOptions = {}) {
    const source = globSource(pattern, options.dot === true);
    this.re = source === null ? false : new RegExp(`^${source}$`, options.nocase ? 'i' : '');
  }

  makeRe(): RegExp | false {
    return this.re;
  }

  match(path: string): boolean {
    return this.re !== false && this.re.test(path);
  }
}
