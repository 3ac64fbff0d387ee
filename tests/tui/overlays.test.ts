// Each overlay: help, save, load, history (rewind), notebook, options, the `:` command line.
// Esc closes every one of them.

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSaveFile } from '../../src/saves/store.ts';
import { boot, closeAll } from './boot.ts';
import { KEY } from './harness.ts';
import { rowOf, shows } from './screen.ts';

afterEach(closeAll);

async function escCloses(b: Awaited<ReturnType<typeof boot>>, title: string) {
  expect(shows(b, `┌─ ${title}`)).toBe(true);
  await b.press(KEY.esc);
  expect(shows(b, `┌─ ${title}`)).toBe(false);
}

describe('overlays', () => {
  it('? shows every key and every plain-mode command', async () => {
    const b = await boot({ cols: 100, rows: 50 });
    await b.press('?');
    for (const text of ['1-9', 'take that choice', 'PgUp PgDn', 'save: choose a slot', 'history', 'notebook', ':save [NAME]', ':back N', ':restart', 'q  Ctrl-C']) {
      expect(shows(b, text), text).toBe(true);
    }
    await escCloses(b, 'Help');
  });

  it('help scrolls when the terminal is short', async () => {
    const b = await boot({ cols: 60, rows: 14 });
    await b.press('?');
    expect(shows(b, 'scroll')).toBe(true);
    expect(shows(b, ':restart')).toBe(false);
    await b.press(KEY.end);
    expect(shows(b, 'caviar --continue')).toBe(true);
  });

  it('s saves to a new named slot; the menu then lists it with time, turn, location, last choice', async () => {
    const b = await boot();
    await b.press('1');
    await b.press('s', KEY.enter);
    await b.type('before-tin');
    await b.press(KEY.enter);
    expect(shows(b, 'Saved as "before-tin" (turn 1).')).toBe(true);
    expect(shows(b, '┌─ Save')).toBe(false);
    expect(readSaveFile(path.join(b.dir, 'saves', 'before-tin.json')).choices.map((c) => c.text)).toEqual(['Shake his hand']);
    await b.press('s');
    expect(shows(b, 'before-tin  2024-05-01 10:20  turn 1  National Hotel')).toBe(true);
    expect(shows(b, '› Shake his hand')).toBe(true);
    await escCloses(b, 'Save');
  });

  it("save times are the player's local time", async () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Tokyo'; // UTC+9 all year
    try {
      const b = await boot();
      await b.press('s', KEY.down, KEY.enter, 'l');
      expect(shows(b, 'quicksave-the-small-conference  2024-05-01 19:20  turn 0  Moscow')).toBe(true);
    } finally {
      process.env.TZ = zone;
    }
  });

  it('a bad save name is refused with the reason, inside the menu', async () => {
    const b = await boot();
    await b.press('s', KEY.enter);
    await b.type('no way!');
    await b.press(KEY.enter);
    expect(shows(b, 'is not a valid save name')).toBe(true);
    expect(shows(b, 'Name: no way!')).toBe(true);
  });

  it('s then Enter on quicksave saves there', async () => {
    const b = await boot();
    await b.press('2', 's', KEY.down, KEY.enter);
    expect(shows(b, 'Saved as "quicksave-the-small-conference" (turn 1).')).toBe(true);
    expect(fs.existsSync(path.join(b.dir, 'saves', 'quicksave-the-small-conference.json'))).toBe(true);
  });

  it('l lists the slots (autosave first, damaged ones marked) and loads one', async () => {
    const b = await boot();
    await b.press('1', '1');
    await b.press('s', KEY.down, KEY.enter); // quicksave at turn 2
    await b.press('u', 'u');
    fs.writeFileSync(path.join(b.dir, 'saves', 'broken.json'), '{"format":"caviar-save"');
    await b.press('l');
    const rows = b.rows();
    const auto = rows.findIndex((r) => r.includes('autosave-the-small-conference  2024-05-01 10:20  turn 0'));
    expect(auto).toBeGreaterThan(0);
    expect(rows.findIndex((r) => r.includes('quicksave-the-small-conference  2024-05-01 10:20  turn 2'))).toBeGreaterThan(auto);
    expect(shows(b, 'broken')).toBe(true);
    expect(shows(b, 'unreadable')).toBe(true);
    expect(shows(b, '› Open the tin')).toBe(true);
    // autosave, broken, quicksave: the damaged one cannot be chosen, the quicksave can.
    await b.press(KEY.down, KEY.enter);
    expect(shows(b, '┌─ Load')).toBe(true);
    await b.press(KEY.down, KEY.enter);
    expect(shows(b, 'Loaded "quicksave-the-small-conference" (turn 2).')).toBe(true);
    expect(b.controller.session.state.turn).toBe(2);
    expect(shows(b, 'The Kremlin, the next evening.')).toBe(true);
    expect(shows(b, '›1. Ask about tanks')).toBe(true);
  });

  it('h lists every turn with its choice, and choosing one rewinds there', async () => {
    const b = await boot();
    await b.press('2', '1', '2');
    await b.press('h');
    expect(rowOf(b, '1. Look for the car')).toBeGreaterThan(0);
    expect(rowOf(b, '2. Open the tin')).toBeGreaterThan(rowOf(b, '1. Look for the car'));
    expect(rowOf(b, '3. Ask about the caviar')).toBeGreaterThan(rowOf(b, '2. Open the tin'));
    expect(shows(b, 'now: turn 3')).toBe(true);
    await b.press(KEY.up, KEY.enter); // turn 2: the moment before "Open the tin"
    expect(shows(b, 'Back to the moment before choice 2.')).toBe(true);
    expect(b.controller.session.state.turn).toBe(1);
    expect(shows(b, '›1. Open the tin')).toBe(true);
    expect(shows(b, 'A tin of caviar sits on the desk')).toBe(true);
    expect(shows(b, 'Stalin listens')).toBe(false);
    // Another path from there.
    await b.press('2');
    expect(shows(b, 'Stalin listens')).toBe(true);
    expect(b.controller.session.path().map((c) => c.text)).toEqual(['Look for the car', 'Leave it']);
    await b.press('h');
    await escCloses(b, 'History');
  });

  it('n shows the notebook with the # clue entries', async () => {
    const b = await boot();
    await b.press('n');
    expect(shows(b, 'Nothing noted yet.')).toBe(true);
    await b.press(KEY.esc, '1');
    expect(shows(b, 'Notebook 1 note (n)')).toBe(true);
    await b.press('n');
    expect(shows(b, '• A tin of caviar in room 212 (turn 1)')).toBe(true);
    await escCloses(b, 'Notebook');
  });

  it(': runs every plain-mode command; output of several lines opens a window', async () => {
    const b = await boot();
    await b.press('1', '1');
    await b.press(':');
    await b.type('save mark');
    expect(b.rows().at(-1)).toMatch(/^:save mark/);
    await b.press(KEY.enter);
    expect(shows(b, 'Saved as "mark" (turn 2).')).toBe(true);
    await b.press(':');
    await b.type('history');
    await b.press(KEY.enter);
    expect(shows(b, '1. Shake his hand')).toBe(true);
    expect(shows(b, 'Now at turn 2.')).toBe(true);
    await escCloses(b, 'Messages');
    await b.press(':');
    await b.type('back 1');
    await b.press(KEY.enter);
    expect(b.controller.session.state.turn).toBe(0);
    await b.press(':');
    await b.type('bogus');
    await b.press(KEY.enter);
    expect(shows(b, 'Unknown command :bogus.')).toBe(true);
    // Up recalls earlier lines; Esc leaves without running anything.
    await b.press(':', KEY.up, KEY.up);
    expect(b.rows().at(-1)).toMatch(/^:back 1/);
    await b.press(KEY.esc);
    expect(b.rows().at(-1)).toContain('q quit');
    await b.press(':');
    await b.type('quit');
    await b.press(KEY.enter);
    expect(await b.tui.done).toBe(0);
  });

  it('o changes the theme and the typewriter, and remembers them in the config folder', async () => {
    const b = await boot();
    await b.press('o');
    expect(shows(b, 'Theme               default')).toBe(true);
    await b.press(KEY.enter);
    expect(shows(b, 'Theme               contrast')).toBe(true);
    await b.press(KEY.down, KEY.enter);
    expect(shows(b, 'Typewriter reveal   on')).toBe(true);
    const file = path.join(b.dir, 'config', 'settings.json');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ theme: 'contrast', typewriter: true });
    await escCloses(b, 'Options');
  });

  it('one overlay key switches straight to another', async () => {
    const b = await boot();
    await b.press('?', 'n');
    expect(shows(b, '┌─ Notebook')).toBe(true);
    expect(shows(b, '┌─ Help')).toBe(false);
  });
});
