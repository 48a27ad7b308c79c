import { defineConfig } from 'vitest/config';

/**
 * `npm run test:browser`: ip render in Debian's Chromium (playwright-core,
 * no browser download). Kept apart from `npm test`, whose include pattern
 * (test/**\/*.test.ts) does not match these *.browser.ts files.
 */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.ts'],
    // One browser, started once per file; starting Chromium on a loaded 2-core machine takes a while.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
