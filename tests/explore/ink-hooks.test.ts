// Where the explorer reaches inside inkjs (src/explore/ink-hooks.ts): it must tell where END
// stopped the story, and leave every other story in the thread exactly as it was.

import { describe, expect, it } from 'vitest';
import { Session } from '../../src/engine/session.ts';
import { splitPointer } from '../../src/explore/observer.ts';
import { analyseStory } from '../../src/explore/structure.ts';
import { Walker } from '../../src/explore/walker.ts';
import { loadExploreFixture } from './helpers.ts';

describe('hooks into inkjs', () => {
  it('the walker knows which END stopped the story, and a DONE from an END', () => {
    const json = loadExploreFixture('endings.ink').json;
    const walker = new Walker(json, { ms: 1000, steps: 100_000 }, true);
    const endOf = (path: number[]) => {
      walker.restart(1);
      let step = walker.step();
      for (const i of path) {
        walker.choose(i);
        step = walker.step();
      }
      return { by: step.endedBy, at: step.endedAt, tags: step.endingTags };
    };
    const structure = analyseStory(json);
    const what = (at: string | null) => (at ? structure.contentAt(...splitPointer(at)) : null);
    const red = endOf([0]);
    expect(red).toEqual({ by: 'end', at: 'red.5', tags: ['red The Red Ending'] });
    expect(what(red.at)).toBe('end');
    const green = endOf([2]);
    expect(green).toMatchObject({ by: 'end', at: expect.stringMatching(/^green\./), tags: null });
    expect(what(green.at)).toBe('end');
    expect(endOf([1, 1])).toMatchObject({ by: 'done' });
  });

  it('leaves an engine session in the same thread as it was', () => {
    new Walker(loadExploreFixture('endings.ink').json, { ms: 1000, steps: 100_000 }, true).restart(1);
    const session = Session.start(loadExploreFixture('endings.ink'), { seed: 1 });
    session.choose(0);
    expect(session.state.lines.map((l) => l.text)).toEqual(['A red room.']);
    expect(session.state.ending).toMatchObject({ id: 'red', title: 'The Red Ending' });
    expect(session.state.ended).toBe(true);
    session.undo();
    session.choose(1);
    expect(session.state.choices.map((c) => c.text)).toEqual(['Stay', 'Leave']);
  });
});
