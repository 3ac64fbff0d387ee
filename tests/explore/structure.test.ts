// What the explorer reads from compiled stories before running them.

import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/explore/structure.ts';
import { exploreFixture, loadExploreFixture } from './helpers.ts';

const analyse = (name: string) => analyseStory(loadExploreFixture(name).json);

describe('story structure', () => {
  it('lists knots and stitches (not functions or weave parts) and END statements', () => {
    const s = analyse('unvisited.ink');
    expect(s.flows).toEqual([
      { path: 'hall', kind: 'knot' },
      { path: 'cellar', kind: 'knot' },
      { path: 'cellar.steps', kind: 'stitch' },
      { path: 'cellar.deep', kind: 'stitch' },
      { path: 'attic', kind: 'knot' },
    ]);
    expect(s.ends).toHaveLength(3);
    expect(s.choicePoints.map((c) => c.onceOnly)).toEqual([true, true]);
  });

  it('finds who reads which visit count', () => {
    const hub = analyse('hub.ink');
    const rules = [...hub.containers].filter(([, r]) => r !== null);
    // The two once-only choices ask "visited or not"; the cycle of 3 reads its place.
    expect(rules.map(([, r]) => r)).toEqual(expect.arrayContaining([{ kind: 'saturate', at: 1 }, { kind: 'saturate', at: 1 }, { kind: 'cycle', period: 3 }]));
    expect(rules).toHaveLength(3);
    expect(hub.containers.get('hub')).toBeNull();
    expect(analyse('merge-count.ink').containers.get('hub')).toEqual({ kind: 'saturate', at: 4 });
  });

  it('knows ending tags and where they are', () => {
    const s = analyse('endings.ink');
    expect(s.hasEndingTags).toBe(true);
    expect([...s.endingTagAt.keys()]).toEqual(['red', 'blue', 'secret']);
    expect(analyse('hub.ink').hasEndingTags).toBe(true);
    expect(analyse('merge-join.ink').hasEndingTags).toBe(false);
  });

  it('tells functions from knots', () => {
    const s = analyse('function.ink');
    expect([...s.functions].sort()).toEqual(['double', 'note', 'state_to']);
    expect(s.flows).toEqual([]);
  });

  it('regression: a function never called is not an unvisited knot (innkeeper\'s state_to), but a knot nothing diverts to is', async () => {
    const s = analyse('orphan.ink');
    expect([...s.functions]).toEqual(['state_to']);
    expect(s.flows).toEqual([{ path: 'orphan', kind: 'knot' }]);
    const r = await exploreFixture('orphan.ink', { mode: 'exhaustive' });
    expect(r.coverage).toMatchObject({ total: 1, visited: 0 });
    expect(r.coverage.flows.map((f) => f.name)).toEqual(['orphan']);
  });
});
