// Bundles the @vscode/test-electron runner and the in-editor suite into out/electron/.
import * as esbuild from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning' };
await Promise.all([
  esbuild.build({ ...common, entryPoints: ['test/electron/runTest.ts'], outfile: 'out/electron/runTest.js' }),
  esbuild.build({ ...common, entryPoints: ['test/electron/suite.ts'], outfile: 'out/electron/suite.js', external: ['vscode'] }),
]);
