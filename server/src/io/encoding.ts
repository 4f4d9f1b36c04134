/**
 * Reading report files in their own encoding. Real reports come as UTF-8 (with or without
 * BOM), UTF-16 with BOM, or GBK/GB18030 from older Windows tools. Decoding uses the
 * platform's TextDecoder (Node's full ICU has GB18030), so the language server carries no
 * codec library; writing (`encode.ts`) is the CLI's alone.
 *
 * A file that is neither clean UTF-8 nor clean GB18030 is still read, with the decoding that
 * fits best and a `warning`: one stray Windows-1252 byte in a UTF-8 report must not turn the
 * whole report into GB18030 mojibake (and make it "not a report").
 */

export type EncodingOption = 'auto' | 'utf8' | 'gb18030';
export type Encoding = 'utf8' | 'utf8bom' | 'utf16le' | 'utf16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Set when some bytes did not decode (they became U+FFFD); the text is the best reading. */
  warning?: string;
}

export class BinaryFileError extends Error {}

/** Valid multi-byte UTF-8 sequences and invalid bytes, counted in one pass (no allocation). */
export function utf8Stats(buf: Uint8Array): { multiByte: number; invalid: number; firstInvalid: number } {
  let multiByte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < buf.length; ) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0;
    if (ok) {
      for (let k = 1; k <= need; k++) {
        const c = buf[i + k];
        if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
      }
      // Overlong and surrogate forms are invalid too (the same set TextDecoder rejects).
      const c1 = buf[i + 1]!;
      if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 >= 0xa0) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 >= 0x90)) ok = false;
    }
    if (ok) {
      multiByte++;
      i += need + 1;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { multiByte, invalid, firstInvalid };
}

/** Text files have no NUL bytes outside UTF-16; many control bytes mean a binary file. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 7 || (b > 13 && b < 27) || (b > 27 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

function utf8(buf: Buffer, bom: boolean): Decoded {
  return { text: buf.subarray(bom ? 3 : 0).toString('utf8'), encoding: bom ? 'utf8bom' : 'utf8' };
}

/**
 * UTF-8 when it decodes with few errors among many valid multi-byte sequences (a stray byte
 * in a Chinese UTF-8 text); GB18030 when UTF-8 fails often (GBK text read as UTF-8 is mostly
 * invalid). Ties go to UTF-8.
 */
function decodeAuto(buf: Buffer, bom: boolean): Decoded {
  // Nearly every report is valid UTF-8: the native decoder gives it without one U+FFFD (an
  // invalid byte always becomes one), and the byte-by-byte count is needed only otherwise.
  const plain = utf8(buf, bom);
  if (!plain.text.includes('\ufffd')) return plain;
  const { multiByte, invalid, firstInvalid } = utf8Stats(bom ? buf.subarray(3) : buf);
  if (invalid === 0) return plain;
  const gb = new TextDecoder('gb18030').decode(buf);
  const gbErrors = countReplacements(gb);
  const utf8Wins = bom || invalid <= gbErrors || invalid / (multiByte + invalid) < 0.05;
  if (utf8Wins) {
    const at = firstInvalid + (bom ? 3 : 0);
    return { ...plain, warning: `${invalid} 处字节不是有效的 UTF-8（第一处在第 ${at} 字节：0x${buf[at]!.toString(16).toUpperCase().padStart(2, '0')}），已按 UTF-8 读取，这些字节显示为 �` };
  }
  return { text: gb, encoding: 'gb18030', ...(gbErrors ? { warning: `${gbErrors} 处字节不是有效的 GB18030，已按 GB18030 读取，这些字节显示为 �` } : {}) };
}

export function decode(buf: Buffer, option: EncodingOption = 'auto'): Decoded {
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf16be' };
  const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  if (option === 'gb18030') {
    const text = new TextDecoder('gb18030').decode(buf);
    const bad = countReplacements(text);
    return { text, encoding: 'gb18030', ...(bad ? { warning: `${bad} 处字节不是有效的 GB18030，这些字节显示为 �` } : {}) };
  }
  if (looksBinary(buf)) throw new BinaryFileError('binary file');
  if (option === 'utf8') {
    const { invalid } = utf8Stats(bom ? buf.subarray(3) : buf);
    return { ...utf8(buf, bom), ...(invalid ? { warning: `${invalid} 处字节不是有效的 UTF-8（可试 --encoding gb18030），这些字节显示为 �` } : {}) };
  }
  return decodeAuto(buf, bom);
}
