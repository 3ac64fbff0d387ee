import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDivergence, replay } from '../../src/engine/replay.ts';
import { Session } from '../../src/engine/session.ts';
import { loadStory } from '../../src/story/load.ts';
import { fixture, loadFixture, tempDir } from '../helpers.ts';

function edited(transform: (text: string) => string) {
  const file = path.join(tempDir(), 'choices.ink');
  fs.writeFileSync(file, transform(fs.readFileSync(fixture('choices.ink'), 'utf8')));
  return loadStory(file, { cacheDir: null });
}

describe('replaying a recorded path', () => {
  const story = loadFixture('choices.ink');
  const original = Session.start(story, { seed: 3 });
  for (const i of [1, 0, 1]) original.choose(i);
  const recorded = original.path();

  it('reaches the same state on the same story, reporting every step', () => {
    const seen: number[] = [];
    const result = replay(story, 3, recorded, { onStep: (s) => seen.push(s.turn) });
    expect(result.divergence).toBeNull();
    expect(result.applied).toBe(3);
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(result.session.snapshot().inkState).toBe(original.snapshot().inkState);
  });

  it('follows a choice that moved, by its text', () => {
    const moved = edited((t) => t.replace('* [Second A]', '* [A new first option] New. -> three\n* [Second A]'));
    const result = replay(moved, 3, recorded);
    expect(result.divergence).toBeNull();
    expect(result.session.state.ending?.id).toBe('finale');
    expect(result.session.path().map((c) => c.index)).toEqual([1, 1, 1]); // "Second A" moved from 0 to 1
  });

  it('stops where the paths part and says so, never taking another choice', () => {
    const renamed = edited((t) => t.replace('[Second A]', '[Second A, rewritten]'));
    const result = replay(renamed, 3, [...recorded.slice(0, 1), { turn: 2, index: 0, text: 'Second A' }]);
    expect(result.applied).toBe(1);
    expect(result.divergence).toMatchObject({ turn: 2, expected: 'Second A', offered: ['Second A, rewritten', 'Second B'] });
    expect(result.session.state.turn).toBe(1);
    expect(describeDivergence(result.divergence!)).toBe(
      'at turn 2 the story no longer offers "Second A"; it offers "Second A, rewritten" and "Second B"',
    );
  });
});
