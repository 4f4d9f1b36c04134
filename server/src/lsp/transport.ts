/**
 * Keep the stdio/socket reader in frame after a malformed message.
 *
 * vscode-jsonrpc's stream reader stops reading the chunk it is in when a header block is bad
 * (no Content-Length, a Content-Length that is not a number, a header line without a colon):
 * it reports the error and returns. A valid message that arrived in the same chunk then waits
 * until the next chunk comes in, and a client waiting for that message's answer waits forever.
 * This patch resumes reading the buffered bytes after each such error, so one bad frame costs
 * exactly itself. Messages that are whole but not valid JSON-RPC never needed this.
 */
import { ReadableStreamMessageReader } from 'vscode-languageserver/node';

interface PatchableReader {
  onData(data: Uint8Array | string): void;
  onError(listener: (e: Error) => void): { dispose(): void };
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
