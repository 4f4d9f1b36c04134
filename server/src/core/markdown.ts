/**
 * Report text quoted in hover markdown. A report is untrusted input: a `[link](…)`, an
 * `<img>`, a bare URL or a line starting with `#` in it must come back as the characters the
 * clerk typed, never as live markdown or HTML. CommonMark lets any ASCII punctuation be
 * escaped with a backslash and then shows it literally, so every one is escaped (that also
 * breaks GFM autolinks, which need a literal `://` or `www.`); line breaks become spaces so a
 * quote cannot leave its blockquote, and control characters are dropped.
 */
const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
// C0 (except tab), DEL, C1, and the bidi overrides/isolates that can disguise what a line says.
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ').replace(INVISIBLE, '').replace(PUNCTUATION, '\\$&');
}
