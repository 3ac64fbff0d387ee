// Recording with --record and playing back with `caviar replay`, through the real binary.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from '../helpers.ts';

const env = () => ({ CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir() });

describe('replay files', () => {
  it('record the path and play it back with identical output', async () => {
    const file = path.join(tempDir(), 'run.json');
    const played = await runCli([fixture('random.ink'), '--record', file], '1\n', env());
    const recording = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(recording).toMatchObject({ format: 'caviar-replay', version: 2, story: { title: 'random' }, choices: [{ turn: 1, index: 0, text: 'Roll again' }] });
    expect(recording.story.hash).toMatch(/^[0-9a-f]{64}$/);
    const replayed = await runCli(['replay', file, '--plain'], '', env());
    expect(replayed.code).toBe(0);
    expect(replayed.stdout).toBe(played.stdout);
    expect(replayed.stdout).toMatch(/^Dice: \d+ and \d+\./);
  });

  it('follow undo and back: the recording is the path as it stands', async () => {
    const file = path.join(tempDir(), 'run.json');
    await runCli([fixture('choices.ink'), '--record', file], '1\n1\n:back 2\n2\n', env());
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).choices.map((c: { text: string }) => c.text)).toEqual(['First A', 'Second B']);
  });

  it('say at which turn the path no longer fits an edited story', async () => {
    const dir = tempDir();
    const story = path.join(dir, 'story.ink');
    fs.copyFileSync(fixture('choices.ink'), story);
    const file = path.join(dir, 'run.json');
    await runCli([story, '--record', file], '1\n2\n1\n', env());
    fs.writeFileSync(story, fs.readFileSync(story, 'utf8').replace('[Second B]', '[Second B, reworded]'));
    const replayed = await runCli(['replay', file, '--plain'], '', env());
    expect(replayed.code).toBe(1);
    expect(replayed.stderr).toMatch(/The story has changed since this was recorded/);
    expect(replayed.stderr).toMatch(/no longer fits: at turn 2 the story no longer offers "Second B"; it offers "Second A" and "Second B, reworded"\. Replayed 1 of 3 choices/);
    expect(replayed.stdout).toBe('Turn zero.\n1) First A\n2) First B\n> Took A. Turn one.\n1) Second A\n2) Second B, reworded\n> ');
  });

  it('reject a file that is not a recording', async () => {
    const file = path.join(tempDir(), 'bad.json');
    fs.writeFileSync(file, '{"format":"caviar-save"}');
    const run = await runCli(['replay', file], '', env());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not a caviar replay file/);
  });
});
