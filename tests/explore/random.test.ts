// Random mode: reproducible playthroughs, a strategy that prefers choices not yet taken.

import { describe, expect, it } from 'vitest';
import { Session } from '../../src/engine/session.ts';
import { exploreFixture, loadExploreFixture } from './helpers.ts';

describe('random mode', () => {
  it('a fault that depends on RANDOM is reproduced by its seed and choices in a real session', async () => {
    const r = await exploreFixture('random-fault.ink', { mode: 'random', playthroughs: 80, seed: 3 });
    expect(r.findings.map((f) => f.kind)).toEqual(['error']);
    const { seed, choices } = r.findings[0]!.path;
    // The engine behind `caviar play --seed`, fed the reported choices, meets the same error.
    const session = Session.start(loadExploreFixture('random-fault.ink'), { seed });
    for (const c of choices) session.choose(c.index);
    expect(session.state.issue?.message).toBe(r.findings[0]!.message);
    // ...and another seed, same choices, does not (the roll differs).
    const other = Session.start(loadExploreFixture('random-fault.ink'), { seed: seed + 1 });
    for (const c of choices) if (!other.state.issue && other.state.choices.some((x) => x.index === c.index)) other.choose(c.index);
    expect(other.state.issue?.message).not.toBe(r.findings[0]!.message);
  });

  it('the same run seed gives the same report', async () => {
    const a = await exploreFixture('random-fault.ink', { mode: 'random', playthroughs: 40, seed: 11 });
    const b = await exploreFixture('random-fault.ink', { mode: 'random', playthroughs: 40, seed: 11 });
    const c = await exploreFixture('random-fault.ink', { mode: 'random', playthroughs: 40, seed: 12 });
    const strip = (r: typeof a) => ({ ...r, run: { ...r.run, seconds: 0 } });
    expect(strip(a)).toEqual(strip(b));
    expect(strip(a)).not.toEqual(strip(c));
  });

  it('prefers choices not yet taken: ten playthroughs open all ten doors', async () => {
    const r = await exploreFixture('wide.ink', { mode: 'random', playthroughs: 10 });
    expect(r.choices).toMatchObject({ total: 10, offered: 10, taken: 10 });
    expect(r.endings.reached[0]?.count).toBe(10);
  });

  it('cuts playthroughs at the depth bound and says where', async () => {
    const r = await exploreFixture('maze.ink', { mode: 'random', playthroughs: 20, maxDepth: 3 });
    expect(r.run.complete).toBe(false);
    const cut = r.cuts.find((c) => c.reason === 'depth')!;
    expect(cut.at).toEqual({ hub: cut.count });
    expect(cut.count).toBeGreaterThan(0);
    expect(cut.examples[0]!.choices).toHaveLength(3);
    // Playthroughs cut plus playthroughs that left: all of them.
    expect(cut.count + (r.endings.reached[0]?.count ?? 0)).toBe(20);
  });

  it('stops at the time bound and counts the playthroughs not run', async () => {
    const r = await exploreFixture('maze.ink', { mode: 'random', playthroughs: 10_000_000, timeLimitS: 0.3 });
    expect(r.run).toMatchObject({ stopped: 'time', complete: false });
    expect(r.cuts).toEqual([expect.objectContaining({ reason: 'time', count: 10_000_000 - r.run.playthroughs! })]);
  });
});
