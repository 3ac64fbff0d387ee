// Exhaustive mode's bounds: depth, time, states and memory; each reports exactly what it cut.

import { describe, expect, it } from 'vitest';
import { explore } from '../../src/explore/explore.ts';
import { withDefaults } from '../../src/explore/options.ts';
import { exploreFixture, loadExploreFixture } from './helpers.ts';

describe('exhaustive bounds', () => {
  it('the depth bound: the choice points at that depth, their untaken choices and where they are', async () => {
    const r = await exploreFixture('hub.ink', { mode: 'exhaustive', maxDepth: 1 });
    // After one choice: church taken, market taken, or waited (cycle moved on): 3 + 3 + 4 choices.
    expect(r.cuts).toEqual([{ reason: 'depth', count: 3, choices: 10, at: { hub: 3 }, examples: expect.any(Array) }]);
    expect(r.cuts[0]!.examples.map((p) => p.choices.map((c) => c.text))).toEqual([['Visit the church'], ['Visit the market'], ['Wait']]);
    expect(r.run).toMatchObject({ complete: false, stopped: null, depth: 0 });
  });

  it('the time bound: stops, and counts what was left unexplored', async () => {
    const started = Date.now();
    const r = await exploreFixture('maze.ink', { mode: 'exhaustive', timeLimitS: 0.3 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.run).toMatchObject({ stopped: 'time', complete: false });
    const cut = r.cuts.find((c) => c.reason === 'time')!;
    expect(cut.count).toBeGreaterThan(0);
    expect(cut.choices).toBeGreaterThan(cut.count);
    expect(r.run.states).toBeLessThan(4096);
  });

  it('the state bound: new choice points beyond it are dropped and counted', async () => {
    const r = await exploreFixture('maze.ink', { mode: 'exhaustive', maxStates: 20 });
    expect(r.run).toMatchObject({ states: 20, stopped: 'states', complete: false });
    expect(r.cuts.find((c) => c.reason === 'states')!.count).toBeGreaterThan(0);
  });

  it('a frontier kept deflated, or rebuilt by replay past its memory budget, gives the same results', async () => {
    const same = (r: Awaited<ReturnType<typeof exploreFixture>>) => ({ ...r, run: { ...r.run, seconds: 0 } });
    for (const name of ['hub.ink', 'merge-tunnel.ink', 'random-fault.ink']) {
      const roomy = await exploreFixture(name, { mode: 'exhaustive', maxDepth: 6 });
      const deflated = await exploreFixture(name, { mode: 'exhaustive', maxDepth: 6, frontierBytes: 8000 });
      const replayed = await exploreFixture(name, { mode: 'exhaustive', maxDepth: 6, frontierBytes: 1 });
      expect(same(deflated)).toEqual(same(roomy));
      expect(same(replayed)).toEqual(same(roomy));
    }
  });

  it('--path starts the search after those choices: one branch explored, every path reported starts with them', async () => {
    const r = await exploreFixture('endings.ink', { mode: 'exhaustive', startPath: [1] });
    expect(r.settings.startPath).toEqual([1]);
    expect(r.run).toMatchObject({ complete: true, states: 1 });
    expect(r.endings.reached.map((e) => [e.kind, e.id, e.path!.choices.map((c) => c.index)])).toEqual([
      ['tag', 'blue', [1, 0]],
      ['end', null, [1, 0]],
      ['done', null, [1, 1]],
    ]);
    expect(r.endings.unreached.map((e) => e.id)).toContain('red');
  });

  it('an interrupted run reports what it covered', async () => {
    const abort = new AbortController();
    const run = explore(loadExploreFixture('maze.ink'), withDefaults({ seed: 1, workers: 0, mode: 'exhaustive' }), {
      signal: abort.signal,
      onProgress: (p) => {
        if (p.done > 50) abort.abort();
      },
    });
    const r = await run;
    expect(r.run).toMatchObject({ stopped: 'interrupted', complete: false });
    expect(r.cuts.find((c) => c.reason === 'interrupted')!.count).toBeGreaterThan(0);
  });
});
