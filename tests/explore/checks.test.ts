// --assert and --goal (issue 17 item 7): an invariant broken is a finding with its path; a goal
// is reached with a path, or reported unreachable when every branch was explored.
import fs from 'node:fs';
import path from 'node:path';
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

describe('report formats and the config file', () => {
  const env = () => ({ CAVIAR_CACHE: tempDir() });

  it('--format ndjson: one JSON object a line, each path with the command that opens it; --format markdown for a CI summary', async () => {
    const file = exploreFixturePath('checks.ink');
    const args = ['explore', file, '--exhaustive', '--workers', '0', '--seed', '4', '--max-depth', '4', '--assert', 'gold >= 0'];
    const nd = await runCli([...args, '--format', 'ndjson'], '', env());
    const lines = nd.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { type: string; kind?: string; command?: string });
    expect(lines[0]).toMatchObject({ type: 'run', settings: { mode: 'exhaustive', seed: 4 }, run: { complete: true } });
    expect(lines.find((l) => l.type === 'finding')).toMatchObject({ kind: 'assert', command: expect.stringMatching(/^caviar play \S*checks\.ink --seed 4 --path "2 2"$/) });
    expect(lines.at(-1)).toMatchObject({ type: 'totals', coverage: { total: 2, visited: 2 } });
    const md = await runCli([...args, '--format', 'markdown'], '', env());
    expect(md.stdout).toMatch(/^# caviar explore: \S*checks\.ink\n\nexhaustive, seed 4, [\d.]+ s: complete\.\n\n## Findings \(1\)\n\n\| kind \| where \| message \| reproduce \|\n/);
    expect(md.stdout).toContain('| assert |  | --assert "gold &gt;= 0" is false after this step | `caviar play');
    const bad = await runCli([...args, '--format', 'xml'], '', env());
    expect(bad.stderr).toBe('caviar: --format takes text, ndjson, markdown, not "xml"\n');
  });

  it('STORY.explore.json beside the story holds the settings; flags on the command line win; a bad file is one line, exit 2', async () => {
    const dir = tempDir();
    const story = path.join(dir, 'checks.ink');
    fs.copyFileSync(exploreFixturePath('checks.ink'), story);
    fs.writeFileSync(
      path.join(dir, 'checks.explore.json'),
      JSON.stringify({ exhaustive: true, workers: 0, seed: 4, maxDepth: 4, assert: ['gold >= 0'], goal: 'gold > 3', failOn: ['asserts', 'goals'], json: 'out/report.json' }),
    );
    fs.mkdirSync(path.join(dir, 'out'));
    const run = await runCli(['explore', story], '', env());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/failing on 1 assertion failed \(asserts\), 1 goal not reached \(goals\)/);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'))).toMatchObject({ settings: { mode: 'exhaustive', seed: 4, maxDepth: 4 } });
    const overridden = await runCli(['explore', story, '--seed', '5', '--fail-on', 'errors'], '', env());
    expect(overridden.code).toBe(0);
    expect(overridden.stdout).toMatch(/seed 5/);
    fs.writeFileSync(path.join(dir, 'checks.explore.json'), '{"exhaustiv": true}');
    const bad = await runCli(['explore', story], '', env());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^caviar: \S*checks\.explore\.json: the file is damaged: top level: .*exhaustiv/);
    const missing = await runCli(['explore', story, '--config', path.join(dir, 'none.json')], '', env());
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^caviar: \S*none\.json: no such file\n$/);
  });
});
