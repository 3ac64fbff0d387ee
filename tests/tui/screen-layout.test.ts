// The whole UI on a headless terminal at the sizes a player has: what is on screen and where.

import { afterEach, describe, expect, it } from 'vitest';
import { boot, closeAll } from './boot.ts';
import { KEY } from './harness.ts';
import { cellsOf, rowOf, shows } from './screen.ts';

afterEach(closeAll);

describe('layout on screen', () => {
  it('at 120x40: story, choices, sidebar with title, date, location, watches, notebook; hint at the bottom', async () => {
    const b = await boot({ cols: 120, rows: 40 });
    const rows = b.rows();
    expect(rows[0]).toMatch(/^┌─ 28 September 1941 · Moscow ─+┐┌─+┐$/);
    expect(shows(b, 'The plane lands at the Central Aerodrome.')).toBe(true);
    expect(shows(b, 'Molotov: Welcome to Moscow, comrades.')).toBe(true);
    for (const text of ['The Small Conference', 'by Test Writer', 'Date', '28 September 1941', 'Location', 'Turn 0', 'Notebook 0 notes']) {
      expect(shows(b, text), text).toBe(true);
    }
    expect(rows.find((r) => r.includes('Trust'))).toMatch(/Trust +3│$/);
    expect(rows.find((r) => r.includes('Mood'))).toMatch(/Mood +calm│$/);
    expect(rows.find((r) => r.includes('Choices'))).toContain('┌─ Choices');
    expect(shows(b, '›1. Shake his hand')).toBe(true);
    expect(shows(b, ' 2. Look for the car')).toBe(true);
    expect(rows[39]).toMatch(/^ 1-9 choose .* \? help {2}q quit/);
    // The sidebar's right border is the last column on every row but the hint.
    for (let y = 0; y < 39; y++) expect(['│', '┐', '┘'], `row ${y}`).toContain(cellsOf(b, y)[119]);
  });

  it('at 80x24 the sidebar still fits', async () => {
    const b = await boot({ cols: 80, rows: 24 });
    expect(shows(b, 'The Small Conference')).toBe(true);
    expect(b.rows()[0]).toMatch(/┐┌─+┐$/);
    expect(b.rows()[23]).toContain('q quit');
  });

  it('at 40x12 the sidebar folds away and the title moves into the story border', async () => {
    const b = await boot({ cols: 40, rows: 12 });
    const rows = b.rows();
    expect(rows[0]).toMatch(/^┌─ The Small Conference · 28 Septemb… ─┐$/);
    expect(shows(b, 'Trust')).toBe(false);
    expect(shows(b, '›1. Shake his hand')).toBe(true);
    expect(rows[11]).toContain('q quit');
    expect(rows[11]!.length).toBeLessThanOrEqual(40);
  });

  it('below 40x12 asks to be made bigger, and comes back when enlarged', async () => {
    const b = await boot({ cols: 39, rows: 12 });
    expect(shows(b, 'Make me bigger!')).toBe(true);
    expect(shows(b, '39×12')).toBe(true);
    expect(shows(b, 'Shake his hand')).toBe(false);
    await b.press('1'); // keys other than q do nothing while it is too small
    expect(b.controller.session.state.turn).toBe(0);
    await b.resize(20, 6);
    expect(shows(b, 'Make me')).toBe(true);
    await b.resize(40, 12);
    expect(shows(b, 'Make me bigger!')).toBe(false);
    expect(shows(b, '›1. Shake his hand')).toBe(true);
  });

  it('echoes the choice just made and sets the new text apart from the old', async () => {
    const b = await boot({ cols: 100, rows: 30 });
    await b.press('1');
    const rows = b.rows();
    const echo = rowOf(b, '› Shake his hand');
    expect(echo).toBeGreaterThan(rowOf(b, 'Welcome to Moscow'));
    expect(rows[echo - 1]).toMatch(/^│ +│/); // a blank row before it
    expect(rowOf(b, 'You shake the hand offered.')).toBeGreaterThan(echo);
    // Old text is drawn in the "old" colour, new text in the terminal's own.
    const old = b.term.buffer.active.getLine(rowOf(b, 'The plane lands'))!.getCell(2)!;
    const fresh = b.term.buffer.active.getLine(rowOf(b, 'You shake the hand'))!.getCell(2)!;
    expect(old.getFgColor()).toBe(246);
    expect(fresh.isFgDefault()).toBe(true);
  });

  it('honours # CLEAR: the pane starts afresh at the cleared line', async () => {
    const b = await boot({ cols: 100, rows: 30 });
    await b.press('1', '1', '1');
    // The CLEAR of the turn before: everything above "The Kremlin" is gone.
    expect(shows(b, 'The Kremlin, the next evening.')).toBe(true);
    expect(shows(b, 'Narrator: Stalin listens')).toBe(true);
    expect(shows(b, 'National Hotel, room 212')).toBe(false);
    expect(shows(b, 'Black pearls')).toBe(false);
    expect(shows(b, '› Open the tin')).toBe(false);
  });

  it('a # CLEAR after text of the same turn keeps that text readable, behind a scene break', async () => {
    const b = await boot({ cols: 100, rows: 30 });
    await b.press('1', '1');
    // "You open it." comes in the same turn as the CLEAR of the next scene: it was never
    // seen, so it stays, with a rule between it and the new scene; older turns are cleared.
    const rows = b.rows();
    const echo = rowOf(b, '› Open the tin');
    const before = rowOf(b, 'You open it. Black pearls, enough for ten.');
    const scene = rowOf(b, 'The Kremlin, the next evening.');
    expect(echo).toBeGreaterThan(0);
    expect(before).toBeGreaterThan(echo);
    expect(scene).toBeGreaterThan(before);
    const rule = rows.slice(before + 1, scene).findIndex((r) => /│ ─{20,} *│/.test(r));
    expect(rule).toBeGreaterThanOrEqual(0);
    expect(shows(b, 'National Hotel, room 212')).toBe(false);
    expect(shows(b, 'Welcome to Moscow')).toBe(false);
    expect(shows(b, '›1. Ask about tanks')).toBe(true);
    // Undo and the same turn again: the scene break is drawn anew, not wiped.
    await b.press('u', '1');
    expect(shows(b, 'You open it. Black pearls')).toBe(true);
    expect(shows(b, 'The Kremlin, the next evening.')).toBe(true);
  });

  it('keeps {braces} in story text literal', async () => {
    const b = await boot({ cols: 100, rows: 30 });
    await b.press('1');
    expect(shows(b, 'A note under the door: {curly} braces stay')).toBe(true);
  });

  it('shows the end with the ways on', async () => {
    const b = await boot({ cols: 100, rows: 30 });
    await b.press('1', '1', '1');
    expect(shows(b, 'The protocol is signed on the first of October.')).toBe(true);
    expect(shows(b, 'The end')).toBe(true);
    expect(shows(b, 'THE END: The Protocol Signed')).toBe(true);
    expect(shows(b, 'Ending')).toBe(true);
    await b.press(KEY.enter); // nothing to take: no crash, nothing changes
    expect(b.controller.session.state.ended).toBe(true);
    // The ways on wrap rather than being cut (at 40x12 the pane has room for two rows only).
    for (const [cols, rows] of [
      [100, 30],
      [60, 24],
    ] as const) {
      await b.resize(cols, rows);
      const pane = b.rows().slice(rowOf(b, '┌─ The end')).join(' ').replace(/[│└┘─]/g, ' ').replace(/\s+/g, ' ');
      expect(pane, `${cols}x${rows}`).toContain('h goes back to any turn to take another path, m the branch map, e the endings, l loads, q quits.');
    }
  });
});
