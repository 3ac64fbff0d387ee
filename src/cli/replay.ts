// caviar replay FILE [--plain] [--story STORY]: plays back a recording made with --record.
// In plain mode the output is what plain mode printed when the choices were first made; on a
// terminal the UI opens where the recording ends, with the whole path in its history.

import fs from 'node:fs';
import { Controller } from '../commands/controller.ts';
import { describeDivergence, replay as replayPath } from '../engine/replay.ts';
import { StoryError, UsageError } from '../errors.ts';
import { readReplayFile, recordedStoryFile, type ReplayFile } from '../saves/replay-file.ts';
import { displayPath } from '../story/compile.ts';
import { type LoadedStory, loadStory } from '../story/load.ts';
import { metadataOf } from '../story/metadata.ts';
import { renderPassage } from '../engine/passage-text.ts';
import { canUseTui } from '../ui/tui/terminal-check.ts';
import { parseCommand } from './args.ts';
import { type CliIO, stepLimitOf } from './io.ts';
import { DEFAULT_STORY } from './paths.ts';
import { forTerminal } from '../terminal-text.ts';
import { REPLAY_USAGE } from './usage.ts';

export async function replay(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('caviar replay', {
    args,
    allowPositionals: true,
    options: { plain: { type: 'boolean' }, story: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError(`usage: ${REPLAY_USAGE}`);
  const recordingFile = positionals[0]!;
  const recording = readReplayFile(recordingFile);
  const story = values.story !== undefined ? loadStory(values.story) : recordedStory(recordingFile, recording);
  // Before anything is played: a recording of another story stops here, with nothing printed.
  const { title } = metadataOf(story);
  if (title !== recording.story.title) {
    throw new UsageError(`that is a recording of "${recording.story.title}", not of "${title}"${values.story === undefined ? ': give its story with --story STORY' : ''}`);
  }
  if (story.hash !== recording.story.hash) {
    io.stderr.write(`The story has changed since this was recorded: replaying the path by its choices' text.\n`);
  }
  const plain = values.plain || !canUseTui(io, io.env);
  const out = forTerminal(io.stdout);
  const result = replayPath(story, recording.seed, recording.choices, {
    startPath: recording.start,
    pending: recording.pending,
    stepLimitMs: stepLimitOf(io.env),
    onStep: plain ? (state) => out.write(`${renderPassage(state)}> `) : undefined,
  });
  if (result.divergence) {
    io.stderr.write(`The recorded path no longer fits: ${describeDivergence(result.divergence)}. Replayed ${result.applied} of ${recording.choices.length} choices.\n`);
  }
  if (plain) return result.divergence ? 1 : 0;
  const { runTui } = await import('../ui/tui/index.ts');
  return runTui(new Controller(result.session, null, { autosaveSlot: null }), io, { noAnim: true, mouse: false });
}

/**
 * The story a recording names, found beside it; the bundled story when it names none. A file
 * that is missing, or does not load, is not replaced by another story, and its content is never
 * echoed (a hostile recording could name any file): the player is asked for --story.
 */
function recordedStory(recordingFile: string, recording: ReplayFile): LoadedStory {
  const file = recordedStoryFile(recordingFile, recording) ?? DEFAULT_STORY;
  if (!fs.existsSync(file)) {
    throw new UsageError(`the story this was recorded with (${displayPath(file)}) is not there: give it with --story STORY`);
  }
  try {
    return loadStory(file);
  } catch (error) {
    if (!(error instanceof StoryError) && !(error instanceof UsageError)) throw error;
    throw new UsageError(`the story this was recorded with (${displayPath(file)}) does not load: give a story with --story STORY`);
  }
}
