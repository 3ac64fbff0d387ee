// The branch map view (`m`): the tree of every path taken, folded to the points where something
// happens; moving through it, folding, and going to any point (controller.jumpTo). On a map of
// thousands of points it draws a window at a time.

import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { BranchMap } from '../../src/branches/map.ts';
import { Session } from '../../src/engine/session.ts';
import type { SessionState } from '../../src/engine/state.ts';
import { loadStory } from '../../src/story/load.ts';
import { boot, type Booted, closeAll, fixture } from './boot.ts';
import { KEY } from './harness.ts';
import { rowOf, shows } from './screen.ts';

afterEach(closeAll);

/** Two branches from "Shake his hand": one to the ending, one where the player now stands. */
async function twoBranches(cols = 100, rows = 30): Promise<Booted> {
  const b = await boot({ cols, rows });
  await b.press('1', '1', '1', 'u', 'u', '2');
  return b;
}

const selectedRow = (b: Booted) => b.rows().find((r) => /│›/.test(r)) ?? '';

describe('the branch map view', () => {
  it('m draws the tree: the choices that lead to each point, folds, endings, choices never taken, where you are', async () => {
    const b = await twoBranches();
    await b.press('m');
    expect(shows(b, '┌─ Branch map: 1 playthrough, 5 choice points, 1 of 1 endings')).toBe(true);
    const start = rowOf(b, '▾ Start · The plane lands at the Central Aerodrome.');
    const shake = rowOf(b, '▾ Shake his hand · You shake the hand offered.');
    const tin = rowOf(b, '· Open the tin (+1) ◆ The Protocol Signed · "Tanks," he says');
    const leave = rowOf(b, '▾ Leave it ◉ you are here · You leave it where it is.');
    expect(start).toBeGreaterThan(0);
    expect([shake, tin, leave]).toEqual([start + 1, start + 2, start + 3]);
    expect(rowOf(b, '– never taken: Ask about tanks')).toBe(leave + 1);
    expect(rowOf(b, '– never taken: Look for the car')).toBeGreaterThan(leave);
    // Each level indents further.
    const col = (y: number, text: string) => b.rows()[y]!.indexOf(text);
    expect(col(shake, '▾')).toBeGreaterThan(col(start, '▾'));
    expect(col(tin, '·')).toBeGreaterThan(col(shake, '▾'));
    // The selection starts where the player is, and the details say what the point is.
    expect(selectedRow(b)).toContain('Leave it ◉ you are here');
    expect(shows(b, 'Turn 2 · you are here · first reached')).toBe(true);
    expect(shows(b, 'Never taken here: Ask about tanks; Ask about the caviar')).toBe(true);
    await b.press(KEY.up);
    expect(shows(b, 'Reached by: Open the tin, then 1 more choice (passing 1 other never taken)')).toBe(true);
    expect(shows(b, 'Ending reached here: The Protocol Signed (once)')).toBe(true);
    await b.press(KEY.esc);
    expect(shows(b, 'Branch map')).toBe(false);
    expect(shows(b, '›1. Ask about tanks')).toBe(true);
  });

  it('Enter goes to the chosen point and shows that moment', async () => {
    const b = await twoBranches();
    const ending = [...b.controller.map.nodes.values()].find((n) => n.endings.size)!;
    await b.press('m', KEY.up, KEY.enter);
    expect(b.controller.currentNode).toBe(ending.id);
    expect(b.controller.session.path().map((c) => c.text)).toEqual(['Shake his hand', 'Open the tin', 'Ask about tanks']);
    expect(shows(b, 'Went to turn 3 on the branch map.')).toBe(true);
    expect(shows(b, 'The protocol is signed on the first of October.')).toBe(true);
    expect(shows(b, 'THE END: The Protocol Signed')).toBe(true);
    // The pane starts afresh at that moment: no older text with the turns between missing.
    expect(shows(b, 'Welcome to Moscow')).toBe(false);
    expect(shows(b, 'You leave it where it is.')).toBe(false);
  });

  it('Enter on a choice never taken goes to the point that offers it, to take it', async () => {
    const b = await twoBranches();
    await b.press('m', KEY.end);
    expect(selectedRow(b)).toContain('never taken: Look for the car');
    expect(shows(b, 'Offered at turn 0: The plane lands')).toBe(true);
    await b.press(KEY.enter);
    expect(shows(b, 'Went to turn 0 on the branch map, where "Look for the car" is offered.')).toBe(true);
    expect(b.controller.session.state.turn).toBe(0);
    await b.press('2');
    expect(b.controller.session.path().map((c) => c.text)).toEqual(['Look for the car']);
    await b.press('m');
    expect(shows(b, 'never taken: Look for the car')).toBe(false);
    expect(shows(b, 'Look for the car ◉ you are here')).toBe(true);
  });

  it('← folds a point\'s branches and → unfolds them; c comes back to where you are', async () => {
    const b = await twoBranches();
    await b.press('m', KEY.up, KEY.up);
    expect(selectedRow(b)).toContain('Shake his hand');
    await b.press(KEY.left);
    expect(selectedRow(b)).toContain('▸ Shake his hand');
    expect(shows(b, 'Open the tin')).toBe(false);
    expect(shows(b, 'Leave it')).toBe(false);
    await b.press(KEY.left);
    expect(selectedRow(b)).toContain('▾ Start');
    await b.press('c');
    expect(selectedRow(b)).toContain('Leave it ◉ you are here');
    expect(shows(b, '▾ Shake his hand')).toBe(true);
    await b.press(KEY.up, KEY.up, KEY.left, KEY.right);
    expect(shows(b, 'Open the tin')).toBe(true);
    await b.press(KEY.right);
    expect(selectedRow(b)).toContain('Open the tin');
  });

  for (const [cols, rows] of [
    [80, 24],
    [40, 12],
  ] as const) {
    it(`fits a ${cols}x${rows} terminal: rows cut to the frame, details only where there is room`, async () => {
      const b = await twoBranches(cols, rows);
      await b.press('m');
      const screen = b.rows();
      for (const row of screen) expect(row.length).toBeLessThanOrEqual(cols);
      const frame = screen.filter((r) => r.startsWith('│') || r.startsWith('┌') || r.startsWith('└'));
      expect(frame.every((r) => r.trimEnd().endsWith('│') || r.trimEnd().endsWith('┐') || r.trimEnd().endsWith('┘'))).toBe(true);
      expect(selectedRow(b)).toContain('Leave it');
      expect(shows(b, 'first reached')).toBe(rows >= 24);
      await b.press(KEY.enter);
      expect(shows(b, 'Went to turn 2')).toBe(true);
    });
  }
});

