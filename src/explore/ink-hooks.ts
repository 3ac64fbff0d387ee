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
