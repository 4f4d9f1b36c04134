/**
 * What the bootstrap (bootstrap.ts) decides before the language client exists, without vscode:
 * which documents start the client and the server, which part of an edit to look at, which
 * opened files are reports to import, and how a command reaches the client that is not loaded
 * yet. test/editor/bootstrap.test.ts drives the built bootstrap with these rules.
 */
import type { HintSources } from '../../server/src/core/reportHints';
import { LANGUAGE_ID } from '../../server/src/lsp/protocol';

export type { HintSources };

/** Plain text and Markdown the server may check: real files and untitled editors (not output channels, diff views …). */
export const WATCHED_LANGUAGES: readonly string[] = ['plaintext', 'markdown'];
export const WATCHED_SCHEMES: readonly string[] = ['file', 'untitled', 'vscode-vfs'];

/**
 * The core's first look (`reportHints.ts`): could this text be a report? Any phrase, with any
 * run of the characters `normalizeLabel` drops between its characters. One expression over the
 * text as it is: removing those characters first would copy the text (half a second for 10 MB
 * of English, where this takes well under a millisecond).
 */
export function reportTest(sources: HintSources): (text: string) => boolean {
  const gap = `${sources.gap}*`;
  // A phrase's characters: each one character or a class of its forms (CJK only: no escapes).
  const spaced = sources.phrases.split('|').map((p) => (p.match(/\[[^\]]*\]|./gu) ?? []).join(gap));
  const phrases = new RegExp(spaced.join('|'), 'u');
  return (text) => phrases.test(text);
}

export interface DocumentLike {
  languageId: string;
  uri: { scheme: string };
}

/**
 * Does this document start the client: a report by its language, or plain text / Markdown
 * whose text (`mayBeReport`: all of it when it opens, what an edit touched) may be one, unless
 * detection (`ogiReport.detect`) is off?
 */
export function startsClient(doc: DocumentLike, detect: () => string | undefined, mayBeReport: () => boolean): boolean {
  if (doc.languageId === LANGUAGE_ID) return true;
  // The setting is read last: this runs on every keystroke in any file until the client loads.
  if (!WATCHED_LANGUAGES.includes(doc.languageId) || !WATCHED_SCHEMES.includes(doc.uri.scheme) || detect() === 'off') return false;
  return mayBeReport();
}

/**
 * The text around each change of an edit that could have made a phrase: the inserted text and
 * `margin` characters either side (a phrase is a few characters; white space between its
 * characters is rarely longer). Typing in a large document looks at a few hundred characters,
 * never the whole text; a paste looks at what was pasted.
 */
export function editWindows(changes: readonly { rangeOffset: number; text: string }[], margin = 100): [number, number][] {
  // The end may pass the document's: the editor clamps (`positionAt`), so its length is never needed.
  return changes.map((c) => [Math.max(0, c.rangeOffset - margin), c.rangeOffset + c.text.length + margin]);
}

/** Word (also 97–2003 and WPS), PDF, web pages and web archives, which the client offers to import (importOffer.ts). */
export const IMPORTABLE = /\.(docx|doc|wps|pdf|html?|shtml|mht|mhtml)$/i;
/** A report's file name or its opening words. */
export const REPORT_NAME = /年报|年度报告|政府信息公开/;

/**
 * A file of the import offer: importable, and a report by its name or (an open web page) by its
 * opening words (`openText`, asked only of an importable file).
 */
export function offersImport(path: string, openText: () => string | undefined): boolean {
  if (!IMPORTABLE.test(path)) return false;
  // A vscode.Uri's `path` is decoded already.
  if (REPORT_NAME.test(path)) return true;
  const text = openText();
  return text !== undefined && REPORT_NAME.test(text.slice(0, 20_000));
}

export interface Disposable {
  dispose(): unknown;
}

/**
 * Every command, registered before the client exists: the first use starts the client (whose
 * `start` must dispose these first, so that the client can register the real commands under
 * the same ids) and then runs the real command with the same arguments.
 */
export function forwardCommands(
  ids: readonly string[],
  register: (id: string, handler: (...args: unknown[]) => unknown) => Disposable,
  start: () => Promise<void>,
  execute: (id: string, ...args: unknown[]) => PromiseLike<unknown>,
): Disposable[] {
  return ids.map((id) =>
    register(id, async (...args) => {
      await start();
      return execute(id, ...args);
    }),
  );
}
