// Which slot a solo session autosaves to, and which one --continue goes on from. Each story has
// its own autosave in a shared save folder ("autosave-caviar"), and no run loses one: a damaged
// autosave is kept and one fallback slot is used beside it (the same one every time), a slot
// another caviar process is autosaving to is left to it, and a run that does not go on from the
// autosave keeps the previous one under another name before its first autosave replaces it.

import { localTime } from '../local-time.ts';
import type { SaveFile } from './format.ts';
import { claimSlot } from './lock.ts';
import { AUTOSAVE, type SaveStore } from './store.ts';

/** The autosave's fallback: used while the autosave itself is damaged or in use. */
const fallbackOf = (slot: string) => `${slot}-2`;
/** Where a run that starts over keeps the autosave it would replace. */
export const previousOf = (slot: string) => `${slot}-previous`;

export interface Found {
  slot: string;
  save: SaveFile;
  /** What the player is told about where the save came from, when not the story's autosave. */
  notice: string | null;
}

/**
 * The autosave --continue goes on from: the story's own, else its fallback, else the single
 * autosave.json an older caviar kept for every story, when it is of this story. Null when there
 * is none; a damaged autosave with no fallback is the usage error that says so.
 */
export function findAutosave(store: SaveStore, title: string): Found | null {
  const own = store.slotOf(AUTOSAVE, title);
  let damaged: Error | null = null;
  for (const slot of [own, fallbackOf(own)]) {
    if (!store.exists(slot)) continue;
    try {
      const save = store.read(slot);
      const notice = slot === own ? null : `${damaged?.message ?? `"${own}" is missing`}\nGoing on from "${slot}" instead.`;
      return { slot, save, notice };
    } catch (error) {
      damaged ??= error as Error;
    }
  }
  if (damaged) throw damaged;
  if (store.exists(AUTOSAVE)) {
    try {
      const save = store.read(AUTOSAVE);
      if (save.story.title === title) {
        return { slot: AUTOSAVE, save, notice: `Going on from "${AUTOSAVE}" (an older caviar's autosave); from now on this story autosaves to "${own}".` };
      }
    } catch {
      // an old shared autosave that is damaged is no one's to go on from
    }
  }
  return null;
}

export interface AutosavePlan {
  /** The slot this session autosaves to; null when none can be used. */
  slot: string | null;
  /** What the player is told before play. */
  notices: string[];
}

/**
 * Chooses and claims the slot a session autosaves to. `resumedFrom` is the slot it went on
 * from (--continue); any other start keeps the autosave it is about to replace.
 */
export function planAutosave(store: SaveStore, title: string, resumedFrom: string | null): AutosavePlan {
  const own = store.slotOf(AUTOSAVE, title);
  const notices: string[] = [];
  for (const slot of [own, fallbackOf(own)]) {
    const problem = slotProblem(store, slot, title);
    if (problem) {
      notices.push(problem);
      continue;
    }
    const claim = claimSlot(store.dir, slot);
    if (!claim.held) {
      notices.push(`Another caviar (process ${claim.by}) is playing this story with "${slot}" in this save folder; it is left to that one.`);
      continue;
    }
    if (slot !== own) notices.push(`This session autosaves to "${slot}" instead.`);
    if (resumedFrom !== slot) {
      const kept = keepPrevious(store, slot);
      if (kept) notices.push(kept);
    }
    return { slot, notices };
  }
  notices.push('This session does not autosave: :save NAME keeps your progress.');
  return { slot: null, notices };
}

/** Why `slot` must not be autosaved over: a file that is not a save, or a save of another story. */
function slotProblem(store: SaveStore, slot: string, title: string): string | null {
  if (!store.exists(slot)) return null;
  try {
    const other = store.read(slot).story.title;
    return other === title ? null : `"${slot}" is a save of another story ("${other}"); it is left as it is.`;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Copies an autosave with progress in it to its "previous" slot; says so, or null. */
function keepPrevious(store: SaveStore, slot: string): string | null {
  if (!store.exists(slot)) return null;
  const save = store.read(slot);
  if (save.engine.turn === 0) return null;
  const kept = previousOf(slot);
  try {
    store.write(kept, save);
  } catch (error) {
    return `Your autosave (turn ${save.engine.turn}) could not be kept (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): this run autosaves over it. Quit now and start with --continue to go on with it.`;
  }
  return (
    `Starting over: your autosave from ${localTime(save.updatedAt)} (turn ${save.engine.turn}) is kept as "${kept}"; ` +
    `:load ${kept} goes back to it.`
  );
}
