/**
 * Bytes → string for text-like sources (HTML): a BOM or a declared charset wins; otherwise
 * UTF-8, falling back to GB18030 (a superset of GBK, which older government sites still serve)
 * when the bytes are not valid UTF-8.
 */

function decoder(label: string, fatal = false): InstanceType<typeof TextDecoder> | null {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null;
  }
}

/** The charset a page declares in its first few kilobytes (`<meta charset>` or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const declared = declaredCharset(bytes);
  // GBK and GB2312 pages are read as GB18030: the same bytes, and characters GBK lacks still decode.
  const label = declared && /^(gbk|gb2312|gb_2312|x-gbk|cp936|gb18030)/.test(declared) ? 'gb18030' : declared;
  if (label && label !== 'utf-8' && label !== 'utf8') {
    const d = decoder(label);
    if (d) return d.decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return (decoder('gb18030') ?? new TextDecoder('utf-8')).decode(bytes);
  }
}
