// --assert and --goal (issue 17 item 7): an invariant broken is a finding with its path; a goal
// is reached with a path, or reported unreachable when every branch was explored.
import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/explore/summary.ts';
import { runCli, tempDir } from '../helpers.ts';
import { exploreFixture, exploreFixturePath, typed } from './helpers.ts';

describe('checks an author states', () => {
  it('an --assert broken is a finding with the shortest path; goals reached or proved unreachable', async () => {
    const r = await exploreFixture('checks.ink', { mode: 'exhaustive', maxDepth: 6, asserts: ['gold >= 0', 'broke == 0'], goals: ['gold == 3', 'gold > 3'] });
    const asserts = r.findings.filter((f) => f.kind === 'assert');
    expect(asserts.map((f) => [f.message, typed(f.path)])).toEqual([
      ['--assert "broke == 0" is false after this step', [2, 2]],
      ['--assert "gold >= 0" is false after this step', [2, 2]],
    ]);
    expect(r.goals).toEqual([
      { expr: 'gold == 3', reached: true, path: expect.objectContaining({ choices: [expect.objectContaining({ text: 'Dig' }), expect.objectContaining({ text: 'Dig' })] }) },
      { expr: 'gold > 3', reached: false, path: null },
    ]);
    const summary = formatSummary(r);
    expect(summary).toMatch(/assertion failed: --assert "gold >= 0" is false after this step\n {4}reproduce: caviar play \S*checks\.ink --seed 1 --path "2 2"\n/);
    expect(summary).toMatch(/Goals: 1 of 2 reached\.\n {2}reached "gold == 3": caviar play \S*checks\.ink --seed 1 --path "1 1"\n {2}not reached "gold > 3"/);
  });

  it('--fail-on asserts,goals; an expression naming what the story lacks is refused before the run', async () => {
    const env = { CAVIAR_CACHE: tempDir() };
    const file = exploreFixturePath('checks.ink');
    const failing = await runCli(['explore', file, '--exhaustive', '--workers', '0', '--max-depth', '4', '--assert', 'gold >= 0', '--goal', 'gold > 3', '--fail-on', 'asserts,goals'], '', env);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/failing on 1 assertion failed \(asserts\), 1 goal not reached \(goals\)/);
    const typo = await runCli(['explore', file, '--assert', 'gld >= 0'], '', env);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('caviar: --assert "gld >= 0": the story has no variable, list item or knot named "gld" (did you mean "gold"?)\n');
    const syntax = await runCli(['explore', file, '--goal', 'gold >'], '', env);
    expect(syntax.stderr).toBe('caviar: --goal "gold >": an expression is missing at the end\n');
  });
});
