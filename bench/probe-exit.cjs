// Preloaded into a CLI or floor process by the bench (`node -r bench/probe-exit.cjs`): when the
// process exits it writes its peak resident memory and CPU time to OGI_PROBE_EXIT, so figures
// are the process's own (CPU time moves less than wall time on a loaded machine).
const fs = require('node:fs');
const out = process.env.OGI_PROBE_EXIT;
if (out) {
  process.on('exit', () => {
    const r = process.resourceUsage();
    fs.writeFileSync(out, JSON.stringify({ maxRssMB: r.maxRSS / 1024, cpuMs: (r.userCPUTime + r.systemCPUTime) / 1000 }));
  });
}
