// Coverage an author can act on: text lines never printed, conditional sides never taken and
// sequence items never shown, each at its line, and a hit count for every line (the HTML
// report's source view). line-coverage.ink knows its own gaps; both modes must find exactly them.

import { describe, expect, it } from 'vitest';
import { exploreFixture, lineOf } from './helpers.ts';


describe.each(['exhaustive', 'random'] as const)('line coverage, %s mode', (mode) => {
  const run = () => exploreFixture('line-coverage.ink', { mode, playthroughs: 20 });

  it('names the lines of text never printed', async () => {
    const { coverage } = await run();
    expect(coverage.lines).toMatchObject({ total: 9, printed: 7 });
    expect(coverage.lines.neverPrinted).toEqual([
      { inkPath: expect.any(String), source: expect.stringMatching(/line-coverage\.ink:16$/), line: '- brave and not brave: Impossible.' },
      { inkPath: 'attic.0', source: expect.stringMatching(/line-coverage\.ink:30$/), line: 'Dusty attic.' },
    ]);
  });

  it('names every side of every conditional never taken, choices included', async () => {
    const { coverage } = await run();
    expect(coverage.branches).toMatchObject({ total: 11, taken: 8 });
    expect(coverage.branches.neverTaken.map((b) => ({ kind: b.kind, line: lineOf(b.source), branch: b.branch, of: b.of, text: b.text }))).toEqual([
      { kind: 'branch', line: 7, branch: 1, of: 2, text: 'You stand tall.' },
      { kind: 'branch', line: 16, branch: 1, of: 2, text: 'Impossible.' },
      { kind: 'choice-offered', line: 22, branch: null, of: null, text: null },
    ]);
    // Both sides of the others were seen: the else, "no branch taken" and a choice's hidden side.
    const kinds = coverage.branches.list.filter((b) => b.count > 0).map((b) => `${b.kind}@${lineOf(b.source)}`);
    expect(kinds).toEqual(['else@7', 'branch@14', 'else@14', 'branch@17', 'none@17', 'branch@20', 'none@20', 'choice-hidden@22']);
  });

  it('names the sequence items never shown', async () => {
    const { coverage } = await run();
    expect(coverage.sequences).toMatchObject({ total: 2, shown: 1 });
    expect(coverage.sequences.neverShown).toEqual([
      { kind: 'stopping', inkPath: expect.any(String), source: expect.stringMatching(/:19$/), line: '{stopping: First visit.|Never shown twice.}', item: 2, of: 2, text: 'Never shown twice.', count: 0 },
    ]);
  });

  it('counts every coverage item together, for --fail-on uncovered', async () => {
    const { coverage } = await run();
    // 4 knots, 9 text lines, 11 conditional sides, 2 sequence items, 5 choices.
    expect(coverage.items).toEqual({ total: 31, covered: 23 });
  });

  it('gives every source line holding content its hit count', async () => {
    const r = await run();
    const [file] = r.coverage.files;
    expect(file!.file).toMatch(/line-coverage\.ink$/);
    const hits = new Map(file!.lines);
    // Every playthrough (exhaustive: the one step) passes the hall once and the yard once.
    const once = mode === 'exhaustive' ? 1 : 20;
    expect(hits.get(6)).toBe(once);
    expect(hits.get(19)).toBe(mode === 'exhaustive' ? 2 : 20);
    expect([16, 30, 31].map((n) => hits.get(n))).toEqual([0, 0, 0]);
    // Comments, blank lines and knot headers hold no content.
    expect([1, 4, 5, 12].map((n) => hits.has(n))).toEqual([false, false, false, false]);
  });
});

describe('line coverage counts', () => {
  it('regression: content ink runs ahead after a newline and rolls back is not counted twice', async () => {
    // ink looks past each newline for glue, then restores its state and runs that content again.
    const r = await exploreFixture('line-coverage.ink', { mode: 'exhaustive' });
    const hits = new Map(r.coverage.files[0]!.lines);
    expect([6, 7, 14, 17, 21, 26].map((n) => hits.get(n))).toEqual([1, 1, 1, 1, 1, 1]);
  });
});
