import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/corpus/**'],
    // Tests spawn real child processes and compile real stories: give them room on 2 cores.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    env: {
      LANG: 'C.UTF-8',
      TMUX: '',
      NO_COLOR: '',
    },
  },
});
