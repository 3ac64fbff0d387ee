// A save folder shared by several stories, runs and processes, through the real binary: no
// run loses or overwrites what another kept (issue 18, items 8, 9, 12, 14, 15).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, startCli, tempDir } from '../helpers.ts';

const CHOICES = fixture('choices.ink');
const OTHER = fixture('saves', 'other-story.ink');
const env = () => ({ CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir() });
const saveIn = (dir: string, name: string) =>
  JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8')) as { story: { title: string }; choices: Array<{ text: string }> };

describe('stories sharing a save folder', () => {
  it('one autosave per save folder, shared by every story: each story now keeps its own', async () => {
    const e = env();
    await runCli([CHOICES], '2\n', e);
    await runCli([OTHER], '1\n', e);
    expect(saveIn(e.CAVIAR_SAVES, 'autosave-choices').choices.map((c) => c.text)).toEqual(['First B']);
    expect(saveIn(e.CAVIAR_SAVES, 'autosave-another-story').choices.map((c) => c.text)).toEqual(['Left']);
    const back = await runCli([CHOICES, '--continue'], ':history\n', e);
    expect(back.stderr).toBe('');
    expect(back.stdout).toContain('1. First B');
  });

  it(':save NAME overwrote another story\'s save: it is refused and the save left as it was', async () => {
    const e = env();
    await runCli([CHOICES], '1\n:save mine\n', e);
    const before = fs.readFileSync(path.join(e.CAVIAR_SAVES, 'mine.json'), 'utf8');
    const run = await runCli([OTHER], '1\n:save mine\n', e);
    expect(run.stdout).toContain('"mine" is a save of another story ("choices"); it was left alone. Choose another name.');
    expect(fs.readFileSync(path.join(e.CAVIAR_SAVES, 'mine.json'), 'utf8')).toBe(before);
  });

  it('the quick save is the story\'s own', async () => {
    const e = env();
    await runCli([CHOICES], '1\n:save\n', e);
    const run = await runCli([OTHER], ':save\n', e);
    expect(run.stdout).toContain('Saved as "quicksave-another-story" (turn 0).');
    expect(saveIn(e.CAVIAR_SAVES, 'quicksave-choices').story.title).toBe('choices');
  });
});

describe('a run that does not go on from the autosave', () => {
  it('starting without --continue wiped the autosave: the previous one is kept, and the player told', async () => {
    const e = env();
    await runCli([CHOICES], '1\n2\n', e);
    const fresh = await runCli([CHOICES], '', e);
    expect(fresh.code).toBe(0);
    expect(fresh.stderr).toMatch(/^Starting over: your autosave from .* \(turn 2\) is kept as "autosave-choices-previous"; :load autosave-choices-previous goes back to it\.\n$/);
    expect(saveIn(e.CAVIAR_SAVES, 'autosave-choices-previous').choices.map((c) => c.text)).toEqual(['First A', 'Second B']);
    expect(saveIn(e.CAVIAR_SAVES, 'autosave-choices').choices).toEqual([]);
    // An autosave still at the start holds nothing to lose: the kept one stays.
    const again = await runCli([CHOICES], '', e);
    expect(again.stderr).toBe('');
    expect(saveIn(e.CAVIAR_SAVES, 'autosave-choices-previous').choices).toHaveLength(2);
  });

  it('--continue keeps nothing aside: it goes on from the autosave itself', async () => {
    const e = env();
    await runCli([CHOICES], '1\n', e);
    const run = await runCli([CHOICES, '--continue'], '1\n', e);
    expect(run.stderr).toBe('');
    expect(fs.existsSync(path.join(e.CAVIAR_SAVES, 'autosave-choices-previous.json'))).toBe(false);
    expect(saveIn(e.CAVIAR_SAVES, 'autosave-choices').choices).toHaveLength(2);
  });
});

describe('a damaged autosave', () => {
  it('made each new run create autosave-2, autosave-3, ...: one fallback is reused, and --continue goes on from it', async () => {
    const e = env();
    fs.writeFileSync(path.join(e.CAVIAR_SAVES, 'autosave-choices.json'), 'garbage');
    const first = await runCli([CHOICES], '1\n', e);
    expect(first.stderr).toMatch(/autosaves to "autosave-choices-2" instead/);
    const second = await runCli([CHOICES], '2\n', e);
    expect(second.stderr).toMatch(/autosaves to "autosave-choices-2" instead/);
    expect(fs.readdirSync(e.CAVIAR_SAVES).filter((n) => n.startsWith('autosave-choices')).sort()).toEqual([
      'autosave-choices-2-previous.json',
      'autosave-choices-2.json',
      'autosave-choices.json',
    ]);
    const back = await runCli([CHOICES, '--continue'], ':history\n', e);
    expect(back.code).toBe(0);
    expect(back.stderr).toMatch(/autosave-choices\.json: cannot load this save: .*\nGoing on from "autosave-choices-2" instead\.\n/);
    expect(back.stdout).toContain('1. First B');
    expect(fs.readFileSync(path.join(e.CAVIAR_SAVES, 'autosave-choices.json'), 'utf8')).toBe('garbage');
  });
});

