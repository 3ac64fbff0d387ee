// The typewriter reveal: new text appears letter by letter, any key completes it, and it is
// off when asked.

import { afterEach, describe, expect, it } from 'vitest';
import { boot, closeAll } from './boot.ts';
import { shows } from './screen.ts';

afterEach(closeAll);

const slow = { step: 4, frameMs: 40 };

describe('typewriter', () => {
  it('reveals new text gradually, choices after it; a key completes it and does nothing else', async () => {
    const b = await boot({ settings: { typewriter: true }, typewriter: slow });
    await b.press('1');
    await new Promise((r) => setTimeout(r, 150));
    await b.settle();
    expect(shows(b, 'You shake the hand offered. It is dry and brief.')).toBe(false);
    expect(shows(b, '(any key shows the rest)')).toBe(true);
    expect(shows(b, 'Open the tin')).toBe(false);
    await b.press('2'); // completes the reveal; not taken as a choice
    expect(shows(b, 'You shake the hand offered. It is dry and brief.')).toBe(true);
    expect(shows(b, 'in a careful hand.')).toBe(true);
    expect(shows(b, '›1. Open the tin')).toBe(true);
    expect(b.controller.session.state.turn).toBe(1);
  });

  it('finishes by itself', async () => {
    const b = await boot({ settings: { typewriter: true }, typewriter: { step: 40, frameMs: 5 } });
    await b.press('1');
    // Real timers: wait for the reveal to end (about 80 ms here), however busy the machine.
    for (let i = 0; i < 100 && !shows(b, 'in a careful hand.'); i++) {
      await new Promise((r) => setTimeout(r, 30));
      await b.settle();
    }
    expect(shows(b, 'in a careful hand.')).toBe(true);
    expect(shows(b, '›1. Open the tin')).toBe(true);
  });

  it('is off with the setting off (--no-anim): the text is there at once', async () => {
    const b = await boot({ settings: { typewriter: false }, typewriter: slow });
    await b.press('1');
    expect(shows(b, 'in a careful hand.')).toBe(true);
    expect(shows(b, '›1. Open the tin')).toBe(true);
  });

  it('does not replay text on undo', async () => {
    const b = await boot({ settings: { typewriter: true }, typewriter: slow });
    await b.press('1', 'x', '1', 'x', 'u');
    expect(shows(b, 'in a careful hand.')).toBe(true);
    expect(shows(b, '(any key shows the rest)')).toBe(false);
  });
});
