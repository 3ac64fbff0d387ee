// --watch in a real terminal (tmux): the story file is edited on disk under the running
// binary, and each test waits for the screen to show the new version (no sleeps).

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.ts';
import { fixture } from './boot.ts';
import { autosaveTexts, expectRestored, terminalTests, TmuxApp } from './tmux.ts';

const apps = terminalTests();

/** `caviar STORY --watch` on a copy of live-edit.ink, and a way to edit that copy as an editor would. */
function launch(args: string[], cols: number, rows: number, prepare: (source: string) => string = (s) => s) {
  const dir = tempDir('caviar-watch-');
  const story = path.join(dir, 'live-edit.ink');
  fs.writeFileSync(story, prepare(fs.readFileSync(fixture('live-edit.ink'), 'utf8')));
  const app = new TmuxApp([story, '--watch', '--no-anim', ...args], { cols, rows }, { CAVIAR_CACHE: path.join(dir, 'cache') });
  apps.push(app);
  const edit = (from: string, to: string) => {
    const text = fs.readFileSync(story, 'utf8');
    if (!text.includes(from)) throw new Error(`the story has no "${from}" to edit`);
    fs.writeFileSync(story, text.replace(from, to));
  };
  return { app, edit };
}

/** The screen's last row: the hint line, where the status messages go. */
const hintLine = (screen: string) => screen.trimEnd().split('\n').at(-1)!;
/** The screen's text with the rows run together, for messages a window wraps. */
const runTogether = (screen: string) => screen.replace(/[│┌┐└┘─]/g, ' ').replace(/\s+/g, ' ');

describe('--watch in a real terminal', () => {
  it('shows the whole path again with changed lines marked, follows a reworded choice, and never leaves a stale status', async () => {
    const { app, edit } = launch([], 120, 40);
    await app.waitFor('Wait by the door');
    app.keys('1');
    await app.waitFor('2. Say nothing');
    app.keys('1');
    await app.waitFor('1. Sit down');

    edit('The hall is cold.', 'The hall is cold and dim.');
    let screen = await app.waitFor('✎ The hall is cold and dim.');
    // The whole path, not only the newest passage: the first turn's text is back in the pane.
    expect(screen).toContain('Turn zero: the station.');
    expect(screen).toContain('› Wait by the door');
    expect(screen).toContain('The office is warm.');
    expect(screen).not.toContain('✎ The office is warm.');
    expect(hintLine(screen)).toContain('Story reloaded: replayed your 2 choices. 1 line changed.');

    edit('The office is warm.', 'The office is warm.\n{ broken');
    screen = await app.waitFor('┌─ Story not reloaded');
    expect(screen).toMatch(/live-edit\.ink:\d+: error/);
    // The "Story reloaded" of the version before is not left beside the errors.
    expect(screen).not.toContain('Story reloaded');
    expect(hintLine(screen)).toContain('The story has errors; still playing the version before them.');

    // Mended, and the quoted choice reworded in the same save.
    edit('{ broken', '');
    edit(`["I'm here to see the minister."]`, `["I am here to see the minister."]`);
    screen = await app.waitFor('┌─ Messages');
    const told = runTogether(screen);
    expect(told).toContain(`The choice of turn 2, "I'm here to see the minister.", now reads "I am here to see the minister.": followed by its position (1).`);
    expect(told).not.toContain('""');
    app.keys('Escape');
    screen = await app.waitFor((s) => !s.includes('┌─ Messages'));
    expect(screen).toContain('› "I am here to see the minister." ✎');
    expect(screen).toContain('1. Sit down');
    expect(screen).not.toContain('Story not reloaded');

    // The choice taken is gone: the path stops before it, and the message reads as a sentence.
    edit(`* ["I am here to see the minister."] The clerk looks up.\n  -> office\n`, '');
    screen = await app.waitFor('Your path no longer fits');
    expect(runTogether(screen)).toContain(
      'Your path no longer fits: at turn 2 the story no longer offers "I am here to see the minister."; it offers "Say nothing".',
    );
    app.keys('Escape');
    await app.waitFor('1. Say nothing');
    expect(autosaveTexts(app)).toEqual(['Wait by the door']);
    app.keys('q');
    expect(await app.exitCode()).toBe(0);
    expectRestored(app, app.screen());
  }, 90_000);

  it('scrolls back through the whole path after a reload', async () => {
    const { app, edit } = launch([], 60, 12);
    await app.waitFor('Wait by the door');
    app.keys('1');
    await app.waitFor('Say nothing');
    app.keys('1');
    await app.waitFor('Sit down');
    edit('Turn zero: the station.', 'Turn zero: the station at dawn.');
    // The first change is brought into view, at the top of the path.
    expect(await app.waitFor('✎ Turn zero: the station at dawn.')).not.toContain('The office is warm.');
    app.keys('End');
    await app.waitFor((s) => s.includes('The office is warm.') && !s.includes('Turn zero'));
    app.keys('Home');
    const screen = await app.waitFor('✎ Turn zero: the station at dawn.');
    expect(screen).toContain('› Wait by the door');
    app.keys('q');
    expect(await app.exitCode()).toBe(0);
  }, 60_000);

  it('starts on a story that does not compile and waits for a version that does (the UI)', async () => {
    const { app, edit } = launch([], 100, 30, (s) => s.replace('The office is warm.', 'The office is warm.\n{ broken'));
    let screen = await app.waitFor('waiting for a version that compiles');
    expect(screen).toMatch(/live-edit\.ink:\d+: error/);
    edit('{ broken', '');
    screen = await app.waitFor('1. Wait by the door');
    expect(screen).toContain('Turn zero: the station.');
    app.keys('q');
    expect(await app.exitCode()).toBe(0);
    expectRestored(app, app.screen());
  }, 60_000);

  it('plain mode: the whole path again with [changed] marks, and a start that waits for a good version', async () => {
    const { app, edit } = launch(['--plain'], 100, 40, (s) => s.replace('The hall is cold.', 'The hall is cold.\n{ broken'));
    await app.waitFor('waiting for a version that compiles');
    edit('{ broken', '');
    await app.waitFor('2) Leave');
    app.type('1\n');
    await app.waitFor('2) Say nothing');
    edit('The hall is cold.', 'The hall is freezing.');
    const screen = await app.waitFor('[changed] The hall is freezing.');
    expect(screen).toMatch(/Story reloaded: replayed your 1 choice\. 1 line changed\.\nTurn zero: the station\.\n> Wait by the door\nYou wait by the door\.\n\[changed\] The hall is freezing\.\n1\) "I'm here to see the minister\."\n2\) Say nothing\n>/);
    app.keys('C-d');
    expect(await app.exitCode()).toBe(0);
  }, 60_000);
});