describe('temporary files of atomic writes', () => {
  it('interrupted writes left autosave.json.<random> files behind forever: old ones are removed, a fresh one is not', async () => {
    const e = env();
    const stale = path.join(e.CAVIAR_SAVES, 'autosave-choices.json.3141592653');
    const fresh = path.join(e.CAVIAR_SAVES, 'autosave-choices.json.2718281828');
    const other = path.join(e.CAVIAR_SAVES, 'notes.json.1');
    for (const f of [stale, fresh, other]) fs.writeFileSync(f, '{"format":"caviar-sa');
    const hourAgo = new Date(Date.now() - 3_600_000);
    fs.utimesSync(stale, hourAgo, hourAgo);
    fs.utimesSync(other, hourAgo, hourAgo);
    await runCli([CHOICES], '1\n', e);
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true); // may be a write under way in another process
    expect(fs.existsSync(other)).toBe(false);
  });
});

describe('two processes on one save folder', () => {
  it('last writer won silently: the second is told and autosaves beside the first', async () => {
    const e = env();
    const first = startCli([CHOICES], e);
    await first.waitFor(/First B\n> $/);
    first.send('1');
    await first.waitFor(/Second B\n> $/);
    const second = await runCli([CHOICES, '--continue'], '2\n', e);
    expect(second.stderr).toMatch(/Another caviar \(process \d+@.*\) is playing this story with "autosave-choices" in this save folder; it is left to that one\.\nThis session autosaves to "autosave-choices-2" instead\.\n/);
    first.send('1');
    await first.waitFor(/Third B\n> $/);
    expect(await first.end()).toBe(0);
    expect(saveIn(e.CAVIAR_SAVES, 'autosave-choices').choices.map((c) => c.text)).toEqual(['First A', 'Second A']);
    expect(saveIn(e.CAVIAR_SAVES, 'autosave-choices-2').choices.map((c) => c.text)).toEqual(['First A', 'Second B']);
    // The claim ends with its process: the next run has the autosave again.
    const third = await runCli([CHOICES, '--continue'], '', e);
    expect(third.stderr).toBe('');
  });
});

describe('links in the save folder', () => {
  it('an autosave that links out of the save folder got that file rewritten: it is not written through', async () => {
    const e = env();
    const outside = tempDir();
    await runCli([CHOICES], '1\n', e);
    const victim = path.join(outside, 'elsewhere.json');
    fs.renameSync(path.join(e.CAVIAR_SAVES, 'autosave-choices.json'), victim);
    fs.symlinkSync(victim, path.join(e.CAVIAR_SAVES, 'autosave-choices.json'));
    const before = fs.readFileSync(victim, 'utf8');
    const run = await runCli([CHOICES, '--continue'], '1\n', e);
    expect(run.stdout).toContain('Could not autosave (autosave-choices.json is a link to a file outside the save folder, so it was not written through)');
    expect(fs.readFileSync(victim, 'utf8')).toBe(before);
  });

  it('a branch map that links out of the save folder got that file appended to: it is not written through', async () => {
    const e = env();
    const victim = path.join(tempDir(), 'diary.txt');
    fs.writeFileSync(victim, 'my diary\n');
    fs.symlinkSync(victim, path.join(e.CAVIAR_SAVES, 'choices.branches.jsonl'));
    const run = await runCli([CHOICES], '1\n2\n', e);
    expect(run.code).toBe(0);
    expect(fs.readFileSync(victim, 'utf8')).toBe('my diary\n');
  });

  it('a link inside the save folder is still written through', async () => {
    const e = env();
    fs.mkdirSync(path.join(e.CAVIAR_SAVES, 'real'));
    await runCli([CHOICES], '1\n', e);
    fs.renameSync(path.join(e.CAVIAR_SAVES, 'autosave-choices.json'), path.join(e.CAVIAR_SAVES, 'real', 'auto.json'));
    fs.symlinkSync(path.join('real', 'auto.json'), path.join(e.CAVIAR_SAVES, 'autosave-choices.json'));
    await runCli([CHOICES, '--continue'], '1\n', e);
    expect(saveIn(path.join(e.CAVIAR_SAVES, 'real'), 'auto').choices).toHaveLength(2);
  });
});
