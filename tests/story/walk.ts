// Seeded random playthroughs of the bundled story with bare inkjs (the fastest loop), shared by
// the story's quality-gate tests. Each run picks its role first, then uniformly random choices.

import { bareStory } from '../helpers.ts';

export interface WalkResult {
  seed: number;
  ending: string | null;
  error: string | null;
  turns: number;
}

export function randomWalk(json: string, seed: number, roleIndex: number, maxTurns = 2000): WalkResult {
  const { story, errors } = bareStory(json, seed);
  let rng = seed;
  let ending: string | null = null;
  let turns = 0;
  try {
    for (;;) {
      while (story.canContinue) {
        story.Continue();
        for (const tag of story.currentTags ?? []) {
          const m = /^\s*ending:\s*(\S+)/.exec(tag);
          if (m) ending = m[1]!;
        }
      }
      if (errors.length) break;
      const choices = story.currentChoices;
      if (!choices.length) break;
      if (turns >= maxTurns) {
        errors.push(`more than ${maxTurns} turns`);
        break;
      }
      rng = (rng * 48271) % 2147483647;
      story.ChooseChoiceIndex(turns === 0 ? roleIndex : rng % choices.length);
      turns++;
    }
  } catch (error) {
    errors.push((error as Error).message);
  }
  return { seed, ending, error: errors[0] ?? null, turns };
}
