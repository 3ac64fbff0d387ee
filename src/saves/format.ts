// The save file format of DESIGN.md ("Save files"), validated on load so that a damaged,
// foreign or future file is reported in one clear sentence and never trusted.

import { z } from 'zod';
import type { SessionSnapshot } from '../engine/session.ts';
import type { SessionState } from '../engine/state.ts';
import { FileProblem, parseJson } from '../json-file.ts';

export const SAVE_FORMAT = 'caviar-save';
export const SAVE_VERSION = 3;

const variableSet = z.object({ name: z.string(), value: z.union([z.string(), z.number(), z.boolean()]), from: z.string().optional() });

export const debugMove = z.union([z.object({ goto: z.string() }).strict(), z.object({ set: z.string(), value: z.union([z.string(), z.number(), z.boolean()]) }).strict()]);

export const choiceRecord = z.object({
  turn: z.number().int().min(1),
  index: z.number().int().min(0),
  text: z.string(),
  sourcePath: z.string().optional(),
  sets: z.array(variableSet).optional(),
  debug: z.array(debugMove).optional(),
});

const idTitle = { id: z.string(), title: z.string() };

// The session state as the engine defines it (engine/state.ts), field by field: a save is read
// back into a running session, so nothing in it is taken on trust, and unknown fields are dropped.
const engineState: z.ZodType<SessionState> = z.object({
  title: z.string(),
  author: z.string().nullable(),
  seed: z.number(),
  turn: z.number().int().min(0),
  lines: z.array(
    z.object({
      text: z.string(),
      tags: z.array(z.string()),
      speaker: z.string().optional(),
      clear: z.boolean().optional(),
      facts: z.array(z.string()).optional(),
      fiction: z.boolean().optional(),
    }),
  ),
  choices: z.array(z.object({ index: z.number().int().min(0), text: z.string(), tags: z.array(z.string()), sourcePath: z.string().optional() })),
  lastChoice: choiceRecord.nullable(),
  status: z.object({ role: z.string().optional(), location: z.string().optional(), date: z.string().optional() }),
  watches: z.array(z.object({ variable: z.string(), label: z.string(), value: z.string() })),
  notebook: z.array(z.object({ turn: z.number(), text: z.string() })),
  facts: z.array(z.string()),
  fictionLines: z.number(),
  ending: z.object({ ...idTitle, turn: z.number() }).nullable(),
  decision: z.object({ id: z.string(), summary: z.string() }).nullable(),
  phase: z.object({ ...idTitle, turn: z.number() }).nullable(),
  ended: z.boolean(),
  issue: z
    .object({ kind: z.enum(['error', 'watchdog']), message: z.string(), inkPath: z.string().nullable(), source: z.string().nullable() })
    .nullable(),
  warnings: z.array(z.string()),
  debug: z.string().nullable(),
});

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
  /** Debug moves made since the last choice (`:goto`, `:set`): they go on the next one. */
  pending: z.array(debugMove).optional(),
  inkState: z.string().min(2),
  engine: engineState,
  // Bounded like a hand-in's: the name is written again at every autosave.
  student: z.string().max(10_000).optional(),
});

export type SaveFile = z.infer<typeof saveSchema>;

type Data = Record<string, unknown>;

/**
 * How a save of each earlier version becomes one of the next: MIGRATIONS[v] turns version v
 * into v + 1. A new field goes into the schema above with SAVE_VERSION + 1 and one entry here.
 */
export const MIGRATIONS: Record<number, (save: Data) => Data> = {
  // Version 2 knows the passage's key decision and the last phase reached; version 1 had
  // neither, so it had reached none that caviar could tell.
  1: (save) => {
    const engine = (save.engine ?? {}) as Data;
    return { ...save, version: 2, engine: { decision: null, phase: null, author: null, issue: null, warnings: [], ...engine } };
  },
  // Version 3 records an author's debug moves (:goto, :set); version 2 could make none.
  2: (save) => ({ ...save, version: 3, engine: { debug: null, ...((save.engine ?? {}) as Data) } }),
};

export class SaveFormatError extends Error {}

function prepare(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || (data as Data).format !== SAVE_FORMAT) {
    throw new FileProblem('this is not a caviar save file');
  }
  let save = data as Data;
  const version = save.version;
  if (typeof version === 'number' && version > SAVE_VERSION) {
    throw new FileProblem(`it was written by a newer caviar (save version ${version}; this one reads version ${SAVE_VERSION})`);
  }
  for (let v = version as number; typeof v === 'number' && MIGRATIONS[v]; v = save.version as number) save = MIGRATIONS[v]!(save);
  return save;
}

/** Parses and checks a save file's text; throws SaveFormatError saying what is wrong with it. */
export function parseSave(text: string): SaveFile {
  let save: SaveFile;
  try {
    save = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, saveSchema, { prepare });
  } catch (error) {
    if (error instanceof FileProblem) throw new SaveFormatError(error.message);
    throw error;
  }
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
    ...(snapshot.pending?.length ? { pending: snapshot.pending } : {}),
    inkState: snapshot.inkState,
    engine: snapshot.engine,
    ...(meta.student ? { student: meta.student } : {}),
  };
}

export function snapshotOf(save: SaveFile): SessionSnapshot {
  return {
    seed: save.seed,
    ...(save.start ? { startPath: save.start } : {}),
    choices: save.choices,
    ...(save.pending ? { pending: save.pending } : {}),
    inkState: save.inkState,
    engine: save.engine,
  };
}
