// `caviar play STORY --from knot[.stitch] --path "2 1 3"` (issue 17 item 2), and debug moves in
// plain mode and in recordings, through the real binary.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from '../helpers.ts';

const env = () => ({ CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir() });
const story = fixture('bench', 'debug.ink');

describe('starting anywhere', () => {
  it('--from starts at a stitch; --path takes choices by their numbers first', async () => {
    const from = await runCli([story, '--from', 'tower.stairs', '--seed', '3'], ':quit\n', env());
    expect(from.code).toBe(0);
    expect(from.stdout).toBe('You climb the stairs.\nYou look down, and shiver.\n1) Climb on\n> ');
    const walked = await runCli([story, '--seed', '3', '--path', '1 2 1'], ':history\n', env());
    expect(walked.stdout).toBe('Anna has 2 gold.\n1) Go to the tower\n>     1. Go to the cellar\n    2. Dig\n    3. Back up\nNow at turn 3.\n> ');
  });

  it.each([
    [['--from', 'towr'], 'caviar: --from: the story has no knot or stitch named "towr" (did you mean "tower"?)\n'],
    [['--path', '1 5'], 'caviar: --path: choice 2 (5): the story offers 2 choices there\n'],
    [['--path', '2 1 1'], 'caviar: --path: choice 3 (1): the story has ended by then\n'],
    [['--path', 'one'], 'caviar: --path takes the numbers of choices, 1 for the first, as in --path "2 1 3"; not "one"\n'],
    [['--from', 'hall', '--continue'], 'caviar: --from starts a new playthrough: it cannot be used with --continue or --load\n'],
  ])('%j is refused in one line, exit 2, before anything is saved', async (flags, message) => {
    const e = env();
    const run = await runCli([story, ...flags], '', e);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(message);
    expect(run.stdout).toBe('');
    expect(fs.readdirSync(e.CAVIAR_SAVES)).toEqual([]);
  });

  it('debug moves are marked in plain mode and replayed from a recording', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'run.json');
    const played = await runCli([story, '--seed', '3', '--record', file], ':set gold 12\n-> hall\n3\n', env());
    expect(played.stdout).toContain('> [debug] gold = 12\n> [debug] -> hall\nAnna has 12 gold.\n');
    expect(played.stdout).toContain('The smith sells you a sword for 12 gold.\nTHE END\n');
    const recording = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(recording).toMatchObject({ version: 2, choices: [{ turn: 1, text: 'Buy the sword', debug: [{ set: 'gold', value: 12 }, { goto: 'hall' }] }] });
    const replayed = await runCli(['replay', file, '--plain'], '', env());
    expect(replayed.code).toBe(0);
    expect(replayed.stdout).toContain('The smith sells you a sword for 12 gold.');
  });
});
