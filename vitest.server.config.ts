import { defineConfig } from 'vitest/config';

/**
 * The server suite (`npm run test:server`): every run-time claim about Parse Server, tested against
 * one real Parse Server on PostgreSQL that tests/server/global-setup.ts starts and stops.
 */
export default defineConfig({
  test: {
    include: ['tests/server/**/*.test.ts'],
    globalSetup: ['tests/server/global-setup.ts'],
    // One server for the suite: the files run one after the other, so that timings stay honest.
    fileParallelism: false,
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
