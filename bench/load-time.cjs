// `node bench/load-time.cjs <bundle>`: prints the milliseconds Node takes to read and evaluate an
// extension bundle (`require`), what the extension host pays before `activate` runs. `vscode`
// exists only inside the extension host: here it is a stand-in that answers every property
// access, call and construction, enough for a bundle's top level (bench/size-bench.ts).
const Module = require('node:module');
const vscode = new Proxy(function () {}, {
  get: (_, key) => (key === Symbol.toPrimitive ? () => '' : key === 'prototype' ? {} : vscode),
  apply: () => vscode,
  construct: () => ({}),
});
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};
const bundle = require('node:path').resolve(process.argv[2]);
const t0 = process.hrtime.bigint();
require(bundle);
// Measured before `process.stdout` is touched: its getter sets up the stream (milliseconds).
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
process.stdout.write(`${ms}\n`);
