// What a command is, for the command layer both front ends share (controller.ts): data, so the
// help list is generated from the same table that runs the commands.

import type { BranchTracker } from '../branches/tracker.ts';
import type { ReplayedPassage } from '../engine/reload.ts';
import type { Session } from '../engine/session.ts';
import type { SaveFile } from '../saves/format.ts';
import type { SlotStore } from '../saves/store.ts';
import type { ThemeName } from '../settings.ts';

export interface Outcome {
  /** Lines to tell the player (not story text). */
  messages: string[];
  /** The passage and choices changed (or should be shown again). */
  show: boolean;
  quit?: boolean;
  /** The reply is long enough to push the choices out of sight: a front end printing line by line shows them again. */
  choicesAgain?: boolean;
  /** The input was answered (an expression's value): no need to show the choices again. */
  answered?: boolean;
  /**
   * A new version of the story replaced the session (live reload): the whole path as it plays
   * now, passage by passage, with what changed marked. Front ends show all of it again.
   */
  reloaded?: ReplayedPassage[];
}

/** What a command may use of the controller that runs it. */
export interface CommandHost {
  readonly session: Session;
  readonly store: SlotStore | null;
  /**
   * Commands may read and write files the player names (`:load FILE.json`, `:transcript FILE`):
   * true on the player's own machine, false for a seat of a live class on the teacher's.
   */
  readonly files: boolean;
  /** An author's debug moves and looks inside (:goto, :set, :vars, expressions): off in a live class. */
  readonly debug: boolean;
  readonly branches: BranchTracker;
  readonly env: NodeJS.ProcessEnv;
  /** This run's `--theme`, for the documents a command writes. */
  readonly theme: ThemeName | undefined;
  /** Switches to another session (a load, a jump, a new version of the story) and autosaves. */
  replaceSession(session: Session, createdAt?: string): void;
  autosave(): void;
  toSave(): SaveFile;
}

export interface Command {
  /** Typed after ":", lower case. */
  name: string;
  aliases?: readonly string[];
  /** How to type it, for the help list: ":save [NAME]". */
  usage: string;
  help: string;
  run(host: CommandHost, args: string[]): Outcome;
}

/** An outcome that only tells the player something. */
export function tell(messages: string[]): Outcome {
  return { messages, show: false };
}
