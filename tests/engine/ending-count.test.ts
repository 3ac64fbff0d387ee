// How often an ending was reached counts endings reached by play: resuming a save that stands
// at an ending, loading one, or jumping to the ending on the branch map does not reach it again.

import { metadataOf } from '../../src/story/metadata.ts';
import { describe, expect, it } from 'vitest';
import { summarizeEndings } from '../../src/branches/endings.ts';
import { Controller } from '../../src/commands/controller.ts';
import { resumeSave } from '../../src/saves/resume.ts';
import { Session } from '../../src/engine/session.ts';
import { AUTOSAVE, SaveStore } from '../../src/saves/store.ts';
import { loadFixture, tempDir } from '../helpers.ts';

const story = loadFixture('choices.ink');
const count = (c: Controller) => summarizeEndings(metadataOf(story), c.map).groups[0]!.endings[0]!.count;

describe('ending counts', () => {
  it('are not raised by a resume, a load or a jump', () => {
    const store = new SaveStore(tempDir());
    const first = new Controller(Session.start(story, { seed: 1 }), store);
    for (const n of [1, 1, 1]) first.pick(n);
    expect(first.session.state.ended).toBe(true);
    const ending = first.currentNode;
    first.input(':save at-end');
    expect(count(first)).toBe(1);

    // caviar --continue: a new run resumes the autosave, which stands at the ending.
    const resumed = new Controller(resumeSave(story, store.read(store.slotOf(AUTOSAVE, first.session.state.title))).session, store);
    expect(resumed.session.state.ended).toBe(true);
    expect(count(resumed)).toBe(1);
    resumed.input(':restart');
    resumed.input(':load at-end');
    expect(count(resumed)).toBe(1);
    resumed.input(':restart');
    resumed.jumpTo(ending);
    expect(resumed.currentNode).toBe(ending);
    expect(count(resumed)).toBe(1);

    // Played to the end again: that counts.
    resumed.input(':restart');
    for (const n of [1, 1, 1]) resumed.pick(n);
    expect(count(resumed)).toBe(2);
  });
});
