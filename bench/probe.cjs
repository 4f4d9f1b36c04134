// Preloaded into the language server by the bench (`node --expose-gc -r bench/probe.cjs`):
// on SIGUSR2 it collects garbage and writes the heap in use and the CPU time used so far to
// the file named by OGI_PROBE_OUT, so the bench can read the server's own figures without
// the server knowing it is measured.
const fs = require('node:fs');
const out = process.env.OGI_PROBE_OUT;
if (out) {
  process.on('SIGUSR2', () => {
    if (typeof global.gc === 'function') {
      global.gc();
      global.gc();
    }
    const cpu = process.cpuUsage();
    const m = process.memoryUsage();
    fs.writeFileSync(out + '.tmp', JSON.stringify({ heapUsed: m.heapUsed, rss: m.rss, cpuMs: (cpu.user + cpu.system) / 1000 }));
    fs.renameSync(out + '.tmp', out);
  });
}
