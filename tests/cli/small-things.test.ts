// The small things of issue 18, item 23, through the real binary: a save's large unknown field,
// an invalid facts file that `check` passed in silence, a first step that fails, THE END repeated.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from '../helpers.ts';

const env = () => ({ CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir() });
const CHOICES = fixture('choices.ink');

describe('a save with a large field caviar does not know', () => {
  it('was accepted and rewritten, fsynced, at every autosave: the field is dropped', async () => {
    const e = env();
    await runCli([CHOICES], '1\n', e);
    const file = path.join(e.CAVIAR_SAVES, 'autosave-choices.json');
    const save = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(file, JSON.stringify({ ...save, padding: 'x'.repeat(8 * 1024 * 1024) }));
    const run = await runCli([CHOICES, '--continue'], '1\n', e);
    expect(run.code).toBe(0);
    expect(fs.statSync(file).size).toBeLessThan(100_000);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).not.toHaveProperty('padding');
  });

  it('a student name of megabytes, rewritten at every autosave, is refused in one line', async () => {
    const e = env();
    await runCli([CHOICES], '1\n', e);
    const file = path.join(e.CAVIAR_SAVES, 'autosave-choices.json');
    const save = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    const huge = JSON.stringify({ ...save, student: 'A'.repeat(2 * 1024 * 1024) });
    fs.writeFileSync(file, huge);
    const run = await runCli([CHOICES, '--continue'], '', e);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^caviar: .*autosave-choices\.json: cannot load this save: the file is damaged: student: .*\n$/);
    expect(fs.readFileSync(file, 'utf8')).toBe(huge);
  });
});

describe('caviar check and the facts file', () => {
  it('passed an invalid facts.json without a word while handout failed on it: a warning now', async () => {
    const story = fixture('classroom', 'broken-facts', 'quiet.ink');
    const handout = await runCli(['handout', story], '', env());
    expect(handout.code).toBe(2);
    const run = await runCli(['check', story], '', env());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/facts\.json: warning: .*: handout and transcripts cannot use it\n/);
    expect(run.stdout).toMatch(/quiet\.ink: 0 errors, [1-9]\d* warnings?/);
  });
});

describe('plain mode', () => {
  it('at the start of a story that fails on its first step, said "The choice was not taken" though none was made', async () => {
    const run = await runCli([fixture('small', 'fails-at-start.ink')], '', { ...env(), CAVIAR_STEP_LIMIT_MS: '300' });
    expect(run.stderr).toContain('The story stopped before its first choice. :load NAME loads a save, :quit leaves.\n');
    expect(run.stderr).not.toMatch(/choice was not taken|:undo/);
  });

  it('a number typed at a story stopped before its first choice offered :undo, which cannot go back', async () => {
    const run = await runCli([fixture('small', 'fails-at-start.ink')], '1\n', { ...env(), CAVIAR_STEP_LIMIT_MS: '300' });
    expect(run.stdout).toContain('The story stopped before its first choice: :load NAME loads a save, :quit leaves.\n');
    expect(run.stdout + run.stderr).not.toContain(':undo');
    expect(run.code).toBe(1);
  });

  it('after THE END, each number typed printed THE END again: once is enough', async () => {
    const run = await runCli([CHOICES], '1\n1\n1\n1\n2\n', env());
    expect(run.stdout.match(/THE END/g)).toHaveLength(1);
    expect(run.stdout.match(/The story has ended/g)).toHaveLength(2);
  });
});
