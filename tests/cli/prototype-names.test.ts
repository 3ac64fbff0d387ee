// Issue 18 item 3: names that are also the properties of every JavaScript object (`toString`,
// `constructor`, `__proto__`, ...) typed as a command, a `:` command, an option, a slot, a role
// or a class command, or written as a story's tags: each is an unknown name like any other,
// never a crash or an "internal error" from a lookup in a plain object.
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from '../helpers.ts';

const NAMES = ['__proto__', 'constructor', 'hasOwnProperty', 'valueOf', 'toString'];
const CRASH = /internal error|^\s+at |node:internal|TypeError/m;
const env = () => ({ CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir() });

describe('names of Object.prototype', () => {
  it('as the command, a flag, a role, a --load slot and a class command: one line, exit 2', async () => {
    const e = env();
    const runs = await Promise.all(
      [
        ...NAMES.flatMap((name) => [runCli([name], '', e), runCli([`--${name}`], '', e)]),
        ...['__proto__', 'constructor'].flatMap((name) => [
          runCli([fixture('classroom', 'harbour.ink'), '--role', name], '', e),
          runCli([fixture('choices.ink'), '--load', name], '', e),
          runCli(['class', name], '', e),
        ]),
      ],
    );
    for (const run of runs) {
      expect(run.stderr).not.toMatch(CRASH);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^caviar: [^\n]+\n$/);
    }
  }, 120_000);

  it('as : commands, slots and arguments in plain mode (:transcript NAME is a file name, tried elsewhere): unknown, refused or saved, never a crash', async () => {
    const script = NAMES.flatMap((n) => [`:${n}`, `:${n} x`, `:load ${n}`, `:save ${n}`, `:help ${n}`]).join('\n');
    const run = await runCli([fixture('choices.ink')], `${script}\n1\n`, env());
    expect(run.stderr).not.toMatch(CRASH);
    expect(run.stdout).not.toMatch(CRASH);
    expect(run.code).toBe(0);
    expect(run.stdout.match(/Unknown command/gi)?.length).toBeGreaterThanOrEqual(NAMES.length);
    expect(run.stdout).toContain('Took A.');
  }, 60_000);

  it('as tag names, a role id, an ending id and a title in a story: play, :map, :endings, check and explore', async () => {
    const story = fixture('small', 'prototype-tags.ink');
    const e = env();
    const play = await runCli([story], '1\n:map\n:endings\n', e);
    expect(play.stderr).not.toMatch(CRASH);
    expect(play.code).toBe(0);
    expect(play.stdout).toMatch(/Endings reached: 0 of 1\.\n {2}\[ \] Proto \(__proto__\): not reached yet/);
    const check = await runCli(['check', story], '', e);
    expect([check.code, check.stderr]).toEqual([0, '']);
    const explore = await runCli(['explore', story, '--random', '3', '--seed', '1'], '', e);
    expect(explore.stderr).not.toMatch(CRASH);
    expect(explore.code).toBe(0);
  }, 60_000);
});
