/**
 * Keep the stdio/socket reader in frame after a malformed message, and linear on any input.
 *
 * vscode-jsonrpc's stream reader stops reading the chunk it is in when a header block is bad
 * (no Content-Length, a Content-Length that is not a number, a header line without a colon):
 * it reports the error and returns. A valid message that arrived in the same chunk then waits
 * until the next chunk comes in, and a client waiting for that message's answer waits forever.
 * This patch resumes reading the buffered bytes after each such error, so one bad frame costs
 * exactly itself. Messages that are whole but not valid JSON-RPC never needed this.
 *
 * Its message buffer also looks for the blank line that ends a header block from the first
 * buffered byte on every chunk: a header block that never ends (16 MB without a blank line)
 * was scanned again and again, quadratic (6.9 s). `scanOnlyNewBytes` remembers how far the
 * buffer is known to hold no blank line and looks only at what arrived since.
 */
import { ReadableStreamMessageReader } from 'vscode-languageserver/node';

interface PatchableReader {
  onData(data: Uint8Array | string): void;
  onError(listener: (e: Error) => void): { dispose(): void };
  buffer?: object;
}

/** What of vscode-jsonrpc's AbstractMessageBuffer the scan needs (checked before patching). */
interface MessageBufferInternals {
  _chunks: Uint8Array[];
  _totalLength: number;
  tryReadHeaders(lowerCaseKeys?: boolean): Map<string, string> | undefined;
  /** Leading bytes known to hold no CRLF CRLF (ours). */
  __noHeaderEnd?: number;
}

const HEADER_END = [0x0d, 0x0a, 0x0d, 0x0a];

/** Does the buffer hold CRLF CRLF ending after byte `from - 3`? Looks at the bytes from there on only. */
function headerEndAfter(buffer: MessageBufferInternals, from: number): boolean {
  const start = Math.max(0, from - 3);
  let matched = 0;
  let position = 0;
  for (const chunk of buffer._chunks) {
    const end = position + chunk.length;
    if (end > start) {
      for (let i = Math.max(0, start - position); i < chunk.length; i++) {
        const b = chunk[i]!;
        matched = b === HEADER_END[matched] ? matched + 1 : b === 0x0d ? 1 : 0;
        if (matched === 4) return true;
      }
    }
    position = end;
  }
  return false;
}

const scanPatched = new WeakSet<object>();

/** Patch the prototype that owns `tryReadHeaders` so a failed search is not repeated from byte 0. */
function scanOnlyNewBytes(buffer: object): void {
  let proto: object | null = Object.getPrototypeOf(buffer);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, 'tryReadHeaders')) proto = Object.getPrototypeOf(proto);
  if (!proto || scanPatched.has(proto)) return;
  const b = buffer as Partial<MessageBufferInternals>;
  if (!Array.isArray(b._chunks) || typeof b._totalLength !== 'number') return; // another vscode-jsonrpc
  scanPatched.add(proto);
  const owner = proto as MessageBufferInternals;
  const original = owner.tryReadHeaders;
  owner.tryReadHeaders = function (this: MessageBufferInternals, lowerCaseKeys?: boolean) {
    const known = this.__noHeaderEnd ?? 0;
    // Between two failed searches the buffer only grows at its end: look at the new bytes.
    if (known > 0 && known <= this._totalLength && !headerEndAfter(this, known)) {
      this.__noHeaderEnd = this._totalLength;
      return undefined;
    }
    this.__noHeaderEnd = 0;
    const headers = original.call(this, lowerCaseKeys);
    if (headers === undefined) this.__noHeaderEnd = this._totalLength;
    return headers;
  };
}

const EMPTY = new Uint8Array(0);
/** Each retry consumes at least one bad header block, so this only bounds a pathological stream. */
const MAX_RESUMES = 1000;
let patched = false;

export function keepReaderInFrame(): void {
  if (patched) return;
  const proto = ReadableStreamMessageReader.prototype as unknown as PatchableReader;
  const original = proto.onData;
  if (typeof original !== 'function') return; // another vscode-jsonrpc: leave it as it is
  patched = true;
  proto.onData = function (this: PatchableReader, data: Uint8Array | string): void {
    if (this.buffer) scanOnlyNewBytes(this.buffer);
    let failed = false;
    const sub = this.onError(() => (failed = true));
    try {
      original.call(this, data);
      for (let i = 0; failed && i < MAX_RESUMES; i++) {
        failed = false;
        original.call(this, EMPTY);
      }
    } finally {
      sub.dispose();
    }
  };
}
