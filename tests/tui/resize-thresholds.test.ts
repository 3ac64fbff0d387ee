// Resizing across every size where the layout changes, both ways and again: the sidebar folding
// at 80 columns (the story's border takes the title), the blank rows between paragraphs from 20
// rows, the "make me bigger" notice below 40x12. With the process handlers of the real app on,
// so that a throw anywhere (blessed's deferred label repositioning included) ends the UI.

import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { MIN_COLS, MIN_ROWS, SIDEBAR_MIN_COLS } from '../../src/ui/tui/layout.ts';
import { boot, closeAll } from './boot.ts';
import { shows } from './screen.ts';

afterEach(closeAll);

// A hub with no title tag: its title is the file's name, in the story's border below 80
// columns, and no label at all above (no date or place either).
const HUB = fileURLToPath(new URL('../fixtures/hub.ink', import.meta.url));

const THRESHOLDS: ReadonlyArray<readonly [number, number]> = [
  [100, 30],
  [SIDEBAR_MIN_COLS - 1, 24],
  [100, 30],
  [SIDEBAR_MIN_COLS, 24],
  [SIDEBAR_MIN_COLS - 1, 24],
  [MIN_COLS, MIN_ROWS],
  [MIN_COLS - 1, MIN_ROWS],
  [MIN_COLS, MIN_ROWS - 1],
  [MIN_COLS, MIN_ROWS],
  [SIDEBAR_MIN_COLS, 19],
  [SIDEBAR_MIN_COLS, 20],
  [140, 45],
  [SIDEBAR_MIN_COLS - 1, 30],
  [MIN_COLS - 1, MIN_ROWS - 1],
  [100, 30],
];

describe('resizing across every layout threshold', () => {
  it('widening across 80 columns does not crash (blessed repositioned a label the story border had dropped)', async () => {
    const b = await boot({ story: HUB, cols: 100, rows: 30, guardProcess: true });
    let ended = false;
    void b.tui.done.then(() => (ended = true));
    for (let round = 0; round < 3; round++) {
      for (const [cols, rows] of round === 1 ? [...THRESHOLDS].reverse() : THRESHOLDS) {
        await b.resize(cols, rows);
        const at = `${cols}x${rows}, round ${round + 1}`;
        expect(b.errors, at).toEqual([]);
        expect(ended, at).toBe(false);
        if (cols < MIN_COLS || rows < MIN_ROWS) {
          expect(shows(b, 'Make me bigger!'), at).toBe(true);
          continue;
        }
        const screen = b.rows();
        expect(shows(b, '1. Go to the market'), at).toBe(true);
        for (const row of screen) expect(row.length, at).toBeLessThanOrEqual(cols);
        if (cols >= SIDEBAR_MIN_COLS) {
          expect(screen[0], at).toMatch(/^┌─+┐┌─+┐$/); // no label: the sidebar has the title
          expect(screen[0]!.length, at).toBe(cols);
        } else {
          expect(screen[0], at).toMatch(/^┌─ hub ─+┐$/);
        }
      }
      await b.press(round === 0 ? '1' : '2'); // the story moves on between rounds
    }
    expect(await b.close()).toBe(0);
  });
});
