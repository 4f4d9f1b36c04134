/**
 * The browser the Chromium tests drive: Debian's chromium and playwright-core, which is installed
 * in test/e2e (not at the root). Without either a test skips — except when CI runs the browser
 * tests again after the e2e set-up with OGI_REQUIRE_BROWSER=1: there a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** playwright-core typed as the caller needs it (its types are not at the root), or null when absent. */
export function loadPlaywright<P>(): P | null {
  let playwright: P | null = null;
  if (existsSync(CHROMIUM)) {
    try {
      playwright = createRequire(path.resolve(__dirname, '../e2e/package.json'))('playwright-core') as P;
    } catch {
      playwright = null;
    }
  }
  if (!playwright && process.env.OGI_REQUIRE_BROWSER) throw new Error(`chromium (${CHROMIUM}) or playwright-core (test/e2e) is missing`);
  return playwright;
}
