/**
 * Report text shown on a terminal. A report is untrusted input: an ESC or OSC sequence in it
 * could erase lines, set the window title or write the clipboard, and bidi overrides can make
 * a line read differently from its bytes. Every quoted piece of report text goes through
 * `escapeControls`; code frames are cut to a window around the caret.
 */

/** C0 (but TAB), DEL, C1, bidi embeddings/overrides/isolates, line/paragraph separators. */
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

export function escapeControls(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const cp = c.codePointAt(0)!;
    return cp < 0x100 ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u{${cp.toString(16)}}`;
  });
}

/** Display width in a terminal: CJK and full-width forms take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0)!);
  return w;
}

function charWidth(cp: number): number {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd) ? 2 : 1;
}

/** Widest source excerpt printed under a finding (columns). */
export const FRAME_WIDTH = 100;

/** Take characters from `s` (forwards, or backwards from its end) up to `width` columns. */
function takeWidth(s: string, width: number, fromEnd: boolean): string {
  const chars = Array.from(s);
  if (fromEnd) chars.reverse();
  let w = 0;
  let n = 0;
  for (; n < chars.length; n++) {
    const cw = charWidth(chars[n]!.codePointAt(0)!);
    if (w + cw > width) break;
    w += cw;
  }
  const kept = chars.slice(0, n);
  if (fromEnd) kept.reverse();
  return kept.join('');
}

/**
 * The source line and the caret line under `[start, end)` (UTF-16 columns), both escaped and
 * at most about FRAME_WIDTH columns: a long line is cut around the marked span with `…`.
 */
export function codeFrame(line: string, start: number, end: number): { source: string; caret: string } {
  const clean = (s: string) => escapeControls(s.replace(/\t/g, ' '));
  let before = clean(line.slice(0, start));
  let marked = clean(line.slice(start, Math.max(start, end)));
  let after = clean(line.slice(Math.max(start, end)));
  const markedMax = FRAME_WIDTH / 2;
  if (displayWidth(marked) > markedMax) marked = takeWidth(marked, markedMax - 1, false) + '…';
  const room = Math.max(10, FRAME_WIDTH - displayWidth(marked));
  if (displayWidth(before) + displayWidth(after) > room) {
    const beforeRoom = Math.min(displayWidth(before), Math.max(Math.floor(room / 2), room - displayWidth(after)));
    if (displayWidth(before) > beforeRoom) before = '…' + takeWidth(before, beforeRoom - 1, true);
    const afterRoom = room - displayWidth(before);
    if (displayWidth(after) > afterRoom) after = takeWidth(after, afterRoom - 1, false) + '…';
  }
  const width = Math.max(1, displayWidth(marked));
  return { source: before + marked + after, caret: ' '.repeat(displayWidth(before)) + '^' + '~'.repeat(width - 1) };
}
