// Keys of the main screen: choices by number and by arrows, scrolling, undo/redo, quitting.

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSaveFile } from '../../src/saves/store.ts';
import { boot, closeAll } from './boot.ts';
import { KEY } from './harness.ts';
import { rowOf, shows } from './screen.ts';

afterEach(closeAll);

describe('keys', () => {
  it('1-9 take a choice; a number with no choice does nothing', async () => {
    const b = await boot();
    await b.press('7');
    expect(b.controller.session.state.turn).toBe(0);
    await b.press('2');
    expect(shows(b, '› Look for the car')).toBe(true);
    expect(b.rows().find((r) => r.includes('Mood'))).toMatch(/Mood +wary/);
  });

  it('arrows move the selection and Enter takes it', async () => {
    const b = await boot();
    await b.press(KEY.down);
    expect(shows(b, '›2. Look for the car')).toBe(true);
    expect(shows(b, ' 1. Shake his hand')).toBe(true);
    await b.press(KEY.down, KEY.up, KEY.down, KEY.enter);
    expect(b.controller.session.path().map((c) => c.text)).toEqual(['Look for the car']);
  });

  it('u undoes and r redoes, through the same commands as plain mode', async () => {
    const b = await boot();
    await b.press('1', '2');
    await b.press('u');
    expect(b.controller.session.state.turn).toBe(1);
    expect(shows(b, 'Back to turn 1.')).toBe(true);
    expect(shows(b, '›1. Open the tin')).toBe(true);
    await b.press('r');
    expect(b.controller.session.path().map((c) => c.text)).toEqual(['Shake his hand', 'Leave it']);
  });

  it('PgUp/PgDn, Shift-arrows, Home/End scroll the story; Tab gives the arrows to the story', async () => {
    const b = await boot({ story: 'long.ink', cols: 60, rows: 16 });
    await b.press('1');
    // After a choice the new passage is shown from its start, with more below.
    expect(shows(b, '› Go on')).toBe(true);
    expect(shows(b, 'PgDn ↓ more')).toBe(true);
    await b.press(KEY.pageDown, KEY.pageDown, KEY.pageDown);
    expect(shows(b, 'Paragraph ten.')).toBe(true);
    expect(shows(b, 'PgDn ↓ more')).toBe(false);
    await b.press(KEY.pageUp);
    expect(shows(b, 'Paragraph ten.')).toBe(false);
    await b.press(KEY.end);
    expect(shows(b, 'Paragraph ten.')).toBe(true);
    await b.press(KEY.home);
    expect(shows(b, 'Paragraph one of the long road.')).toBe(true);
    const top = b.rows()[1];
    await b.press('\x1b[1;2B'); // Shift-Down
    expect(b.rows()[1]).not.toBe(top);
    await b.press(KEY.tab, KEY.down, KEY.down);
    expect(b.controller.session.state.turn).toBe(1); // arrows scrolled, chose nothing
    await b.press(KEY.tab, KEY.enter);
    expect(b.controller.session.state.ended).toBe(true);
  });

  it('q saves and quits with 0; the autosave holds the path', async () => {
    const b = await boot();
    await b.press('1');
    const saves = path.join(b.dir, 'saves');
    fs.rmSync(saves, { recursive: true, force: true });
    await b.press('q');
    expect(await b.tui.done).toBe(0);
    const save = readSaveFile(path.join(saves, 'autosave-the-small-conference.json'));
    expect(save.choices.map((c) => c.text)).toEqual(['Shake his hand']);
  });

  it('Ctrl-C saves and quits with 130', async () => {
    const b = await boot();
    await b.press('2', KEY.ctrlC);
    expect(await b.tui.done).toBe(130);
    expect(readSaveFile(path.join(b.dir, 'saves', 'autosave-the-small-conference.json')).choices).toHaveLength(1);
  });

  it('q leaves at once even from an overlay, but types into a save name', async () => {
    const b = await boot();
    await b.press('s', KEY.enter, 'q');
    expect(shows(b, 'Name: q')).toBe(true);
    await b.press(KEY.esc, 'q');
    expect(await b.tui.done).toBe(0);
  });

  it('Ctrl-L redraws a screen scribbled over', async () => {
    const b = await boot();
    b.output.write('\x1b[2J\x1b[HGARBAGE');
    await b.settle();
    expect(shows(b, 'GARBAGE')).toBe(true);
    await b.press(KEY.ctrlL);
    expect(shows(b, 'GARBAGE')).toBe(false);
    expect(rowOf(b, 'Shake his hand')).toBeGreaterThan(0);
  });
});

describe('many choices', () => {
  it('numbers 1-9, reaches the rest with the arrows, and says when some are out of view', async () => {
    const b = await boot({ story: 'many.ink', cols: 60, rows: 16 });
    expect(shows(b, 'Choices: 12, ↑↓ for all')).toBe(true);
    expect(shows(b, 'Door twelve')).toBe(false);
    for (let i = 0; i < 11; i++) await b.press(KEY.down);
    expect(shows(b, '›   Door twelve, the last one')).toBe(true);
    expect(shows(b, '1. Door one')).toBe(false);
    await b.press(KEY.enter);
    expect(b.controller.session.path().map((c) => c.text)).toEqual(['Door twelve, the last one']);
  });

  it('9 takes the ninth', async () => {
    const b = await boot({ story: 'many.ink', cols: 100, rows: 40 });
    expect(shows(b, 'Choices: 12')).toBe(false); // all in view on a tall terminal
    await b.press('9');
    expect(b.controller.session.path().map((c) => c.text)).toEqual(['Door nine']);
  });
});
