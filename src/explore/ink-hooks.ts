// The few places where the explorer reaches inside inkjs, kept together: where `-> END` stopped
// the story, and a trace of every step (only to locate faults). Coverage's visit counts come
// from the engine (countEveryFlow in engine/guarded-story.ts), which counts for every session.
// Each leaves stories that did not ask for it exactly as they were.

import { placeOf, type PointerLike } from '../engine/guarded-story.ts';
import type { Story } from '../story/inkjs.ts';

const END_HOOK = Symbol('caviar.explore.end');
const HOOKED = Symbol('caviar.explore.hooked');

/**
 * Calls `hook` with the position of each `-> END` the story runs. END clears ink's pointers, so
 * the only moment its position is known is inside StoryState.ForceEnd(). inkjs swaps state
 * objects during a Continue (it patches a copy), so the wrapper goes on the class, once, and acts
 * only for stories marked here: others (the engine's sessions in the same thread) run exactly as
 * before. ink also calls ForceEnd after an error, which the step reports first.
 */
export function onEnd(story: Story, hook: (at: string | null) => void): void {
  const proto = Object.getPrototypeOf(story.state) as Record<string | symbol, unknown>;
  if (!proto[HOOKED]) {
    const forceEnd = proto.ForceEnd as (this: unknown) => void;
    proto.ForceEnd = function (this: { story?: Record<symbol, unknown>; currentPointer: PointerLike }) {
      const marked = this.story?.[END_HOOK] as ((at: string | null) => void) | undefined;
      if (marked) marked(pointerString(this.currentPointer));
      forceEnd.call(this);
    };
    proto[HOOKED] = true;
  }
  (story as unknown as Record<symbol, unknown>)[END_HOOK] = hook;
}

/** Runs `fn` with `onStep` called before every ink step of this story, with its position. */
export function traceSteps<T>(story: Story, onStep: (pointer: string | null) => void, fn: () => T): T {
  const target = story as unknown as { Step: () => void };
  const original = target.Step;
  target.Step = function (this: unknown) {
    onStep(pointerString(story.state.currentPointer));
    original.call(this);
  };
  try {
    return fn();
  } finally {
    target.Step = original;
  }
}

/** "container.index" of an ink pointer, or null. */
export function pointerString(pointer: PointerLike | null | undefined): string | null {
  const place = placeOf(pointer);
  if (!place) return null;
  return place.index < 0 ? place.path : place.path ? `${place.path}.${place.index}` : String(place.index);
}

interface HitContainer {
  content: unknown[];
  path: { toString(): string };
}

/**
 * Counts how often each piece of content ran (line coverage). Counted per container object in
 * memory and turned into "container.index" paths only when asked (`flush`), so a step pays one
 * Map lookup. Steps ink runs ahead after a newline (to look for glue) and then rolls back are
 * taken off again, so each count is what the story actually ran.
 */
export class HitCounter {
  private readonly counts = new Map<HitContainer, Uint32Array>();
  private readonly flushed = new Map<string, number>();
  /** Counts taken since ink's snapshot at the last newline, undone if ink restores it. */
  private readonly journal: Array<Uint32Array | number> = [];
  private journaling = false;
  paused = 0;

  install(story: Story): void {
    // A rebuilt Story has new containers: fold the old ones in so they can be let go.
    this.fold();
    const target = story as unknown as Record<string, (this: unknown) => void>;
    const step = target.Step!;
    const snapshot = target.StateSnapshot!;
    const restore = target.RestoreStateSnapshot!;
    const discard = target.DiscardSnapshot!;
    const state = () => story.state as unknown as { currentPointer: { container: HitContainer | null; index: number } };
    const hit = () => {
      if (this.paused === 0) this.hit(state().currentPointer);
    };
    const journal = (on: boolean, undo: boolean) => {
      const j = this.journal;
      if (undo) for (let i = 0; i < j.length; i += 2) (j[i] as Uint32Array)[j[i + 1] as number]!--;
      j.length = 0;
      this.journaling = on;
    };
    target.Step = function (this: unknown) {
      hit();
      step.call(this);
    };
    target.StateSnapshot = function (this: unknown) {
      journal(true, false);
      snapshot.call(this);
    };
    target.RestoreStateSnapshot = function (this: unknown) {
      journal(false, true);
      restore.call(this);
    };
    target.DiscardSnapshot = function (this: unknown) {
      journal(false, false);
      discard.call(this);
    };
  }

  private hit(p: { container: HitContainer | null; index: number }): void {
    const c = p.container;
    if (c === null || p.index < 0) return;
    let counts = this.counts.get(c);
    if (counts === undefined) {
      counts = new Uint32Array(c.content.length);
      this.counts.set(c, counts);
    }
    counts[p.index]!++;
    if (this.journaling) this.journal.push(counts, p.index);
  }

  /** Runs `fn` without counting (replays and searches that are not part of the exploration). */
  uncounted<T>(fn: () => T): T {
    this.paused++;
    try {
      return fn();
    } finally {
      this.paused--;
    }
  }

  private fold(): void {
    for (const [container, counts] of this.counts) {
      const base = container.path.toString();
      counts.forEach((n, i) => {
        if (n === 0) return;
        // A pointer at a container runs that container's first content (ink's Step enters it).
        let c = container;
        let index = i;
        for (let inner = c.content[index] as HitContainer | undefined; isContainer(inner) && inner.content.length > 0; inner = c.content[0] as HitContainer) {
          c = inner;
          index = 0;
        }
        const at = c === container ? (base ? `${base}.${i}` : String(i)) : `${c.path.toString()}.${index}`;
        this.flushed.set(at, (this.flushed.get(at) ?? 0) + n);
      });
    }
    this.counts.clear();
  }

  /** "container.index" of each content that ran -> how often; counting starts again from 0. */
  flush(): Map<string, number> {
    this.fold();
    const out = new Map(this.flushed);
    this.flushed.clear();
    return out;
  }
}

function isContainer(v: unknown): v is HitContainer {
  return typeof v === 'object' && v !== null && Array.isArray((v as HitContainer).content) && 'namedContent' in v;
}
