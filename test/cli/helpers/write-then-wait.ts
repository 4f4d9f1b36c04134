/**
 * Child process for the "killed during the write" test: reads a file, starts a safe write of
 * new bytes, and stops after the temporary file is complete but before the rename, printing
 * `ready <temp path>` so the parent can kill it at exactly that moment.
 */
import { readReportFile } from '../../../server/src/io/read';
import { safeWrite } from '../../../server/src/io/safe-write';

const [file, replacement] = process.argv.slice(2) as [string, string];
const { snapshot } = readReportFile(file);
safeWrite(file, Buffer.from(replacement), snapshot, {
  beforeRename(temp) {
    process.stdout.write(`ready ${temp}\n`);
    // Block until killed (no timers, no event loop: the write is frozen right here).
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  },
});
