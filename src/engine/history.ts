// The playthrough's past: one entry per choice made, with what is needed to return to the
// moment before it. Kept behind this small interface so that how much is stored per turn
// (every ink state, or keyframes with replay in between) can change without touching callers.
// An entry without a stored state (a save loaded from disk only knows its choices) is
// rebuilt by the session by replaying the choices from the nearest entry that has one.

import type { ChoiceRecord, SessionState } from './state.ts';

export interface TurnSnapshot {
  /** The ink state just before this choice was made. */
  ink: string;
  /** The session state just before this choice was made. */
  engine: SessionState;
}

export interface HistoryEntry {
  choice: ChoiceRecord;
  before: TurnSnapshot | null;
}

export class History {
  private entries: HistoryEntry[] = [];

  get length(): number {
    return this.entries.length;
  }

  push(choice: ChoiceRecord, before: TurnSnapshot | null): void {
    this.entries.push({ choice, before });
  }

  /** The entry of the choice made at `turn` (1-based). */
  at(turn: number): HistoryEntry | undefined {
    return this.entries[turn - 1];
  }

  /** Fills in the snapshot of an entry that had none. */
  remember(turn: number, before: TurnSnapshot): void {
    const entry = this.entries[turn - 1];
    if (entry) entry.before = before;
  }

  /** The nearest turn at or before `turn` whose snapshot is stored, or 0 for the start. */
  nearestStored(turn: number): number {
    for (let t = turn; t >= 1; t--) if (this.entries[t - 1]?.before) return t;
    return 0;
  }

  /** Removes the choices from `turn` on and returns them, oldest first. */
  truncate(turn: number): ChoiceRecord[] {
    return this.entries.splice(turn - 1).map((e) => e.choice);
  }

  choices(): ChoiceRecord[] {
    return this.entries.map((e) => e.choice);
  }

  clear(): void {
    this.entries = [];
  }
}
