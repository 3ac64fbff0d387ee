// A string doubling in a loop in the terminal UI (issue 18.2): where V8's fatal "invalid size"
// used to kill the process and leave the terminal raw (no echo, alternate screen, no cursor),
// the story stops with the limit named, the player goes back, and the terminal comes back whole.

import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { expectRestored, terminalTests, TmuxApp } from './tmux.ts';

const apps = terminalTests();
const DOUBLING = fileURLToPath(new URL('../fixtures/step-bounds/string-doubling.ink', import.meta.url));

it('a string doubling in a loop stops with the limit named, and the terminal is restored', async () => {
  const app = new TmuxApp([DOUBLING, '--no-anim'], { cols: 100, rows: 30 });
  apps.push(app);
  await app.waitFor('Grow the string');
  app.keys('1');
  const screen = await app.waitFor('made a string longer than 1,000,000');
  expect(screen).not.toMatch(/internal error|Fatal/);
  app.keys('u');
  await app.waitFor('2. Stay safe');
  app.keys('2');
  await app.waitFor('Safe.');
  app.keys('q');
  expect(await app.exitCode()).toBe(0);
  expectRestored(app, app.screen());
}, 60_000);