/**
 * A branch map of `size` points hanging from the start of conference.ink: a binary tree of
 * made-up choices, every point a branch (nothing to fold away).
 */
function bigMap(size: number): BranchMap {
  const story = loadStory(fixture('conference.ink'));
  const start = Session.start(story, { seed: 7 }).state;
  const map = BranchMap.open(null);
  const state = (i: number): SessionState => ({ ...start, lines: [{ text: `Room ${i}`, tags: [] }], choices: [] });
  let frontier = [{ id: map.visit([], start, 7), depth: 0 }];
  let count = 1;
  while (count < size) {
    const next: typeof frontier = [];
    for (const f of frontier) {
      for (const side of ['Left', 'Right']) {
        if (count >= size) break;
        next.push({ id: map.step(f.id, { turn: f.depth + 1, index: 0, text: `${side} ${count}` }, state(count), 7), depth: f.depth + 1 });
        count++;
      }
    }
    frontier = next;
  }
  return map;
}

/** Median time of a key in the open map view, over `n` presses. */
async function medianKeyMs(b: Booted, key: string, n: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await b.press(key);
    times.push(performance.now() - t0);
  }
  return times.sort((x, y) => x - y)[Math.floor(n / 2)]!;
}

describe('the branch map view on a big map', () => {
  it('moves through thousands of points a window at a time', async () => {
    const b = await boot({ cols: 100, rows: 30, map: bigMap(5000) });
    await b.press('m');
    expect(shows(b, 'Branch map: 1 playthrough, 5000 choice points')).toBe(true);
    expect(selectedRow(b)).toContain('Start ◉ you are here');
    await b.press(KEY.down);
    expect(selectedRow(b)).toContain('Left 1 · Room 1');
    // Depth first: "Left 1" leads down the left-most path before "Right 2" comes.
    expect(rowOf(b, 'Left 3 · Room 3')).toBe(rowOf(b, 'Left 1 · Room 1') + 1);
    await b.press(KEY.end);
    // Last come the start's own choices that were never taken, after the whole tree.
    const last = selectedRow(b);
    expect(last).toContain('never taken: Look for the car');
    expect(rowOf(b, 'never taken: Shake his hand')).toBe(rowOf(b, 'never taken: Look for the car') - 1);
    expect(b.rows()[rowOf(b, 'never taken: Shake his hand') - 1]).toMatch(/Right \d+ · Room \d+/);
    expect(shows(b, 'Left 1 · Room 1')).toBe(false);
    await b.press(KEY.pageUp);
    expect(selectedRow(b)).not.toBe(last);
    await b.press(KEY.home);
    expect(selectedRow(b)).toContain('Start');
    // Folding the first branch hides its half of the map: "Right 2" follows at once.
    await b.press(KEY.down, KEY.left);
    expect(rowOf(b, 'Right 2 · Room 2')).toBe(rowOf(b, '▸ Left 1') + 1);
  });

  it('costs the same per key on a map of 20,000 points as on one of 200', async () => {
    const small = await boot({ cols: 100, rows: 30, map: bigMap(200) });
    await small.press('m');
    await medianKeyMs(small, KEY.down, 5); // warm up
    const smallMs = await medianKeyMs(small, KEY.down, 25);
    await small.close();
    const big = await boot({ cols: 100, rows: 30, map: bigMap(20_000) });
    await big.press('m');
    await medianKeyMs(big, KEY.down, 5);
    const bigMs = await medianKeyMs(big, KEY.down, 25);
    // Drawing every point each time would cost about a hundred times more on the big map.
    expect(bigMs).toBeLessThan(smallMs * 3 + 5);
  });
});
