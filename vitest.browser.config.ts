import { defineConfig } from 'vitest/config';

/**
 * Real-browser tests: the built extension in Chromium (playwright-core) and Firefox
 * (puppeteer-core over WebDriver BiDi). One file at a time: two browsers on two cores is plenty.
 */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});
