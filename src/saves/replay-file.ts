// Replay files (`--record FILE`): the story's identity, the seed and the path of choices, enough
// to play a session back with identical output (`caviar replay FILE`).

import fs from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import type { Session } from '../engine/session.ts';
import { UsageError } from '../errors.ts';
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
  choices: z.array(z.object({ turn: z.number().int().min(1), index: z.number().int().min(0), text: z.string() })),
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

export function writeReplayFile(file: string, replay: ReplayFile): void {
  writeFileAtomic.sync(file, `${JSON.stringify(replay, null, 1)}\n`);
}

export function readReplayFile(file: string): ReplayFile {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${displayPath(file)}: ${code === 'ENOENT' ? 'no such replay file' : code ? `cannot read it (${code})` : 'not valid JSON'}`);
  }
  if ((data as { format?: unknown })?.format !== REPLAY_FORMAT) throw new UsageError(`${displayPath(file)}: not a caviar replay file`);
  const parsed = replaySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`${displayPath(file)}: damaged replay file: ${issue.path.join('.') || 'top level'}: ${issue.message}`);
  }
  return parsed.data;
}
