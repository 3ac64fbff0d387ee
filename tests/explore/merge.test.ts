// The merge rule of exhaustive mode (src/explore/state-key.ts): loops and hubs terminate, and
// no merge hides a fault that a search without merging finds.

import { describe, expect, it } from 'vitest';
import { exploreFixture, loadExploreFixture, typed } from './helpers.ts';
import { bruteForce } from './oracle.ts';

describe('merging makes hubs and loops terminate', () => {
  it('a hub that loops back: 4 sets of once-only choices taken x 3 places of a cycle', async () => {
    const r = await exploreFixture('hub.ink', { mode: 'exhaustive', timeLimitS: null });
    expect(r.run).toMatchObject({ states: 12, complete: true, stopped: null });
    expect(r.run.merged).toBeGreaterThan(0);
    expect(r.endings.reached.find((e) => e.id === 'left')).toBeTruthy();
  });

  it('paths that print different text but reach the same state merge', async () => {
    const r = await exploreFixture('merge-join.ink', { mode: 'exhaustive' });
    expect(r.run).toMatchObject({ states: 2, merged: 1, complete: true });
  });

  it('new threads at every visit do not stop a merge (thread numbers are renumbered)', async () => {
    const r = await exploreFixture('merge-threads.ink', { mode: 'exhaustive' });
    expect(r.run).toMatchObject({ states: 2, complete: true });
  });

  it('the once-only choices of a weave left behind merge: nothing can offer them again', async () => {
    const r = await exploreFixture('merge-left-behind.ink', { mode: 'exhaustive' });
    expect(r.run).toMatchObject({ states: 2, merged: 1, complete: true });
  });

  it('a divert target passed as a parameter (<- chatter(-> top)) does not keep its turn index: the hub loop merges', async () => {
    const r = await exploreFixture('merge-divert-param.ink', { mode: 'exhaustive', maxDepth: 30 });
    expect(r.run).toMatchObject({ states: 2, complete: true, stopped: null });
  });

  it('TURNS_SINCE compared with 3 keeps turns since up to 4 ("more than 3"): waiting after the bell ends', async () => {
    const r = await exploreFixture('merge-turns-far.ink', { mode: 'exhaustive', maxDepth: 30 });
    expect(r.run).toMatchObject({ complete: true, stopped: null });
    expect(r.run.depth).toBeLessThan(10);
  });

  it('waiting in a hub merges when nothing reads time, and does not when TURNS() does', async () => {
    const turnsSince = await exploreFixture('merge-turns.ink', { mode: 'exhaustive' });
    expect(turnsSince.run.complete).toBe(true);
    const turns = await exploreFixture('merge-turn-number.ink', { mode: 'exhaustive' });
    expect(turns.run).toMatchObject({ states: 3, merged: 0, complete: true });
  });
});

describe('merging hides no fault', () => {
  // Each fixture hides a trap that a wrong merge would skip; the comment in each says which rule.
  const traps: Array<[string, number[]]> = [
    ['merge-count.ink', [1, 1]], // the hub's visit count, read by {hub == 3}
    ['merge-cycle.ink', [1, 2]], // a cycle's place, read by the cycle
    ['merge-tunnel.ink', [2, 1]], // where a tunnel returns to
    ['merge-turns.ink', [1, 2, 2]], // turns since a knot, read by TURNS_SINCE
    ['merge-turn-number.ink', [1, 1, 1]], // the turn number, read by TURNS()
    ['merge-temp.ink', [2, 1]], // a knot parameter on the call stack
    ['merge-var-divert.ink', [2, 1]], // a count read again after a divert through a variable
    ['merge-turns-far.ink', [1, 2, 2, 2]], // turns since, as far as `== 3` tells apart
  ];
  it.each(traps)('%s: the trap is found, by its shortest path', async (name, path) => {
    const r = await exploreFixture(name, { mode: 'exhaustive' });
    expect(r.findings.map((f) => ({ kind: f.kind, choices: typed(f.path) }))).toEqual([{ kind: 'error', choices: path }]);
    expect(r.run.complete).toBe(true);
  });

  const all = ['hub.ink', 'no-choices.ink', 'endings.ink', 'merge-join.ink', 'merge-threads.ink', 'merge-left-behind.ink', 'merge-divert-param.ink', ...traps.map((t) => t[0])];
  it.each(all)('%s: every fault and ending a search without merging meets (6 choices deep) is reported', async (name) => {
    const oracle = bruteForce(loadExploreFixture(name).json, 1, 6);
    const r = await exploreFixture(name, { mode: 'exhaustive' });
    // "Ran out of content" is ink's word for loose ends and for choice points left empty.
    const ranOut = (m: string) => (/ran out of content|reached end of content/.test(m) ? 'ran out of content' : m);
    const messages = new Set(r.findings.map((f) => (f.kind === 'no-choices' ? 'ran out of content' : ranOut(f.message))));
    expect(messages).toEqual(new Set([...oracle.errors].map(ranOut)));
    expect(new Set(r.endings.reached.filter((e) => e.kind === 'tag').map((e) => e.id))).toEqual(oracle.endings);
    expect(r.run.states).toBeLessThanOrEqual(oracle.paths);
  });
});
