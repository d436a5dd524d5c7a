import { defineConfig } from 'vitest/config';

// Unit tests run in plain node; browser tests are Playwright's (tests/browser).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Import tests run mapshaper on real-size shapes; a busy 2-core machine needs headroom.
    testTimeout: 30_000,
  },
});
