import { describe, expect, it } from 'vitest';
import { History } from '../../src/engine/history.ts';
import type { SessionState } from '../../src/engine/state.ts';

const engine = {} as SessionState;
const choice = (turn: number) => ({ turn, index: 0, text: `choice ${turn}` });
const stored = (h: History) => Array.from({ length: h.length }, (_, i) => i + 1).filter((t) => h.at(t)?.before);

describe('which snapshots the history keeps', () => {
  it('keeps the recent turns and every stride-th turn', () => {
    const h = new History({ recent: 3, stride: 4, budget: 1e9, maxReplayMs: 1e9 });
    for (let t = 1; t <= 12; t++) h.push(choice(t), { ink: `{"turn":${t}}`, engine });
    expect(stored(h)).toEqual([1, 5, 9, 10, 11, 12]);
    expect(h.nearestStored(8)).toBe(5);
    expect(h.at(9)?.before?.ink).toBe('{"turn":9}');
  });

  it('adds keyframes where turns are slow to replay', () => {
    const h = new History({ recent: 1, stride: 100, budget: 1e9, maxReplayMs: 100 });
    const costs = [10, 10, 60, 50, 5, 5, 200, 10, 10, 10];
    costs.forEach((cost, i) => h.push(choice(i + 1), { ink: 'x', engine }, cost));
    // A keyframe as soon as the turns since the last one cost 100 ms or more: replaying from
    // one to the next costs under 100 ms plus one turn (here 1->5: 130 ms, 5->8: 210 ms).
    expect(stored(h)).toEqual([1, 5, 8, 10]);
  });

  it('thins keyframes to stay within its budget, newest kept', () => {
    const h = new History({ recent: 4, stride: 1, budget: 100, maxReplayMs: 1e9 });
    for (let t = 1; t <= 40; t++) h.push(choice(t), { ink: 'x'.repeat(10), engine });
    expect(h.storedSize).toBeLessThanOrEqual(100);
    expect(stored(h).slice(-4)).toEqual([37, 38, 39, 40]);
    expect(stored(h)[0]).toBe(1);
  });

  it('keeps large ink states compressed and gives them back intact', () => {
    const h = new History();
    const big = JSON.stringify({ frames: Array.from({ length: 5000 }, (_, i) => ({ knot: 'tavern', idx: i % 7 })) });
    h.push(choice(1), { ink: big, engine });
    expect(big.length).toBeGreaterThan(32 * 1024);
    expect(h.storedSize).toBeLessThan(big.length / 10);
    expect(h.at(1)?.before?.ink).toBe(big);
  });

  it('forgets the choices after a turn it is truncated at', () => {
    const h = new History();
    for (let t = 1; t <= 5; t++) h.push(choice(t), { ink: 'x', engine });
    expect(h.truncate(3).map((c) => c.turn)).toEqual([3, 4, 5]);
    expect(h.choices().map((c) => c.turn)).toEqual([1, 2]);
    expect(h.storedSize).toBe(2);
  });
});
