import { defineConfig } from 'vitest/config';

// Unit tests run in plain node; browser tests are Playwright's (tests/browser).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
