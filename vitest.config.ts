import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.tsx'],
    environment: 'node',
    // PDF and crypto tests are CPU-bound; two cores on CI.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
