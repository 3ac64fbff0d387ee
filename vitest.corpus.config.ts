import { defineConfig } from 'vitest/config';

// `npm run test:corpus`: plays every story of ../shared/corpus (when present) in plain mode.
export default defineConfig({
  test: {
    include: ['tests/corpus/**/*.test.ts'],
    testTimeout: 120_000,
    env: { LANG: 'C.UTF-8' },
  },
});
