// caviar replay FILE [--plain] [--story STORY]: plays back a recording made with --record.
// In plain mode the output is what plain mode printed when the choices were first made; on a
// terminal the UI opens where the recording ends, with the whole path in its history.

import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { Controller } from '../commands/controller.ts';
import { describeDivergence, replay as replayPath } from '../engine/replay.ts';
import { UsageError } from '../errors.ts';
import { readReplayFile } from '../saves/replay-file.ts';
import { loadStory } from '../story/load.ts';
import { renderPassage } from '../ui/plain/plain.ts';
import { canUseTui } from '../ui/tui/terminal-check.ts';
import { type CliIO, stepLimitOf } from './io.ts';
import { DEFAULT_STORY } from './paths.ts';

export async function replay(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { plain: { type: 'boolean' }, story: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('usage: caviar replay FILE [--plain] [--story STORY]');
  const recording = readReplayFile(positionals[0]!);
  const recorded = recording.story.file && fs.existsSync(recording.story.file) ? recording.story.file : undefined;
  const story = loadStory(values.story ?? recorded ?? DEFAULT_STORY);
  if (story.hash !== recording.story.hash) {
    io.stderr.write(`The story has changed since this was recorded: replaying the path by its choices' text.\n`);
  }
  const plain = values.plain || !canUseTui(io, io.env);
  const result = replayPath(story, recording.seed, recording.choices, {
    startPath: recording.start,
    stepLimitMs: stepLimitOf(io.env),
    onStep: plain ? (state) => io.stdout.write(`${renderPassage(state)}> `) : undefined,
  });
  if (result.session.state.title !== recording.story.title) {
    throw new UsageError(`that is a recording of "${recording.story.title}", not of "${result.session.state.title}"`);
  }
  if (result.divergence) {
    io.stderr.write(`The recorded path no longer fits ${describeDivergence(result.divergence)}: replayed ${result.applied} of ${recording.choices.length} choices.\n`);
  }
  if (plain) return result.divergence ? 1 : 0;
  const { runTui } = await import('../ui/tui/index.ts');
  return runTui(new Controller(result.session, null, { autosaveSlot: null }), io, { noAnim: true, mouse: false });
}
