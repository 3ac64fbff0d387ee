// Putting a session back where a save left it.

import { UsageError } from '../errors.ts';
import { describeDivergence, replay } from '../engine/replay.ts';
import { InkStateError } from '../engine/ink-state-check.ts';
import { Session, type SessionOptions } from '../engine/session.ts';
import type { LoadedStory } from '../story/load.ts';
import { type SaveFile, snapshotOf } from './format.ts';

/** A session put back where a save left it, and what the player should be told about it. */
export interface Resumed {
  session: Session;
  /** Set when the save was made with another version of the story. */
  notice: string | null;
}

/**
 * Resumes a save. A save of this very version of the story loads exactly (its ink state). A save
 * made with another version is never loaded blindly, since ink state in a changed story runs the
 * wrong content silently (INKJS-NOTES.md): its choices are replayed on the story as it is now,
 * each checked by its text, up to the first that no longer fits, and the notice says where.
 */
export function resumeSave(story: LoadedStory, save: SaveFile, options: SessionOptions = {}): Resumed {
  const snapshot = snapshotOf(save);
  if (save.story.hash === story.hash) {
    try {
      return { session: Session.resume(story, snapshot, options), notice: null };
    } catch (error) {
      if (!(error instanceof InkStateError)) throw error;
      throw new UsageError(`cannot load this save: ${error.message}. The file was left as it is.`);
    }
  }
  const result = replay(story, save.seed, save.choices, { ...options, startPath: snapshot.startPath });
  if (result.session.state.title !== save.story.title) {
    throw new UsageError(`that is a save of "${save.story.title}", not of "${result.session.state.title}": it was not loaded`);
  }
  const total = save.choices.length;
  const notice = result.divergence
    ? `This save was made with another version of the story. Its path no longer fits: ${describeDivergence(result.divergence)}. ` +
      `It was loaded up to turn ${result.applied} of ${total}. The save file was left as it is.`
    : `This save was made with another version of the story: all ${total} choices were replayed on the story as it is now.`;
  return { session: result.session, notice };
}
