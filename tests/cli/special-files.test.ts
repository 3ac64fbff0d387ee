// Reads of special files through the real binary (issue 18, item 13): a FIFO with no writer, or a
// link to /dev/zero, where a story, an INCLUDE, a save, a hand-in or a facts file should be. Each
// once hung forever or grew to gigabytes; each is now one line and an exit code, at once.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from '../helpers.ts';

const env = () => ({ CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir() });
const fifo = (file: string) => {
  execFileSync('mkfifo', [file]);
  return file;
};
const oneLine = (stderr: string) => {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
};

describe('special files read as input', () => {
  it('a FIFO as the story (.ink or .json) hung forever: refused, exit 2', async () => {
    const dir = tempDir();
    for (const name of ['story.ink', 'story.json']) {
      const run = await runCli([fifo(path.join(dir, name)), '--plain'], '', env());
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`${name} is not a regular file \\(a device, a pipe or a socket\\)`));
      oneLine(run.stderr);
    }
  });

  it('a FIFO as an INCLUDE hung the compile forever: a compile error naming it, exit 1', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'main.ink'), 'INCLUDE part.ink\nHello.\n-> END\n');
    fifo(path.join(dir, 'part.ink'));
    const run = await runCli(['check', path.join(dir, 'main.ink')], '', env());
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/main\.ink:1: error: INCLUDE .*part\.ink cannot be read: it is not a regular file/);
  });

  it('a FIFO as a save (--load FILE.json, or the autosave with --continue) hung forever: exit 2, untouched', async () => {
    const e = env();
    const load = await runCli([fixture('choices.ink'), '--load', fifo(path.join(tempDir(), 'save.json'))], '', e);
    expect(load.code).toBe(2);
    expect(load.stderr).toMatch(/save\.json: it is not a regular file/);
    oneLine(load.stderr);
    const auto = fifo(path.join(e.CAVIAR_SAVES, 'autosave-choices.json'));
    const cont = await runCli([fixture('choices.ink'), '--continue'], '', e);
    expect(cont.code).toBe(2);
    expect(cont.stderr).toMatch(/autosave-choices\.json: it is not a regular file/);
    expect(fs.statSync(auto).isFIFO()).toBe(true);
  });

  it('a FIFO as a hand-in hung transcript and class-report; a link to /dev/zero grew to gigabytes: skipped or refused', async () => {
    const hand = tempDir();
    fifo(path.join(hand, 'ada.json'));
    fs.symlinkSync('/dev/zero', path.join(hand, 'zero.md'));
    const one = await runCli(['transcript', path.join(hand, 'ada.json')], '', env());
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/ada\.json: it is not a regular file/);
    const zero = await runCli(['transcript', path.join(hand, 'zero.md')], '', env());
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(/zero\.md: it is not a regular file/);
    const report = await runCli(['class-report', hand, '--out', path.join(tempDir(), 'r.html')], '', env());
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/ada\.json[^\n]*not a regular file/);
    expect(report.stdout).toMatch(/zero\.md[^\n]*not a regular file/);
  });

  it('a FIFO as the facts file hung the handout: its problem said, exit 2', async () => {
    const dir = tempDir();
    fs.copyFileSync(fixture('choices.ink'), path.join(dir, 'story.ink'));
    fifo(path.join(dir, 'facts.json'));
    const run = await runCli(['handout', path.join(dir, 'story.ink')], '', env());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/facts\.json: it is not a regular file/);
  });

  it('a FIFO as the branch map hung the start: play goes on without it', async () => {
    const e = env();
    fifo(path.join(e.CAVIAR_SAVES, 'choices.branches.jsonl'));
    const run = await runCli([fixture('choices.ink')], '1\n', e);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Took A. Turn one.');
  });
});
