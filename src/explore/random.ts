// Random exploration: playthroughs from the start, each with its own seed, at each choice point
// preferring a choice not yet taken (so coverage grows faster than by chance), until the story
// ends, fails, or reaches the depth bound. A playthrough is reproduced by its seed and its
// choice path: the seed drives both ink's randomness and the tie-breaks here.

import { locateStep } from './replay.ts';
import { type Observer, START } from './observer.ts';
import { SoftLockChecker } from './softlock.ts';
import { noteCut, type Trail } from './tally.ts';
import type { Walker } from './walker.ts';

export interface RandomJob {
  /** This worker runs playthroughs first, first + stride, ... below total. */
  first: number;
  stride: number;
  total: number;
  /** The run's seed; each playthrough's seed is derived from it and its number. */
  seed: number;
  maxDepth: number;
}

/** The seed of playthrough `i`: a well-mixed number that `caviar play --seed` accepts. */
export function playthroughSeed(runSeed: number, i: number): number {
  let h = (Math.imul(runSeed ^ 0x5bd1e995, 0x9e3779b1) + Math.imul(i + 1, 0x85ebca6b)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  h ^= h >>> 16;
  return (h >>> 1) % (2 ** 31 - 2);
}

/** mulberry32: small, fast and good enough to break ties between choices. */
export function prng(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class RandomRunner {
  private next: number;
  private readonly trail: Trail = { seed: 0, path: [], texts: [] };
  /** "choice point|message" -> where it ran out, so each loose end is located once. */
  private readonly located = new Map<string, string | null>();
  private readonly locks: SoftLockChecker;

  constructor(
    private readonly walker: Walker,
    private readonly observer: Observer,
    private readonly job: RandomJob,
  ) {
    this.next = job.first;
    this.locks = new SoftLockChecker(walker, observer.structure);
  }

  get done(): boolean {
    return this.next >= this.job.total;
  }

  /** Runs playthroughs until `until` (a Date.now() value) or the end of the job. */
  runUntil(until: number, stop: () => boolean): void {
    while (!this.done && !stop()) {
      this.play(playthroughSeed(this.job.seed, this.next));
      this.next += this.job.stride;
      if (Date.now() >= until) return;
    }
  }

  /** Stops early: playthroughs not run are left uncounted. */
  finish(): void {
    this.next = this.job.total;
  }

  play(seed: number): void {
    const { walker, observer, trail } = this;
    const { path } = trail;
    const texts = trail.texts!;
    const taken = observer.tally.taken;
    const random = prng(seed);
    trail.seed = seed;
    path.length = 0;
    texts.length = 0;
    walker.restart(seed);
    let from = START;
    let lastChoice = '';
    for (;;) {
      const step = walker.step();
      const outcome = observer.record(step, trail, from, () => this.locate(seed, lastChoice, step.issue?.message ?? ''));
      if (outcome.kind !== 'choices') break;
      from = outcome.at;
      if (path.length >= this.job.maxDepth) {
        // A playthrough caught in a soft-lock can only end here: if that is why, say so.
        if (!this.softLocked(seed)) noteCut(observer.tally.cutDepth, from, trail);
        break;
      }
      const choices = step.choices;
      let untaken = 0;
      for (const c of choices) if (!taken.has(c.sourcePath)) untaken++;
      let pick = choices[0]!;
      if (untaken > 0) {
        let n = Math.floor(random() * untaken);
        for (const c of choices) if (!taken.has(c.sourcePath) && n-- === 0) pick = c;
      } else {
        pick = choices[Math.floor(random() * choices.length)]!;
      }
      observer.take(pick);
      path.push(pick.index);
      texts.push(pick.text);
      lastChoice = pick.sourcePath;
      const failed = walker.choose(pick.index);
      if (failed) {
        observer.record({ endingTags: null, choices: [], ended: false, issue: failed, warnings: null, endedBy: null, endedAt: null }, trail, from, () => null);
        break;
      }
    }
    observer.tally.runs++;
    observer.coverage(walker, trail);
  }

  /** Checks the choice point the playthrough was cut at; leaves the walker there. */
  private softLocked(seed: number): boolean {
    const { walker, trail } = this;
    const here = walker.saveState();
    const proof = this.locks.check();
    if (proof) {
      const { choices: n, proof: found } = this.locks.entry(seed, trail.path, proof);
      const inkPath = walker.choices()[0]?.sourcePath ?? null;
      this.observer.softLock({ seed, path: trail.path.slice(0, n), texts: trail.texts!.slice(0, n) }, inkPath, found.choicePoints);
    }
    walker.loadState(here);
    return proof !== null;
  }

  private locate(seed: number, lastChoice: string, message: string): string | null {
    const key = `${lastChoice}|${message}`;
    if (!this.located.has(key)) this.located.set(key, locateStep(this.walker, seed, this.trail.path));
    return this.located.get(key)!;
  }
}
