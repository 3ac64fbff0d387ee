// `caviar replay` and the story a recording names (issue 18, item 21): a recording naming
// /etc/passwd compiled and printed it before refusing; a missing story played the bundled Caviar
// first. The title is checked before anything plays, and the story is found beside the recording.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from '../helpers.ts';

const env = () => ({ CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir() });

async function recorded() {
  const dir = tempDir();
  const story = path.join(dir, 'story.ink');
  fs.copyFileSync(fixture('choices.ink'), story);
  const file = path.join(dir, 'run.replay.json');
  const played = await runCli([story, '--record', file], '1\n2\n', env());
  return { dir, file, played, recording: JSON.parse(fs.readFileSync(file, 'utf8')) as { story: { file: string } } };
}

const naming = (file: string, recording: object, story: string) => fs.writeFileSync(file, JSON.stringify({ ...recording, story: { ...(recording as { story: object }).story, file: story } }));

describe('the story a recording names', () => {
  it('is stored relative to the recording, so the two move together', async () => {
    const { dir, played, recording } = await recorded();
    expect(recording.story.file).toBe('story.ink');
    const moved = path.join(tempDir(), 'moved');
    fs.cpSync(dir, moved, { recursive: true });
    fs.rmSync(dir, { recursive: true });
    const run = await runCli(['replay', path.join(moved, 'run.replay.json'), '--plain'], '', env());
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(played.stdout);
  });

  it('naming /etc/passwd compiled and printed it: refused without reading it, nothing printed', async () => {
    const { file, recording } = await recorded();
    naming(file, recording, '/etc/passwd');
    const run = await runCli(['replay', file, '--plain'], '', env());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^caviar: .*run\.replay\.json names a story that is not a \.ink or \.json file; give the story with --story STORY\n$/);
  });

  it('naming a file that is no story: its text is never echoed', async () => {
    const { dir, file, recording } = await recorded();
    fs.writeFileSync(path.join(dir, 'secret.ink'), 'root:SECRET-HASH:0:0\n{ unbalanced\n');
    fs.writeFileSync(path.join(dir, 'secret.json'), '"SECRET-HASH" and more');
    for (const name of ['secret.ink', 'secret.json']) {
      naming(file, recording, name);
      const run = await runCli(['replay', file, '--plain'], '', env());
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/the story this was recorded with \(.*secret\.(ink|json)\) does not load: give a story with --story STORY\n$/);
      expect(run.stderr).not.toContain('SECRET');
    }
  });

  it('missing: the bundled Caviar was played first; now nothing plays and --story is asked for', async () => {
    const { dir, file } = await recorded();
    fs.rmSync(path.join(dir, 'story.ink'));
    const run = await runCli(['replay', file, '--plain'], '', env());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/the story this was recorded with \(.*story\.ink\) is not there: give it with --story STORY/);
  });

  it('a story of another title, given with --story, is refused before anything plays', async () => {
    const { file } = await recorded();
    const run = await runCli(['replay', file, '--plain', '--story', fixture('tags.ink')], '', env());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('caviar: that is a recording of "story", not of "Tag Test"\n');
  });
});
