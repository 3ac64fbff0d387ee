// An ink runtime error or the watchdog inside the UI: a readable panel with the story location
// and the ways on, never a stack trace; the session stays usable.

import { afterEach, describe, expect, it } from 'vitest';
import { boot, closeAll } from './boot.ts';
import { KEY } from './harness.ts';
import { shows } from './screen.ts';

afterEach(closeAll);

const noStackTrace = (text: string) => {
  expect(text).not.toMatch(/\bat .*\.(ts|js):\d+/);
  expect(text).not.toMatch(/Error:|TypeError|node_modules/);
};

describe('error panel', () => {
  it('shows an ink runtime error with where it happened and the ways on', async () => {
    const b = await boot({ story: 'broken.ink', cols: 80, rows: 24 });
    await b.press('1');
    expect(shows(b, 'The story stopped')).toBe(true);
    expect(shows(b, 'Ink runtime error:')).toBe(true);
    expect(shows(b, 'LIST_VALUE')).toBe(true);
    expect(shows(b, 'tests/tui/fixtures/broken.ink:5')).toBe(true);
    expect(shows(b, 'That choice was not taken.')).toBe(true);
    for (const way of [' u undo', ' l load a save', ' q quit']) expect(shows(b, way), way).toBe(true);
    noStackTrace(b.text());
    // The story text before the fault is still there.
    expect(shows(b, 'Before the fault.')).toBe(true);
  });

  it('u goes back to before the failed choice, and play goes on', async () => {
    const b = await boot({ story: 'broken.ink', cols: 80, rows: 24 });
    await b.press('1', 'u');
    expect(shows(b, 'The story stopped')).toBe(false);
    expect(shows(b, '›1. Break it')).toBe(true);
    await b.press('3');
    expect(shows(b, 'Safe and sound.')).toBe(true);
  });

  it('l opens the load menu from the panel', async () => {
    const b = await boot({ story: 'broken.ink', cols: 80, rows: 24 });
    await b.press('s', KEY.down, KEY.enter); // a quicksave before the fault
    await b.press('1', 'l');
    expect(shows(b, '┌─ Load')).toBe(true);
    expect(shows(b, 'quicksave-fault-lines')).toBe(true);
    await b.press(KEY.enter);
    expect(shows(b, 'Loaded "quicksave-fault-lines" (turn 0).')).toBe(true);
    expect(shows(b, '›1. Break it')).toBe(true);
  });

  it('q from the panel leaves with 1: the story is broken (as in plain mode)', async () => {
    const b = await boot({ story: 'broken.ink', cols: 80, rows: 24 });
    await b.press('1', 'q');
    expect(await b.tui.done).toBe(1);
  });

  it('shows the watchdog stop, naming the knot, even on a small terminal', async () => {
    const b = await boot({ story: 'broken.ink', cols: 40, rows: 12, stepLimitMs: 200 });
    await b.press('2');
    expect(shows(b, 'Stopped:')).toBe(true);
    expect(shows(b, 'inside spin')).toBe(true);
    expect(shows(b, ' q quit')).toBe(true); // the ways on fit even at 40x12
    noStackTrace(b.text());
    await b.press('u');
    expect(shows(b, '›1. Break it')).toBe(true);
  });
});
