// Replaying a path (seed + choice indices) on a walker: to find where a step ran out of content,
// which ink's message does not say, and to give each reported path its choice texts. Paths are
// kept as indices only while exploring: texts cost memory, and only reported paths need them.

import type { Walker } from './walker.ts';

/** The last content ink executed in the walker's next step (a "ran out of content" spot). */
export function traceNextStep(walker: Walker): string | null {
  let last: string | null = null;
  walker.traceSteps(
    (pointer) => {
      if (pointer !== null) last = pointer;
    },
    () => walker.step(),
  );
  return last;
}

/** Replays all but the last step of a path, then traces the last one. */
export function locateStep(walker: Walker, seed: number, path: readonly number[]): string | null {
  return walker.uncounted(() => locate(walker, seed, path));
}

function locate(walker: Walker, seed: number, path: readonly number[]): string | null {
  walker.restart(seed);
  for (const index of path) {
    const step = walker.step();
    if (step.issue || step.ended || walker.choose(index)) return null;
  }
  return traceNextStep(walker);
}

/** The text of each choice along a path; stops early (shorter list) if the path no longer fits. */
export function choiceTexts(walker: Walker, seed: number, path: readonly number[]): string[] {
  walker.restart(seed);
  const texts: string[] = [];
  for (const index of path) {
    const step = walker.step();
    const choice = step.choices.find((c) => c.index === index);
    if (step.issue || !choice || walker.choose(index)) break;
    texts.push(choice.text);
  }
  return texts;
}
