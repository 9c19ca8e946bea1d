import { defineConfig } from 'vitest/config';

/**
 * The consumer test (`npm run test:consumer`): packs the package and lints fixtures with the real
 * ESLint 9 and 10 in temporary projects. Slow, so kept out of the main `vitest run`.
 */
export default defineConfig({
  test: {
    include: ['tests/consumer/**/*.test.ts'],
    // Installing the temporary projects (a cold npm cache downloads them) happens in a hook.
    hookTimeout: 600_000,
    testTimeout: 120_000,
  },
});
