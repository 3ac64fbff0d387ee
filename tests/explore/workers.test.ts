// Worker threads: they start under vitest (and from bin/caviar.js, see cli.test.ts), and give
// the same report as a run in this thread.

import { describe, expect, it } from 'vitest';
import type { ExploreReport } from '../../src/explore/report.ts';
import { exploreFixture } from './helpers.ts';

const comparable = (r: ExploreReport) => ({ ...r, settings: { ...r.settings, workers: 0 }, run: { ...r.run, seconds: 0 } });

describe('worker threads', () => {
  it('exhaustive mode: two threads find exactly what one thread finds', async () => {
    for (const name of ['hub.ink', 'merge-cycle.ink', 'endings.ink']) {
      const local = await exploreFixture(name, { mode: 'exhaustive', workers: 0 });
      const threads = await exploreFixture(name, { mode: 'exhaustive', workers: 2 });
      expect(comparable(threads)).toEqual(comparable(local));
    }
  });

  it('exhaustive mode on a large space: same states and cuts whatever thread finishes first', async () => {
    const a = await exploreFixture('maze.ink', { mode: 'exhaustive', workers: 2, maxDepth: 3 });
    const b = await exploreFixture('maze.ink', { mode: 'exhaustive', workers: 0, maxDepth: 3 });
    expect(comparable(a)).toEqual(comparable(b));
    expect(a.cuts[0]).toMatchObject({ reason: 'depth' });
  });

  it('random mode: the playthroughs are shared out and every one runs', async () => {
    const r = await exploreFixture('random-fault.ink', { mode: 'random', workers: 2, playthroughs: 200, seed: 3 });
    expect(r.run.playthroughs).toBe(200);
    expect(r.findings.map((f) => f.kind)).toEqual(['error']);
    const again = await exploreFixture('random-fault.ink', { mode: 'random', workers: 2, playthroughs: 200, seed: 3 });
    expect(comparable(again)).toEqual(comparable(r));
  });

  it('a watchdog stop in a thread is reported like one in this thread', async () => {
    const r = await exploreFixture('step-loop.ink', { mode: 'exhaustive', workers: 2 });
    expect(r.findings.map((f) => f.kind)).toEqual(['watchdog']);
  });
});
