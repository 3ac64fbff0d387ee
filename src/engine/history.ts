// The playthrough's past: one entry per choice made, with what is needed to return to the
// moment before it. Kept behind this small interface so how much is stored per turn can change
// without touching callers.
//
// What is stored: the full snapshot (ink state + session state) of each of the most recent
// turns, and keyframes further back: every `stride` turns, and sooner where turns are slow to
// replay (a keyframe whenever the turns since the last one took `maxReplayMs` to play), so a
// rewind never replays for long. Any other turn is rebuilt by the session by loading the nearest
// stored snapshot and replaying the recorded choices from there.
// Memory is bounded: large ink states (some stories' state grows every turn, to megabytes of
// repetitive JSON) are kept compressed, and when the stored snapshots still outgrow the budget,
// keyframes are thinned out and the recent window shrinks, trading a longer replay for memory.

import zlib from 'node:zlib';
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

/** A snapshot as stored: ink states above COMPRESS_ABOVE characters are deflated. */
interface StoredSnapshot {
  ink: string | Buffer;
  engine: SessionState;
}

const COMPRESS_ABOVE = 32 * 1024;

function store(snapshot: TurnSnapshot): StoredSnapshot {
  if (snapshot.ink.length <= COMPRESS_ABOVE) return snapshot;
  return { ink: zlib.deflateRawSync(snapshot.ink, { level: 1 }), engine: snapshot.engine };
}

function unstore(stored: StoredSnapshot): TurnSnapshot {
  return typeof stored.ink === 'string' ? (stored as TurnSnapshot) : { ink: zlib.inflateRawSync(stored.ink).toString(), engine: stored.engine };
}

export interface HistoryLimits {
  /** Turns at the end whose snapshots are all kept. */
  recent: number;
  /** Keyframe spacing further back, at least. */
  stride: number;
  /** Bytes of ink state kept in all, at most (characters, or compressed bytes). */
  budget: number;
  /** A keyframe is kept once the turns since the last one took this long to play. */
  maxReplayMs: number;
}

export const DEFAULT_LIMITS: HistoryLimits = { recent: 32, stride: 8, budget: 48 * 1024 * 1024, maxReplayMs: 150 };

export class History {
  private entries: Array<{ choice: ChoiceRecord; before: StoredSnapshot | null; slow: boolean }> = [];
  private stored = 0;
  /** Time the turns since the last keyframe took to play. */
  private sinceKeyframe = 0;
  private recent: number;
  private stride: number;

  constructor(private readonly limits: HistoryLimits = DEFAULT_LIMITS) {
    this.recent = limits.recent;
    this.stride = limits.stride;
  }

  get length(): number {
    return this.entries.length;
  }

  /** Bytes of ink state currently stored (for the bench and tests). */
  get storedSize(): number {
    return this.stored;
  }

  /** Records a choice; `cost` is how long the turn took to play, in ms. */
  push(choice: ChoiceRecord, before: TurnSnapshot | null, cost = 0): void {
    const slow = this.sinceKeyframe >= this.limits.maxReplayMs;
    this.entries.push({ choice, before: null, slow });
    const turn = this.entries.length;
    this.sinceKeyframe = slow || (turn - 1) % this.stride === 0 ? cost : this.sinceKeyframe + cost;
    if (before) this.keep(this.entries.length, before);
    this.prune();
  }

  /** The entry of the choice made at `turn` (1-based). */
  at(turn: number): HistoryEntry | undefined {
    const entry = this.entries[turn - 1];
    return entry && { choice: entry.choice, before: entry.before && unstore(entry.before) };
  }

  /** Stores the snapshot of an entry rebuilt by replay, if the policy keeps that turn. */
  remember(turn: number, before: TurnSnapshot): void {
    const entry = this.entries[turn - 1];
    if (entry && !entry.before) {
      this.keep(turn, before);
      this.prune();
    }
  }

  /** The nearest turn at or before `turn` whose snapshot is stored, or 0 for the start. */
  nearestStored(turn: number): number {
    for (let t = turn; t >= 1; t--) if (this.entries[t - 1]?.before) return t;
    return 0;
  }

  /** Removes the choices from `turn` on and returns them, oldest first. */
  truncate(turn: number): ChoiceRecord[] {
    const removed = this.entries.splice(turn - 1);
    for (const e of removed) if (e.before) this.stored -= e.before.ink.length;
    return removed.map((e) => e.choice);
  }

  choices(): ChoiceRecord[] {
    return this.entries.map((e) => e.choice);
  }

  private keep(turn: number, before: TurnSnapshot): void {
    const entry = this.entries[turn - 1]!;
    if (entry.before) this.stored -= entry.before.ink.length;
    entry.before = store(before);
    this.stored += entry.before.ink.length;
  }

  private wanted(turn: number): boolean {
    return turn > this.entries.length - this.recent || (turn - 1) % this.stride === 0 || this.entries[turn - 1]!.slow;
  }

  private prune(): void {
    // Only the turn that just left the recent window can have become unwanted.
    const leaving = this.entries.length - this.recent;
    if (leaving >= 1) this.dropUnwanted(leaving, leaving);
    // Over budget: wider keyframe spacing first (dropping the keyframes kept for slow turns,
    // since memory comes before speed), then a shorter recent window.
    while (this.stored > this.limits.budget && (this.stride < this.entries.length || this.recent > 1)) {
      for (const entry of this.entries) entry.slow = false;
      if (this.stride < this.entries.length) this.stride *= 2;
      else this.recent = Math.max(1, this.recent >> 1);
      this.dropUnwanted(1, this.entries.length);
    }
  }

  /** Drops the snapshots the policy no longer wants among turns from..to. */
  private dropUnwanted(from: number, to: number): void {
    for (let t = from; t <= to; t++) {
      const entry = this.entries[t - 1]!;
      if (entry.before && !this.wanted(t)) {
        this.stored -= entry.before.ink.length;
        entry.before = null;
      }
    }
  }
}
