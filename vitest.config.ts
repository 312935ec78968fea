import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// lib/ is plain TypeScript, so tests run in Node by default; UI tests opt into happy-dom
// with a `// @vitest-environment happy-dom` line at the top of the file.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    testTimeout: 20000,
  },
});
