// Soft-locks as findings (issue 17.5): a choice point from which no ending can be reached is a
// finding with the shortest path into it (and the command that opens it), not a depth cut; a
// loop that can still reach an ending stays a cut. softlock.ink holds two of them.

import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/explore/summary.ts';
import { runCli, tempDir } from '../helpers.ts';
import { exploreFixture, exploreFixturePath, lineOf, typed } from './helpers.ts';

describe('soft-locks, random mode', () => {
  const run = () => exploreFixture('softlock.ink', { mode: 'random', playthroughs: 30, maxDepth: 50 });

  it('a sticky-only loop and a used-up hub: each a finding at its choices, with the shortest way in', async () => {
    const r = await run();
    expect(r.findings.map((f) => ({ kind: f.kind, line: lineOf(f.source), choices: typed(f.path), texts: f.path.choices.map((c) => c.text) }))).toEqual([
      { kind: 'softlock', line: 12, choices: [1], texts: ['Drop the key down the well'] },
      // After the blue door only the red door and waiting are left: locked one choice before
      // the hub is down to waiting alone.
      { kind: 'softlock', line: 20, choices: [2, 2], texts: ['Keep it', 'Try the blue door'] },
    ]);
    expect(r.findings.map((f) => f.message)).toEqual([
      'no ending can be reached from here: every choice left (in garden, garden.lawn) leads back among the same choices',
      'no ending can be reached from here: every choice left (in hub) leads back among the same choices',
    ]);
    // Every playthrough ended, in the ending or a soft-lock: none is reported as cut.
    expect(r.cuts).toEqual([]);
    expect(r.run.complete).toBe(true);
    expect(r.findings.reduce((n, f) => n + f.count, 0) + r.endings.reached[0]!.count).toBe(30);
  });

  it('the summary prints the command that opens the soft-lock', async () => {
    const text = formatSummary(await run());
    expect(text).toMatch(/ {2}soft-lock at \S*softlock\.ink:20: no ending can be reached from here: .*\n {4}reproduce: caviar play \S*softlock\.ink --seed \d+ --path "2 2"\n/);
  });

  it('a loop that only looks endless (its exit opens after ten turns) stays a depth cut', async () => {
    const r = await exploreFixture('softlock-free.ink', { mode: 'random', playthroughs: 10, maxDepth: 6 });
    expect(r.findings).toEqual([]);
    expect(r.cuts.map((c) => c.reason)).toEqual(['depth']);
    expect(r.cuts[0]!.count).toBe(10);
  });

  it('--fail-on softlock sets exit 1', async () => {
    const env = { CAVIAR_CACHE: tempDir() };
    const args = ['explore', exploreFixturePath('softlock.ink'), '--random', '20', '--max-depth', '40', '--workers', '0', '--seed', '3'];
    const failing = await runCli([...args, '--fail-on', 'softlock'], '', env);
    expect([failing.code, failing.stderr]).toEqual([1, 'caviar explore: failing on 2 soft-locks (softlocks)\n']);
  });
});
