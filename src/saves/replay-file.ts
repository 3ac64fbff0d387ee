// Replay files (`--record FILE`): the story's identity, the seed and the path of choices, enough
// to play a session back with identical output (`caviar replay FILE`).

import path from 'node:path';
import { z } from 'zod';
import type { Session } from '../engine/session.ts';
import { UsageError } from '../errors.ts';
import { choiceRecord, debugMove } from './format.ts';
import { checkOutput, type OutputOptions, writeOutput } from '../file-write.ts';
import { FileProblem, readJsonFile } from '../json-file.ts';
import { displayPath } from '../story/compile.ts';

export const REPLAY_FORMAT = 'caviar-replay';
export const REPLAY_VERSION = 2;

const replaySchema = z.object({
  format: z.literal(REPLAY_FORMAT),
  // Version 2 added debug moves (:goto, :set): on the choices, and `pending` after the last one.
  version: z.union([z.literal(1), z.literal(REPLAY_VERSION)]),
  story: z.object({ title: z.string(), hash: z.string().regex(/^[0-9a-f]{64}$/), file: z.string().optional() }),
  seed: z.number().int(),
  start: z.string().optional(),
  recordedAt: z.string(),
  choices: z.array(choiceRecord),
  pending: z.array(debugMove).optional(),
  /** What plain mode printed at each turn (null: not seen, before a resumed save): a test's expectation. */
  output: z.array(z.string().nullable()).optional(),
});

export type ReplayFile = z.infer<typeof replaySchema>;

/**
 * The recording of a session, to be written to `recordFile`: the story's path is kept relative
 * to the recording, so the two can move together (a class's folder copied to another machine).
 */
export function replayFileOf(session: Session, now: Date, recordFile: string, output?: Array<string | null>): ReplayFile {
  const file = path.relative(path.dirname(path.resolve(recordFile)), session.story.file).split(path.sep).join('/');
  return {
    format: REPLAY_FORMAT,
    version: REPLAY_VERSION,
    story: { title: session.state.title, hash: session.story.hash, file },
    seed: session.seed,
    ...(session.options.startPath ? { start: session.options.startPath } : {}),
    recordedAt: now.toISOString(),
    choices: session.path(),
    ...(session.pendingDebugMoves().length ? { pending: [...session.pendingDebugMoves()] } : {}),
    ...(output ? { output } : {}),
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

/**
 * The story file a recording names, resolved against the recording's folder (older recordings
 * hold an absolute path); null when it names none. Only a .ink or .json file is named, so a
 * recording cannot make caviar read, say, /etc/passwd as a story.
 */
export function recordedStoryFile(recordingFile: string, replay: ReplayFile): string | null {
  const named = replay.story.file;
  if (named === undefined || named === '') return null;
  if (!/\.(ink|json)$/i.test(named) || named.includes('\0')) {
    throw new UsageError(`${displayPath(recordingFile)} names a story that is not a .ink or .json file; give the story with --story STORY`);
  }
  return path.resolve(path.dirname(path.resolve(recordingFile)), named);
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
