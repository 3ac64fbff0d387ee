// The merge key itself: what it keeps, what it leaves out, and that each fixture of merge.test.ts
// would be fooled by a rule that left out what it reads.

import { describe, expect, it } from 'vitest';
import { canonicalState, reduceCount, stateKey } from '../../src/explore/state-key.ts';
import { analyseStory } from '../../src/explore/structure.ts';
import { Walker } from '../../src/explore/walker.ts';
import { loadExploreFixture } from './helpers.ts';

/** The saved ink state at the choice point after `path`. */
function stateAfter(name: string, path: number[]): { state: string; rules: ReturnType<typeof analyseStory> } {
  const json = loadExploreFixture(name).json;
  const walker = new Walker(json, { ms: 1000, steps: 100_000 }, false);
  walker.restart(1);
  walker.step();
  for (const i of path) {
    walker.choose(i);
    const step = walker.step();
    if (step.issue || step.ended) throw new Error(`path ${path.join(' ')} does not stay at choice points`);
  }
  return { state: walker.saveState(), rules: analyseStory(json) };
}

describe('the merge key', () => {
  it('leaves out the output stream and unread visit counts', () => {
    const stairs = stateAfter('merge-join.ink', [0]);
    const lift = stateAfter('merge-join.ink', [1]);
    expect(stairs.state).not.toBe(lift.state);
    expect(stairs.state).toContain('You climb the stairs');
    expect(stateKey(stairs.state, stairs.rules)).toBe(stateKey(lift.state, lift.rules));
  });

  it('renumbers threads, so a hub that starts a thread each visit returns to the same key', () => {
    const start = stateAfter('merge-threads.ink', []);
    const waited = stateAfter('merge-threads.ink', [1, 1]);
    expect(JSON.parse(waited.state).flows.DEFAULT_FLOW.callstack.threadCounter).toBeGreaterThan(JSON.parse(start.state).flows.DEFAULT_FLOW.callstack.threadCounter);
    expect(stateKey(waited.state, waited.rules)).toBe(stateKey(start.state, start.rules));
  });

  it('keeps a visit count the story reads, and would merge wrongly without it', () => {
    const once = stateAfter('merge-count.ink', []);
    const twice = stateAfter('merge-count.ink', [0]);
    expect(once.rules.containers.get('hub')).toEqual({ kind: 'saturate', at: 4 });
    expect(stateKey(once.state, once.rules)).not.toBe(stateKey(twice.state, twice.rules));
    const blind = { ...once.rules, containers: new Map([...once.rules.containers].map(([k]) => [k, null] as const)) };
    expect(stateKey(once.state, blind)).toBe(stateKey(twice.state, blind));
  });

  it('keeps a cycle by its place: the same place merges, another does not', () => {
    const [a, b, c, d] = [[], [0], [0, 0], [0, 0, 0]].map((p) => stateAfter('merge-cycle.ink', p));
    const key = (s: typeof a) => stateKey(s!.state, s!.rules);
    expect(new Set([key(a), key(b), key(c)]).size).toBe(3);
    expect(key(d)).toBe(key(a));
    const blind = { ...a!.rules, containers: new Map([...a!.rules.containers].map(([k]) => [k, null] as const)) };
    expect(stateKey(a!.state, blind)).toBe(stateKey(b!.state, blind));
  });

  it('keeps the call stack: the same choice point inside two tunnels does not merge', () => {
    const a = stateAfter('merge-tunnel.ink', [0]);
    const b = stateAfter('merge-tunnel.ink', [1]);
    expect(stateKey(a.state, a.rules)).not.toBe(stateKey(b.state, b.rules));
  });

  it('keeps knot parameters (temporaries on the call stack)', () => {
    const a = stateAfter('merge-temp.ink', [0]);
    const b = stateAfter('merge-temp.ink', [1]);
    expect(stateKey(a.state, a.rules)).not.toBe(stateKey(b.state, b.rules));
  });

  it('keeps turn indices as "turns ago", and the turn number only when TURNS() is used', () => {
    const rung = stateAfter('merge-turns.ink', [0]);
    const canonical = canonicalState(rung.state, rung.rules) as { turnIndices: Record<string, number>; turnIdx?: number };
    expect(canonical.turnIndices).toEqual({ bell: 0 });
    expect(canonical.turnIdx).toBeUndefined();
    const t = stateAfter('merge-turn-number.ink', [0]);
    expect(t.rules.readsTurnNumber).toBe(true);
    expect((canonicalState(t.state, t.rules) as { turnIdx?: number }).turnIdx).toBe(0);
  });

  it('leaves out the counts of once-only choices nothing can offer again, and keeps those a divert through a variable can', () => {
    const hello = stateAfter('merge-left-behind.ink', [0]);
    const nothing = stateAfter('merge-left-behind.ink', [1]);
    expect(JSON.parse(hello.state).visitCounts).not.toEqual(JSON.parse(nothing.state).visitCounts);
    expect(stateKey(hello.state, hello.rules)).toBe(stateKey(nothing.state, nothing.rules));
    // Without the flow graph every count a reader exists for is kept, and the two stay apart.
    const noGraph = { ...hello.rules, graph: undefined };
    expect(stateKey(hello.state, noGraph)).not.toBe(stateKey(nothing.state, noGraph));
    const pushed = stateAfter('merge-var-divert.ink', [0]);
    const walked = stateAfter('merge-var-divert.ink', [1]);
    expect(stateKey(pushed.state, pushed.rules)).not.toBe(stateKey(walked.state, walked.rules));
  });

  it('leaves out turn indices nothing reads (a divert target passed as a parameter), and saturates those compared with a number', () => {
    const once = stateAfter('merge-divert-param.ink', []);
    const later = stateAfter('merge-divert-param.ink', [1, 1, 1]);
    expect(JSON.parse(later.state).turnIndices).toHaveProperty('top');
    expect((canonicalState(later.state, later.rules) as { turnIndices: object }).turnIndices).toEqual({});
    expect(stateKey(later.state, later.rules)).toBe(stateKey(once.state, once.rules));
    const far = stateAfter('merge-turns-far.ink', [0]);
    expect(far.rules.turns.get('bell')).toEqual({ kind: 'saturate', at: 4 });
    const ago = (path: number[]) => {
      const s = stateAfter('merge-turns-far.ink', path);
      return (canonicalState(s.state, s.rules) as { turnIndices: Record<string, number> }).turnIndices.bell;
    };
    expect([[0], [0, 2], [0, 2, 2], [0, 2, 2, 2], [0, 2, 2, 2, 2], [0, 2, 2, 2, 2, 2]].map(ago)).toEqual([0, 1, 2, 3, 4, 4]);
  });

  it('leaves out the return address of a choice\'s text ($r), which ink writes before it reads', () => {
    const s = stateAfter('merge-left-behind.ink', []);
    const temps = (JSON.parse(s.state) as { flows: { DEFAULT_FLOW: { choiceThreads?: object; callstack: object } } }).flows.DEFAULT_FLOW;
    expect(JSON.stringify(temps)).toContain('$r');
    expect(JSON.stringify(canonicalState(s.state, s.rules))).not.toContain('"$r');
  });

  it('keeps every count and the turn for --assert and --goal, which may read any', () => {
    const hello = stateAfter('merge-left-behind.ink', [0]);
    const nothing = stateAfter('merge-left-behind.ink', [1]);
    const all = { ...hello.rules, keepAll: true };
    expect(stateKey(hello.state, all)).not.toBe(stateKey(nothing.state, all));
  });

  it('keeps fields it does not know, so a new inkjs field can only prevent merges', () => {
    const s = stateAfter('merge-join.ink', [0]);
    const extra = JSON.stringify({ ...JSON.parse(s.state), futureField: 1 });
    expect(stateKey(extra, s.rules)).not.toBe(stateKey(s.state, s.rules));
    expect(canonicalState(extra, s.rules)).toMatchObject({ futureField: 1 });
  });

  it('keeps variables, the seed and the previous random number', () => {
    const s = stateAfter('merge-cycle.ink', []);
    const parsed = JSON.parse(s.state);
    const key = stateKey(s.state, s.rules);
    expect(stateKey(JSON.stringify({ ...parsed, variablesState: { armed: true } }), s.rules)).not.toBe(key);
    expect(stateKey(JSON.stringify({ ...parsed, previousRandom: 7 }), s.rules)).not.toBe(key);
    expect(stateKey(JSON.stringify({ ...parsed, storySeed: 2 }), s.rules)).not.toBe(key);
  });
});

describe('count reductions', () => {
  it('saturate at the last value a reader can tell apart; cycle by place; exact otherwise', () => {
    expect([0, 1, 2, 5].map((n) => reduceCount(n, { kind: 'saturate', at: 1 }))).toEqual([0, 1, 1, 1]);
    expect([0, 1, 2, 3, 4, 7].map((n) => reduceCount(n, { kind: 'cycle', period: 3 }))).toEqual([0, 1, 2, 3, 1, 1]);
    expect(reduceCount(42, { kind: 'exact' })).toBe(42);
  });
});
