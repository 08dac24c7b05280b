import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { glossDataset } from './build/vite-plugin';

/** Unit and data tests: Node + happy-dom, fake IndexedDB, WXT's fake browser. */
export default defineConfig({
  plugins: [WxtVitest(), preact(), glossDataset()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/data/**/*.test.ts'],
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', './tests/unit/setup.ts'],
    globals: true,
  },
});
