// inkjs with no caviar engine around it, for the fastest loops over the bundled story. Kept apart
// from helpers.ts, which needs vitest, so that scripts can use it too.

import { Story } from '../src/story/inkjs.ts';

/** `StoryClass` is caviar's patched inkjs unless a test passes inkjs's published bundle. */
export function bareStory(json: string, seed: number, StoryClass: new (json: string) => Story = Story): { story: Story; errors: string[] } {
  const story = new StoryClass(json);
  story.allowExternalFunctionFallbacks = true;
  const errors: string[] = [];
  story.onError = (message, type) => {
    if (Number(type) === 2) errors.push(message);
  };
  story.state.storySeed = seed;
  return { story, errors };
}
