/**
 * A GBK/GB18030 report opened as UTF-8 shows as mojibake: every Chinese character becomes
 * U+FFFD (or Latin-1 soup such as `Õþ¸®`). Checking that text would report six missing
 * sections; instead the document gets one diagnostic that says what happened, and a code
 * action that reopens the file with the right encoding (the client's `reopenWithEncoding`).
 */
import { ui, type Diagnostic as CoreDiagnostic, type Locale } from '../core';
import { ENCODING_CODE } from './protocol';

/** Latin-1 letters that GBK bytes decoded as Windows-1252/Latin-1 produce in runs. */
const LATIN1_RUN = /[\u00c0-\u00ff]{2}[\u00a1-\u00ff]{2}/g;

/** How many units of `s` are CJK unified ideographs (counted, not matched: a match array held one string per character). */
function cjkCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

/** True when the text looks like a Chinese report decoded with the wrong encoding. */
export function looksMisdecoded(text: string): boolean {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let replacement = 0;
  for (let i = sample.indexOf('\ufffd'); i !== -1; i = sample.indexOf('\ufffd', i + 1)) replacement++;
  const latin = sample.match(LATIN1_RUN)?.length ?? 0;
  // A well-decoded report has neither (checked on every keystroke): the CJK count only when one is there.
  if (replacement < 8 && latin < 8) return false;
  const cjk = cjkCount(sample);
  if (replacement >= 8 && replacement > cjk / 4) return true;
  return latin >= 8 && latin > cjk / 4;
}

export function encodingDiagnostic(locale: Locale): CoreDiagnostic {
  return {
    code: ENCODING_CODE,
    severity: 'error',
    message: ui(locale, 'encoding.garbled'),
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}

/** The single encoding diagnostic when the text is mojibake, else null (check as usual). */
export function misdecoded(text: string, locale: Locale): CoreDiagnostic[] | null {
  return looksMisdecoded(text) ? [encodingDiagnostic(locale)] : null;
}
