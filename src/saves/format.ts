// The save file format of DESIGN.md ("Save files"), validated on load so that a damaged,
// foreign or future file is reported in one clear sentence and never trusted.

import { z } from 'zod';
import type { SessionSnapshot } from '../engine/session.ts';
import type { SessionState } from '../engine/state.ts';

export const SAVE_FORMAT = 'caviar-save';
export const SAVE_VERSION = 1;

const choiceRecord = z.object({ turn: z.number().int().min(1), index: z.number().int().min(0), text: z.string() });

// The engine state is checked for the fields caviar reads back; the rest is plain data.
const engineState = z
  .object({
    title: z.string(),
    seed: z.number(),
    turn: z.number().int().min(0),
    lines: z.array(z.object({ text: z.string(), tags: z.array(z.string()) }).passthrough()),
    choices: z.array(z.object({ index: z.number().int().min(0), text: z.string(), tags: z.array(z.string()) })),
    lastChoice: choiceRecord.nullable(),
    status: z.object({}).passthrough(),
    watches: z.array(z.object({ variable: z.string(), label: z.string(), value: z.string() })),
    notebook: z.array(z.object({ turn: z.number(), text: z.string() })),
    facts: z.array(z.string()),
    fictionLines: z.number(),
    ending: z.object({ id: z.string(), title: z.string(), turn: z.number() }).nullable(),
    ended: z.boolean(),
  })
  .passthrough();

export const saveSchema = z.object({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(SAVE_VERSION),
  story: z.object({ title: z.string(), hash: z.string().regex(/^[0-9a-f]{64}$/) }),
  seed: z.number().int(),
  /** The knot the playthrough started at, when not the top of the story (e.g. --role). */
  start: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  choices: z.array(choiceRecord),
  inkState: z.string().min(2),
  engine: engineState,
  student: z.string().optional(),
});

export type SaveFile = z.infer<typeof saveSchema>;

export class SaveFormatError extends Error {}

/** Parses and checks a save file's text; throws SaveFormatError saying what is wrong with it. */
export function parseSave(text: string): SaveFile {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new SaveFormatError(text.trim() === '' ? 'the file is empty' : 'the file is not valid JSON (truncated or damaged?)');
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== SAVE_FORMAT) {
    throw new SaveFormatError('this is not a caviar save file');
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > SAVE_VERSION) {
    throw new SaveFormatError(`it was written by a newer caviar (save version ${version}; this one reads version ${SAVE_VERSION})`);
  }
  const parsed = saveSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SaveFormatError(`the file is damaged: ${issue.path.join('.') || 'top level'}: ${issue.message}`);
  }
  const save = parsed.data;
  if (save.choices.length !== save.engine.turn) {
    throw new SaveFormatError(`the file is damaged: ${save.choices.length} choices recorded for turn ${save.engine.turn}`);
  }
  try {
    JSON.parse(save.inkState);
  } catch {
    throw new SaveFormatError('the file is damaged: its ink state is not valid JSON');
  }
  return save;
}

export interface SaveMeta {
  title: string;
  hash: string;
  createdAt?: string;
  student?: string;
}

export function buildSave(snapshot: SessionSnapshot, meta: SaveMeta, now: Date): SaveFile {
  const time = now.toISOString();
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    story: { title: meta.title, hash: meta.hash },
    seed: snapshot.seed,
    ...(snapshot.startPath ? { start: snapshot.startPath } : {}),
    createdAt: meta.createdAt ?? time,
    updatedAt: time,
    choices: snapshot.choices,
    inkState: snapshot.inkState,
    engine: snapshot.engine as unknown as SaveFile["engine"],
    ...(meta.student ? { student: meta.student } : {}),
  };
}

export function snapshotOf(save: SaveFile): SessionSnapshot {
  return {
    seed: save.seed,
    ...(save.start ? { startPath: save.start } : {}),
    choices: save.choices,
    inkState: save.inkState,
    engine: save.engine as unknown as SessionState,
  };
}
