// Replay files (`--record FILE`): the story's identity, the seed and the path of choices, enough
// to play a session back with identical output (`caviar replay FILE`).

import { z } from 'zod';
import type { Session } from '../engine/session.ts';
import { UsageError } from '../errors.ts';
import { choiceRecord } from './format.ts';
import { checkOutput, type OutputOptions, writeOutput } from '../file-write.ts';
import { FileProblem, readJsonFile } from '../json-file.ts';
import { displayPath } from '../story/compile.ts';

export const REPLAY_FORMAT = 'caviar-replay';
export const REPLAY_VERSION = 1;

const replaySchema = z.object({
  format: z.literal(REPLAY_FORMAT),
  version: z.literal(REPLAY_VERSION),
  story: z.object({ title: z.string(), hash: z.string().regex(/^[0-9a-f]{64}$/), file: z.string().optional() }),
  seed: z.number().int(),
  start: z.string().optional(),
  recordedAt: z.string(),
  choices: z.array(choiceRecord),
});

export type ReplayFile = z.infer<typeof replaySchema>;

export function replayFileOf(session: Session, now: Date): ReplayFile {
  return {
    format: REPLAY_FORMAT,
    version: REPLAY_VERSION,
    story: { title: session.state.title, hash: session.story.hash, file: session.story.file },
    seed: session.seed,
    ...(session.options.startPath ? { start: session.options.startPath } : {}),
    recordedAt: now.toISOString(),
    choices: session.path(),
  };
}

/** Only a recording of the same story may be replaced: a save, a hand-in or a source never. */
const recordingOptions = (title: string): OutputOptions => ({
  mayReplace: (kind, text) => kind === 'a caviar recording' && (JSON.parse(text) as ReplayFile).story.title === title,
});

/** Fails before play when the recording cannot go to `file` (see writeOutput). */
export function checkReplayFile(file: string, title: string, sources: readonly string[]): void {
  checkOutput(file, { ...recordingOptions(title), protect: sources });
}

export function writeReplayFile(file: string, replay: ReplayFile): void {
  writeOutput(file, `${JSON.stringify(replay, null, 1)}\n`, recordingOptions(replay.story.title));
}

export function readReplayFile(file: string): ReplayFile {
  const prepare = (data: unknown) => {
    if ((data as { format?: unknown } | null)?.format !== REPLAY_FORMAT) throw new FileProblem('not a caviar replay file');
    return data;
  };
  try {
    return readJsonFile(file, replaySchema, { prepare });
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    throw new UsageError(`${displayPath(file)}: ${error.message === 'no such file' ? 'no such replay file' : error.message}`);
  }
}
