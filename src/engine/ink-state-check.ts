// Checking an ink state loaded from outside (a save) before anything runs on it. inkjs's
// LoadJson trusts its input: a state of `null`, a variable set to null or to an object, or a
// path the story no longer has either throws its raw messages or loads and fails later, deep in
// a step. Every such state is refused here in one sentence.

import type { Story } from '../story/inkjs.ts';

/** The ink state does not fit the story. */
export class InkStateError extends Error {}

// inkjs's ValueType (not exported at run time).
const DIVERT_TARGET = 4;

interface LooseValue {
  valueType?: unknown;
  targetPath?: unknown;
}

/** Throws InkStateError when the state just loaded into `story` cannot be played on. */
export function checkInkState(story: Story): void {
  const globals = (story.variablesState as unknown as { _globalVariables?: Map<string, unknown> })._globalVariables;
  for (const [name, value] of globals ?? []) {
    const v = value as LooseValue | null;
    if (typeof v?.valueType !== 'number') throw new InkStateError(`the variable ${name} holds no ink value`);
    if (v.valueType === DIVERT_TARGET && !reaches(story, v.targetPath)) {
      throw new InkStateError(`the variable ${name} points to a place the story does not have`);
    }
  }
  for (const choice of story.currentChoices) {
    if (!reaches(story, choice.targetPath)) throw new InkStateError(`the choice "${choice.text}" leads to a place the story does not have`);
  }
}

function reaches(story: Story, path: unknown): boolean {
  if (path === null || typeof path !== 'object') return false;
  try {
    const found = story.ContentAtPath(path as Parameters<Story['ContentAtPath']>[0]);
    return found.obj !== null && !found.approximate;
  } catch {
    return false;
  }
}
