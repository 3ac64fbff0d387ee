// caviar compiles as ink's tools do (counting only the visits a story reads) and counts every
// knot's and stitch's visits in memory for :visits and coverage (countEveryFlow). Ink reads a
// count only where its compiler enabled one, so the extra counts must change no story's text:
// checked on real stories written by others, along seeded paths, against bare inkjs.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countEveryFlow } from '../../src/engine/guarded-story.ts';
import { compileInk } from '../../src/story/compile.ts';
import { bareStory, fixture, ROOT } from '../helpers.ts';

const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const STORIES = [
  fixture('hub.ink'),
  path.join(CORPUS, 'intercept', 'TheIntercept.ink'),
  path.join(CORPUS, 'innkeeper', 'story.ink'),
  path.join(CORPUS, 'ink-library-snippets', 'knowledge-states.ink'),
  path.join(CORPUS, 'ink-library-snippets', 'threading-tunnels.ink'),
];

/** Text and choices of each turn along a path picked by a seeded generator. */
function transcript(json: string, seed: number, countAll: boolean): string[] {
  const { story, errors } = bareStory(json, seed);
  if (countAll) countEveryFlow(story);
  let rng = seed;
  const out: string[] = [];
  for (let turn = 0; turn < 80; turn++) {
    let text = '';
    while (story.canContinue && !errors.length) text += story.Continue();
    const choices = story.currentChoices.map((c) => c.text);
    out.push(`${text}|${choices.join('|')}|${errors.join('|')}`);
    if (!choices.length || errors.length) break;
    rng = (rng * 48271) % 2147483647;
    story.ChooseChoiceIndex(rng % choices.length);
  }
  return out;
}

describe('counting every visit in memory', () => {
  for (const file of STORIES) {
    it(`changes no text or choice: ${path.relative(ROOT, file)}`, () => {
      expect(fs.existsSync(file)).toBe(true);
      const json = compileInk(file).json!;
      for (const seed of [3, 11]) expect(transcript(json, seed, true)).toEqual(transcript(json, seed, false));
    });
  }

  it('counts a knot the story never reads, which the compiled story leaves uncounted', () => {
    const json = compileInk(fixture('hub.ink')).json!;
    const squareVisits = (countAll: boolean) => {
      const { story } = bareStory(json, 1);
      if (countAll) countEveryFlow(story);
      story.ContinueMaximally();
      return story.state.VisitCountAtPathString('square');
    };
    expect(squareVisits(false)).toBe(0);
    expect(squareVisits(true)).toBe(1);
  });
});
