import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { catalogPlugin } from './scripts/catalog-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact(), catalogPlugin(process.cwd())],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', 'tests/unit/setup-i18n.ts'],
    restoreMocks: true,
    // Detector tests mostly wait for a site's simulated reply (real timers), not the CPU: a few more files at once than
    // the machine's 2 cores keeps the suite at a few minutes instead of ten.
    maxWorkers: 4,
  },
});
