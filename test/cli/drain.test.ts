/**
 * `check` over a pipe: output waits in the process until the event loop runs, and checking is
 * synchronous, so the command pauses for the output to drain after each report; otherwise a
 * run over an archive held its whole output in memory (40,000 reports `| gzip`: 1.4 GB).
 */
import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import path from 'node:path';
import { parseArgs } from '../../server/src/cli/args';
import { checkCommand, type CommandIO } from '../../server/src/cli/check-command';
import { drained } from '../../server/src/cli/main';

const EXAMPLES = path.resolve(__dirname, '../../examples');
const turn = () => new Promise<void>((r) => setImmediate(r));

describe('output over a pipe', () => {
  it('checks the next report only once what was written has drained', async () => {
    const written: string[] = [];
    const waits: (() => void)[] = [];
    const io: CommandIO = {
      stdout: (s) => void written.push(s),
      stderr: () => undefined,
      readStdin: async () => Buffer.alloc(0),
      drained: () => new Promise<void>((r) => waits.push(r)),
    };
    const run = checkCommand(parseArgs(['check', '--format', 'json', EXAMPLES]), io);
    for (let k = 0; k < 20 && waits.length === 0; k++) await turn();
    // The first report is out; the second waits for the reader.
    expect(written).toHaveLength(1);
    for (let k = 0; k < 5; k++) await turn();
    expect(written).toHaveLength(1);
    waits[0]!();
    for (let k = 0; k < 20 && waits.length === 1; k++) await turn();
    expect(written).toHaveLength(2);
    waits[1]!();
    expect(await run).toBe(1); // the example with errors
    expect((JSON.parse(written.join('\n')) as { file: string }[]).map((r) => path.basename(r.file))).toEqual(['红旗区人民政府2024年度报告.txt', '翠云峰街道2024年度报告（含错误）.txt']);
  });

  it('drained() resolves at once with room in the stream, else when the reader has taken it', async () => {
    const pipe = new PassThrough({ highWaterMark: 4 });
    await drained(pipe);
    pipe.write('一份年报的输出');
    let done = false;
    const wait = drained(pipe).then(() => (done = true));
    await turn();
    expect(done).toBe(false);
    pipe.read();
    await wait;
    expect(done).toBe(true);
  });
});
