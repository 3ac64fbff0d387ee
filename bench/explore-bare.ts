// The baseline of bench/explore.ts, run in a fresh worker thread so that it starts cold, as the
// explorer's own workers do: a bare inkjs random-walk loop, as an author would write it.

import { parentPort, workerData } from 'node:worker_threads';
import { prng } from '../src/explore/random.ts';
import { Story } from '../src/story/inkjs.ts';

const { json, playthroughs, maxDepth } = workerData as { json: string; playthroughs: number; maxDepth: number };
const story = new Story(json);
story.allowExternalFunctionFallbacks = true;
story.onError = () => undefined;
for (let i = 0; i < playthroughs; i++) {
  story.ResetState();
  story.state.storySeed = i + 1;
  const random = prng(i + 1);
  for (let depth = 0; depth < maxDepth; depth++) {
    while (story.canContinue) story.Continue();
    const choices = story.currentChoices;
    if (choices.length === 0) break;
    story.ChooseChoiceIndex(Math.floor(random() * choices.length));
  }
}
parentPort!.postMessage('done');
