import { fileURLToPath } from 'node:url';
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
      // The UI tests pin the terminal: blessed's own copy of xterm-256color (BLESSED-NOTES).
      TERM: 'xterm-256color',
      // Save menus show local times: pin the zone so the expected times hold anywhere.
      TZ: 'UTC',
      TERMINFO: fileURLToPath(new URL('./tests/tui/fixtures/terminfo', import.meta.url)),
    },
  },
});
