/**
 * Reading and writing report files in their own encoding. Real reports come as UTF-8
 * (with or without BOM), UTF-16 with BOM, or GBK/GB18030 from older Windows tools.
 */
import iconv from 'iconv-lite';

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
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf16le'), encoding: 'utf16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf16be'), encoding: 'utf16be' };
  const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  if (option === 'gb18030') return { text: iconv.decode(buf, 'gb18030'), encoding: 'gb18030' };
  if (looksBinary(buf)) throw new BinaryFileError('binary file');
  if (option === 'utf8' || isValidUtf8(buf)) {
    return { text: buf.subarray(bom ? 3 : 0).toString('utf8'), encoding: bom ? 'utf8bom' : 'utf8' };
  }
  return { text: iconv.decode(buf, 'gb18030'), encoding: 'gb18030' };
}

export function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
    case 'utf16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]);
    case 'gb18030':
      return iconv.encode(text, 'gb18030');
  }
}
