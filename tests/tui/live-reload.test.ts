// --watch in the UI: an edit to the story reloads it under the running session (the path is
// replayed on the new version, the pane shows the whole path again with what changed marked); a
// version that does not compile is shown in a window, and the session goes on with the last good
// one. The same through a real terminal: live-reload-terminal.test.ts.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fixture } from './boot.ts';
import { type Headless, headless, KEY } from './harness.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function waitFor(h: Headless, test: (screen: string) => boolean, ms = 10_000): Promise<string> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    await h.settle();
    if (test(h.text())) return h.text();
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out; the screen:\n${h.text()}`);
}

it('reloads an edited story under the running session, and shows compile errors without losing it', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caviar-watch-'));
  dirs.push(dir);
  const story = path.join(dir, 'story.ink');
  fs.copyFileSync(fixture('conference.ink'), story);
  const edit = (from: string, to: string) => fs.writeFileSync(story, fs.readFileSync(story, 'utf8').replace(from, to));
  const h = headless(100, 30);
  const env = { ...process.env, CAVIAR_SAVES: path.join(dir, 'saves'), CAVIAR_CONFIG: path.join(dir, 'config'), CAVIAR_CACHE: path.join(dir, 'cache') };
  const run = main([story, '--watch', '--no-anim'], { stdin: h.input, stdout: h.output, stderr: new PassThrough(), env });
  await waitFor(h, (s) => s.includes('┌─ Choices'));
  await h.press('1');
  expect(h.text()).toContain('It is dry and brief.');

  edit('It is dry and brief.', 'It is dry, brief, and edited live.');
  let screen = await waitFor(h, (s) => s.includes('Story reloaded: replayed your 1 choice. 1 line changed.'));
  expect(screen).toContain('✎ You shake the hand offered. It is dry, brief, and edited live.');
  // The whole path again: the first passage is still in the pane.
  expect(screen).toContain('Welcome to Moscow, comrades.');
  expect(screen).not.toContain('It is dry and brief.');
  expect(screen).toContain('1. Open the tin');

  edit('=== meeting ===', '=== meeting ===\n{ broken');
  screen = await waitFor(h, (s) => s.includes('┌─ Story not reloaded'));
  expect(screen).toContain('The story has errors; still playing the version before them:');
  expect(screen).toMatch(/story\.ink:\d+: error/);
  await h.press(KEY.esc, '1');
  expect(h.text()).toContain('You open it. Black pearls');

  edit('{ broken', '');
  edit('[Open the tin]', '[Prise the tin open]');
  // Only reworded: followed by its position, and said in a window (more than the hint line holds).
  screen = await waitFor(h, (s) => s.includes('Story reloaded: replayed your 2 choices.'));
  expect(screen).toContain('┌─ Messages');
  expect(screen).toContain('The choice of turn 2, "Open the tin", now reads "Prise the tin open":');
  await h.press(KEY.esc);
  expect(h.text()).toContain('› Prise the tin open ✎');
  expect(h.text()).toContain('1. Ask about tanks');
  await h.press('q');
  expect(await run).toBe(0);
  h.dispose();
}, 60_000);
