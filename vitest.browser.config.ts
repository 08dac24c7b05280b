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
    // Real browsers on two busy cores occasionally miss a beat (a timer, a protocol round trip);
    // one retry keeps CI honest about real failures, which fail twice.
    retry: 1,
    reporters: ['default'],
  },
});
