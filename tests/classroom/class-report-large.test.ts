// Issue 18 item 22: a class report on a hand-in that comes back to one decision 100,000 times
// took minutes: each visit copied the list of every option text seen there (quadratic). The
// tallies now grow by pushing.
import { describe, expect, it } from 'vitest';
import { gatherClass } from '../../src/classroom/class-data.ts';
import { loadFacts } from '../../src/classroom/facts.ts';
import { Session } from '../../src/engine/session.ts';
import { buildSave } from '../../src/saves/format.ts';
import { loadFixture, tempDir } from '../helpers.ts';
import { writeSave } from './class.ts';

describe('a class report on a hand-in that loops', () => {
  it('a decision reached 3,000 times by one student: 3,000 picks, the student counted and named once (by their last choice there)', () => {
    const story = loadFixture('classroom/hub-loop.ink');
    const session = Session.start(story, { seed: 1 });
    for (let i = 0; i < 3000; i++) session.choose(0);
    const save = buildSave(session.snapshot(), { title: session.state.title, hash: story.hash, student: 'Ada' }, new Date());
    const dir = tempDir();
    writeSave(dir, 'ada.json', save);
    const data = gatherClass(dir, story, loadFacts(story.file));
    const [point] = data.roles[0]!.points;
    expect(point!.picks).toBe(3000);
    const again = point!.options.find((o) => o.text === 'Again')!;
    expect(again.count).toBe(1);
    expect(again.students).toEqual(['Ada']);
  }, 120_000);
});
