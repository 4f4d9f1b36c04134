import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'server/src/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    // Several suites build the bundles (scripts/build.mjs) in beforeAll: ~12 s on two loaded cores,
    // more while the whole suite runs beside it.
    hookTimeout: 120_000,
  },
});
