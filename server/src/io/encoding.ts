/**
 * Reading report files in their own encoding. Real reports come as UTF-8 (with or without
 * BOM), UTF-16 with BOM, or GBK/GB18030 from older Windows tools. Decoding uses the
 * platform's TextDecoder (Node's full ICU has GB18030), so the language server carries no
 * codec library; writing (`encode.ts`) is the CLI's alone.
 */

export type EncodingOption = 'auto' | 'utf8' | 'gb18030';
export type Encoding = 'utf8' | 'utf8bom' | 'utf16le' | 'utf16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

export class BinaryFileError extends Error {}

function isValidUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/** Text files have no NUL bytes outside UTF-16; many control bytes mean a binary file. */
function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 7 || (b > 13 && b < 27) || (b > 27 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

export function decode(buf: Buffer, option: EncodingOption = 'auto'): Decoded {
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf16be' };
  const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  if (option === 'gb18030') return { text: new TextDecoder('gb18030').decode(buf), encoding: 'gb18030' };
  if (looksBinary(buf)) throw new BinaryFileError('binary file');
  if (option === 'utf8' || isValidUtf8(buf)) {
    return { text: buf.subarray(bom ? 3 : 0).toString('utf8'), encoding: bom ? 'utf8bom' : 'utf8' };
  }
  return { text: new TextDecoder('gb18030').decode(buf), encoding: 'gb18030' };
}
