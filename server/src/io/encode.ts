/**
 * Writing a report back in the encoding it was read in (`--fix`). iconv-lite is needed for
 * GB18030 and UTF-16 output only, and only the CLI writes files.
 */
import iconv from 'iconv-lite';
import type { Encoding } from './encoding';

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

const NAMES: Record<Encoding, string> = { utf8: 'UTF-8', utf8bom: 'UTF-8', utf16le: 'UTF-16LE', utf16be: 'UTF-16BE', gb18030: 'GB18030' };

export type Reencoded = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/**
 * The bytes of `fixedText` when writing them changes nothing but the fixed cells. The codecs
 * are stateless, so that holds exactly when the text as read encodes back to the very bytes
 * read: bytes the decoder could not map (GBK `0x80`/`0xFF`, a lone UTF-16 surrogate, a stray
 * byte in UTF-8) or mapped one-way (GB18030 code points whose mapping changed between
 * editions) make the file unwritable, and the user is told which byte.
 */
export function reencode(originalBytes: Uint8Array, originalText: string, fixedText: string, encoding: Encoding): Reencoded {
  const again = encode(originalText, encoding);
  if (!again.equals(originalBytes)) {
    let at = 0;
    while (at < again.length && at < originalBytes.length && again[at] === originalBytes[at]) at++;
    const bytes = Array.from(originalBytes.subarray(at, at + 2), (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
    return { ok: false, reason: `文件第 ${at} 字节起（${bytes || '文件末尾'}）不能按 ${NAMES[encoding]} 原样写回，为免改动修正之外的内容，未写入` };
  }
  return { ok: true, bytes: encode(fixedText, encoding) };
}
