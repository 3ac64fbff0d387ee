// A hand-in: what a teacher needs to rebuild a student's playthrough (story version, seed,
// start, choices, the student's name). A save holds one; a transcript carries one too, as a
// single-line block at its end, so either file can go in the class's hand-in folder.
// The block is base64 JSON inside an HTML comment: invisible in rendered Markdown and HTML,
// and nothing a student typed can break out of it.

import { z } from 'zod';
import type { SaveFile } from '../saves/format.ts';
import { cleanName } from '../escape.ts';

const MAX_CHOICES = 100_000;

const handInSchema = z.object({
  format: z.literal('caviar-handin'),
  version: z.literal(1),
  story: z.object({ title: z.string().max(1000), hash: z.string().regex(/^[0-9a-f]{64}$/) }),
  seed: z.number().int(),
  start: z.string().max(1000).optional(),
  student: z.string().max(10_000).optional(),
  createdAt: z.string().max(100).optional(),
  updatedAt: z.string().max(100).optional(),
  choices: z
    .array(
      z.object({
        turn: z.number().int().min(1),
        index: z.number().int().min(0),
        text: z.string().max(100_000),
        sets: z
          .array(z.object({ name: z.string().max(1000), value: z.union([z.string().max(100_000), z.number(), z.boolean()]), from: z.string().max(1000).optional() }))
          .max(1000)
          .optional(),
      }),
    )
    .max(MAX_CHOICES),
});

export type HandIn = z.infer<typeof handInSchema>;

export function handInOf(save: SaveFile): HandIn {
  return {
    format: 'caviar-handin',
    version: 1,
    story: save.story,
    seed: save.seed,
    ...(save.start ? { start: save.start } : {}),
    ...(save.student ? { student: save.student } : {}),
    createdAt: save.createdAt,
    updatedAt: save.updatedAt,
    // The hand-in needs only what replays the path.
    choices: save.choices.map(({ turn, index, text, sets }) => ({ turn, index, text, ...(sets ? { sets } : {}) })),
  };
}

/** The student's name as it may be shown (still to be escaped for HTML or Markdown). */
export function studentOf(handIn: HandIn): string | null {
  const name = handIn.student === undefined ? '' : cleanName(handIn.student);
  return name || null;
}

const MARK = 'caviar-handin:1:';
const BLOCK = /caviar-handin:1:([A-Za-z0-9+/=]*)/g;

/** The comment a transcript ends with. */
export function handInBlock(handIn: HandIn): string {
  return `<!-- ${MARK}${Buffer.from(JSON.stringify(handIn), 'utf8').toString('base64')} -->`;
}

export class HandInError extends Error {}

/** The hand-in inside a transcript's text; null when it has none. Throws HandInError when it is damaged. */
export function readHandInBlock(text: string): HandIn | null {
  const blocks = [...text.matchAll(BLOCK)];
  if (!blocks.length) return null;
  if (new Set(blocks.map((m) => m[1])).size > 1) throw new HandInError('it holds more than one playthrough record');
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(blocks[0]![1]!, 'base64').toString('utf8'));
  } catch {
    throw new HandInError('its playthrough record is damaged');
  }
  const parsed = handInSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new HandInError(`its playthrough record is damaged (${issue.path.join('.') || 'top level'}: ${issue.message})`);
  }
  const turns = parsed.data.choices.map((c) => c.turn);
  if (turns.some((t, i) => t !== i + 1)) throw new HandInError('its playthrough record is damaged (choices out of order)');
  return parsed.data;
}

/**
 * Whether a file's text carries a record of this very playthrough (same story, student and start
 * time): a newer transcript of it may replace the file; a classmate's hand-in never.
 */
export function carriesPlaythrough(text: string, handIn: HandIn): boolean {
  try {
    const other = readHandInBlock(text);
    return other !== null && other.story.title === handIn.story.title && other.student === handIn.student && other.createdAt === handIn.createdAt;
  } catch {
    return false;
  }
}
