// A story whose string doubles in a loop, or which prints without end, through the real binary
// (issue 18.2): plain mode and the explorer stop it with one line naming the limit, where V8's
// fatal "invalid size" (exit 133, a native stack) used to end the process.

import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from '../helpers.ts';

const noStack = (text: string) => expect(text).not.toMatch(/\bat .*:\d+:\d+|node_modules|Fatal|V8_|RangeError/);

describe('a string doubling in a loop', () => {
  it('stops plain mode with one line naming the limit, and the other path still plays', async () => {
    const run = await runCli([fixture('step-bounds', 'string-doubling.ink'), '--plain'], '1\n:undo\n2\n', { CAVIAR_SAVES: tempDir(), CAVIAR_CACHE: tempDir() });
    const stopped = run.stderr.split('\n').filter((l) => l.startsWith('Stopped'));
    expect(stopped).toHaveLength(1);
    expect(stopped[0]).toMatch(/^Stopped at grow\S* \(.*string-doubling\.ink:\d+\): the story made a string longer than 1,000,000 characters, inside grow/);
    expect(run.stdout).toContain('Safe.');
    noStack(run.stderr);
    expect(run.code).toBe(0);
  }, 60_000);

  it('is a finding of the explorer, with the limit named', async () => {
    const run = await runCli(['explore', fixture('step-bounds', 'string-doubling.ink'), '--random', '4', '--workers', '1', '--seed', '1'], '', { CAVIAR_CACHE: tempDir() });
    expect(run.stdout).toMatch(/string-doubling\.ink:\d+: the story made a string longer than 1,000,000 characters, inside grow/);
    noStack(run.stdout + run.stderr);
    expect(run.code).toBe(0);
  }, 120_000);
});

it('a loop printing without end stops plain mode with the output limit named', async () => {
  const run = await runCli([fixture('step-bounds', 'endless-lines.ink'), '--plain'], '1\n', { CAVIAR_SAVES: tempDir(), CAVIAR_CACHE: tempDir() });
  expect(run.stderr).toMatch(/^Stopped at flood\S* \(.*endless-lines\.ink:\d+\): the story printed more than 1,000,000 characters without reaching a choice or an end, inside flood, so it was stopped$/m);
  noStack(run.stderr);
  expect(run.code).toBe(1);
}, 60_000);
