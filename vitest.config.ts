import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/.git/**', 'tests/consumer/**', 'tests/server/**'],
    testTimeout: 30_000,
  },
});
