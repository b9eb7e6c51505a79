import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { catalogPlugin } from './scripts/catalog-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact(), catalogPlugin(process.cwd())],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', 'tests/unit/setup-i18n.ts', 'tests/unit/setup-dom.ts'],
    // Above the 10 s a search for an element may wait (tests/unit/setup-dom.ts).
    testTimeout: 20_000,
    restoreMocks: true,
    // Detector tests mostly wait for a site's simulated reply (real timers), not the CPU: a few more files at once than
    // the machine's 2 cores keeps the suite at a few minutes instead of ten.
    maxWorkers: 4,
  },
});
