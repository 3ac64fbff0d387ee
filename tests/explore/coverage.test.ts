// Coverage of knots and stitches (with the source line of each never visited) and of choices.

import { describe, expect, it } from 'vitest';
import { exploreFixture, lineOf, typed } from './helpers.ts';

describe.each(['exhaustive', 'random'] as const)('coverage, %s mode', (mode) => {
  it('names the knots and stitches never visited, with their lines', async () => {
    const r = await exploreFixture('unvisited.ink', { mode, playthroughs: 20 });
    expect(r.coverage.unvisited).toEqual(['cellar.deep', 'attic']);
    const never = r.coverage.flows.filter((f) => !f.visited).map((f) => ({ name: f.name, kind: f.kind, line: lineOf(f.source) }));
    expect(never).toEqual([
      { name: 'cellar.deep', kind: 'stitch', line: 15 },
      { name: 'attic', kind: 'knot', line: 19 },
    ]);
    expect(r.coverage).toMatchObject({ total: 5, visited: 3 });
  });

  // Exhaustive: the shortest path to the step that entered it; random: the shortest playthrough
  // that went through it (a whole playthrough, to keep random mode as fast as bare inkjs).
  it('gives a path to each knot visited', async () => {
    const r = await exploreFixture('unvisited.ink', { mode, playthroughs: 20 });
    const cellar = r.coverage.flows.find((f) => f.name === 'cellar.steps');
    expect(cellar).toMatchObject({ visited: true, kind: 'stitch' });
    expect(typed(cellar!.path)).toEqual([1]);
    expect(typed(r.coverage.flows.find((f) => f.name === 'hall')!.path)).toEqual(mode === 'exhaustive' ? [] : [1]);
  });

  it('lists the choices never offered, with their source line', async () => {
    const r = await exploreFixture('unvisited.ink', { mode, playthroughs: 20 });
    expect(r.choices).toMatchObject({ total: 2, offered: 1, taken: 1 });
    expect(r.choices.neverOffered).toEqual([
      { inkPath: expect.any(String), source: expect.stringMatching(/unvisited\.ink:9$/), line: '* {wings} [Fly] -> attic', text: null },
    ]);
  });

  it('counts a knot as visited when only one of its stitches was entered', async () => {
    const r = await exploreFixture('unvisited.ink', { mode, playthroughs: 20 });
    expect(r.coverage.flows.find((f) => f.name === 'cellar')).toMatchObject({ visited: true });
  });
});
