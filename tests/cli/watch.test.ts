// Live reload: `caviar play STORY.ink --watch`, editing the story under a running session.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { fixture, startCli, tempDir } from '../helpers.ts';

it('recompiles on a change, replays the path, reports compile errors without losing the session', async () => {
  const dir = tempDir();
  const story = path.join(dir, 'story.ink');
  fs.copyFileSync(fixture('choices.ink'), story);
  const edit = (from: string, to: string) => fs.writeFileSync(story, fs.readFileSync(story, 'utf8').replace(from, to));
  const cli = startCli([story, '--watch'], { CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir() });
  await cli.waitFor(/> $/);
  cli.send('1');
  await cli.waitFor(/Took A\. Turn one\.\n1\) Second A\n2\) Second B\n> $/);

  edit('Turn one.', 'Turn one, edited live.');
  // The whole path again, the line the edit changed marked.
  await cli.waitFor(/Story reloaded: replayed your 1 choice\. 1 line changed\.\nTurn zero\.\n> First A\n\[changed\] Took A\. Turn one, edited live\.\n1\) Second A\n2\) Second B\n> $/);

  edit('=== three ===', '=== three ===\n{ broken');
  await cli.waitFor(/The story has errors; still playing the version before them:\n.*story\.ink:\d+: error: /);
  cli.send('2');
  await cli.waitFor(/Took second B\. Turn two\.\n1\) Third A\n2\) Third B\n> $/);

  // Only reworded: followed by its position, and said.
  edit('{ broken', '');
  edit('[Second B]', '[Second B, renamed]');
  await cli.waitFor(
    /Story reloaded: replayed your 2 choices\. 1 line changed\.\nThe choice of turn 2, "Second B", now reads "Second B, renamed": followed by its position \(2\)\.\n(?:.*\n)*> \[changed\] Second B, renamed\nTook second B\. Turn two\.\n1\) Third A\n2\) Third B\n> $/,
  );

  // Another choice added beside it: not a rewording, so the path stops before it, in a sentence.
  edit('* [Second B, renamed]', '* [Second C] Took C. -> three\n* [Second B, renamed again]');
  await cli.waitFor(
    /Story reloaded: replayed 1 of your 2 choices\. No text changed\.\nYour path no longer fits: at turn 2 the story no longer offers "Second B, renamed"; it offers "Second A", "Second C" and "Second B, renamed again"\.\n/,
  );
  expect(await cli.end()).toBe(0);
}, 60_000);

// ink's INCLUDE rule: lib/a.ink's `INCLUDE b.ink` is found beside lib/a.ink only while the main
// folder has no b.ink; --watch watches that path too, so the story follows when it appears.
it('recompiles when a file appears where ink looks for a nested INCLUDE', async () => {
  const dir = tempDir();
  fs.cpSync(fixture('include-nested/own-folder'), dir, { recursive: true });
  const cli = startCli([path.join(dir, 'main.ink'), '--watch'], { CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir() });
  await cli.waitFor(/lib[/\\]a\.ink:1: warning: INCLUDE b\.ink is found only relative to this file/, 15_000, 'stderr');
  await cli.waitFor(/B speaking\.\nTHE END\n> $/);
  fs.writeFileSync(path.join(dir, 'b.ink'), "=== b ===\nThe main folder's b.\n-> END\n");
  await cli.waitFor(/Story reloaded[^\n]*\n(?:[^\n]*\n)*?\[changed\] The main folder's b\.\n/);
  expect(await cli.end()).toBe(0);
}, 60_000);
