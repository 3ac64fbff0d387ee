// Soft-locks: a choice point from which no ending can be reached (a loop with only sticky choices
// left, a hub whose exits are all used up). A random playthrough caught in one can only end at
// the depth bound, so each playthrough cut there is checked: every choice point reachable from
// where it stopped is enumerated, merged by the exhaustive mode's sound state key
// (state-key.ts). If that set is closed (every choice leads back into it) and no step from it
// ends the story, meets an `# ending:` tag or fails, no ending is reachable: a proof, not a guess.
// The finding's path is the shortest prefix of the playthrough that enters the set.
// A search that outgrows its bound proves nothing: the playthrough stays a depth cut.

import { stateKey, type KeyRules } from './state-key.ts';
import type { Walker } from './walker.ts';

/** Most choice points one check enumerates, and all checks of one worker together. */
export const LOCK_STATES = 500;
export const LOCK_BUDGET = 20_000;

export interface LockProof {
  /** Keys of every choice point in the closed set. */
  keys: Set<string>;
  /** The choice points (`sourcePath`) offered in the set, sorted: what the player is left with. */
  choicePoints: string[];
}

export class SoftLockChecker {
  private spent = 0;
  /** Keys of choice points already proven locked -> their proof. */
  private readonly locked = new Map<string, LockProof>();
  /** Keys of choice points a search left by an ending, a fault or its bound: not proven. */
  private readonly unproven = new Set<string>();

  constructor(
    private readonly walker: Walker,
    private readonly rules: KeyRules,
  ) {}

  /**
   * Whether no ending is reachable from the walker's current choice point. Runs uncounted (no
   * coverage) and leaves the walker at another state: the caller reloads what it needs.
   */
  check(): LockProof | null {
    const walker = this.walker;
    const start = walker.saveState();
    const key = stateKey(start, this.rules);
    const known = this.locked.get(key);
    if (known) return known;
    if (this.spent >= LOCK_BUDGET || this.unproven.has(key)) return null;
    const proof = walker.uncounted(() => this.search(start));
    if (proof) for (const k of proof.keys) this.locked.set(k, proof);
    else this.unproven.add(key);
    return proof;
  }

  private search(start: string): LockProof | null {
    const walker = this.walker;
    const keys = new Set([stateKey(start, this.rules)]);
    const points = new Set<string>();
    const queue = [start];
    while (queue.length) {
      const state = queue.shift()!;
      walker.loadState(state);
      const choices = walker.choices().slice();
      for (const c of choices) points.add(c.sourcePath);
      for (const c of choices) {
        walker.loadState(state);
        if (walker.choose(c.index)) return null;
        const step = walker.step();
        if (step.issue || step.ended || step.endingTags) return null;
        const next = walker.saveState();
        const key = stateKey(next, this.rules);
        if (keys.has(key)) continue;
        if (keys.size >= LOCK_STATES || ++this.spent > LOCK_BUDGET) return null;
        keys.add(key);
        queue.push(next);
      }
    }
    return { keys, choicePoints: [...points].sort() };
  }

  /**
   * How many choices of `path` (from the start with `seed`) it takes to reach a locked choice
   * point: the shortest way into the soft-lock along this playthrough, and the proof for it.
   * Once in a closed set a playthrough never leaves it, so the first state inside is found by
   * bisection (over states saved every CHECKPOINT choices, then within that stretch); then each
   * choice point before it is checked in turn, as one may already be locked without being in
   * the set (a hub with one exit left that leads back: the set is entered one choice later).
   * Leaves the walker at the locked choice point.
   */
  entry(seed: number, path: readonly number[], proof: LockProof): { choices: number; proof: LockProof } {
    const walker = this.walker;
    return walker.uncounted(() => {
      const inside = (state: string, p: LockProof) => p.keys.has(stateKey(state, this.rules));
      const checkpoints: string[] = [];
      walker.restart(seed);
      walker.step();
      for (let i = 0; ; i++) {
        if (i % CHECKPOINT === 0) checkpoints.push(walker.saveState());
        if (i >= path.length || walker.choose(path[i]!)) break;
        walker.step();
      }
      // The last checkpoint at or before the entry; the cut state itself is inside.
      let c = firstInside(checkpoints.length, (k) => inside(checkpoints[k]!, proof));
      const stretch: string[] = [];
      if (c > 0) {
        walker.loadState(checkpoints[c - 1]!);
        for (let i = (c - 1) * CHECKPOINT; i < Math.min(c * CHECKPOINT, path.length + 1); i++) {
          stretch.push(walker.saveState());
          if (i >= path.length || walker.choose(path[i]!)) break;
          walker.step();
        }
        c = (c - 1) * CHECKPOINT + firstInside(stretch.length, (k) => inside(stretch[k]!, proof));
      } else c = 0;
      let n = Math.min(c, path.length);
      let best = proof;
      for (let back = 0; n > 0 && back < MAX_BACK; back++) {
        this.goTo(seed, path, n - 1);
        const earlier = this.check();
        if (!earlier) break;
        best = earlier;
        n--;
      }
      this.goTo(seed, path, n);
      return { choices: n, proof: best };
    });
  }

  private goTo(seed: number, path: readonly number[], n: number): void {
    this.walker.restart(seed);
    this.walker.step();
    for (let i = 0; i < n; i++) {
      this.walker.choose(path[i]!);
      this.walker.step();
    }
  }
}

/** States kept while looking for the entry: one every CHECKPOINT choices. */
const CHECKPOINT = 32;
/** Choice points checked before the one found inside the set. */
const MAX_BACK = 8;

/** The first k in [0, n) with inside(k), given that inside is monotone and inside(n - 1). */
function firstInside(n: number, inside: (k: number) => boolean): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (inside(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
