// `caviar check --format text|json|gcc` and "did you mean" from the story's own names (issue 17
// item 8), through the real binary.
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from '../helpers.ts';

const env = () => ({ CAVIAR_CACHE: tempDir() });
const story = fixture('bench', 'misspelt', 'main.ink');

describe('caviar check for editors', () => {
  it('suggests the name meant for an unknown variable, list item, knot and stitch, across INCLUDEs', async () => {
    const run = await runCli(['check', story], '', env());
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/main\.ink:6: error: Unresolved variable: gld \(did you mean "gold"\?\)\n/);
    expect(run.stdout).toMatch(/main\.ink:7: error: Unresolved variable: clam \(did you mean "calm"\?\)\n/);
    expect(run.stdout).toMatch(/main\.ink:8: error: Divert target not found: '-> celar' \(did you mean "cellar"\?\)\n/);
    expect(run.stdout).toMatch(/rooms\.ink:4: error: Divert target not found: '-> cellar\.stpes' \(did you mean "cellar\.steps"\?\)\n/);
  });

  it('--format gcc prints only the diagnostics; --format json all of it as one object', async () => {
    const gcc = await runCli(['check', story, '--format', 'gcc'], '', env());
    expect(gcc.code).toBe(1);
    const lines = gcc.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(/^\S+\.ink:\d+: error: .+$/);
    const json = await runCli(['check', story, '--format', 'json'], '', env());
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ errors: 4, warnings: 0, stats: null });
    expect(report.diagnostics[0]).toEqual({ severity: 'error', file: expect.stringMatching(/main\.ink$/), line: 6, column: null, message: 'Unresolved variable: gld (did you mean "gold"?)' });
    const good = JSON.parse((await runCli(['check', fixture('bench', 'debug.ink'), '--format', 'json'], '', env())).stdout);
    expect(good).toMatchObject({ errors: 0, diagnostics: [], stats: { knots: 4, stitches: 2 } });
    const bad = await runCli(['check', story, '--format', 'xml'], '', env());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('caviar: --format takes text, json or gcc, not "xml"\n');
  });
});
