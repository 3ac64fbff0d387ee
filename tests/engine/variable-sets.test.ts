// Variables set from outside the story (a live class's shared values): read by the story from
// its next step, recorded on the next choice so a replay sets them at the same moment, kept
// across undo, saves and replays.
import { describe, expect, it } from 'vitest';
import { replay } from '../../src/engine/replay.ts';
import { Session } from '../../src/engine/session.ts';
import { resumeSave } from '../../src/saves/resume.ts';
import { buildSave } from '../../src/saves/format.ts';
import { loadFixture } from '../helpers.ts';

const story = loadFixture('class/table.ink');
const text = (s: Session) => s.state.lines.map((l) => l.text).join(' ');

describe('variables set from outside', () => {
  it('are read by the story at its next step, and recorded on the next choice', () => {
    const s = Session.start(story, { seed: 1 });
    s.choose(1); // the guest
    expect(text(s)).toContain('No signal yet.');
    s.setVariables([{ name: 'signal', value: 1, from: 'the host' }]);
    expect(s.state.watches[0]!.value).toBe('1');
    expect(s.lastMove.kind).toBe('set');
    s.choose(0); // look again
    expect(text(s)).toContain("The host's signal is up.");
    expect(s.path()[1]!.sets).toEqual([{ name: 'signal', value: 1, from: 'the host' }]);
  });

  it('are replayed at the same moment, so a rebuilt path reads the same text', () => {
    const s = Session.start(story, { seed: 1 });
    s.choose(1);
    s.setVariables([{ name: 'signal', value: 1 }]);
    s.choose(0);
    const again = replay(story, 1, s.path());
    expect(again.divergence).toBeNull();
    expect(text(again.session)).toBe(text(s));
  });

  it('come back as pending after an undo of the choice that carried them', () => {
    const s = Session.start(story, { seed: 1 });
    s.choose(1);
    s.setVariables([{ name: 'signal', value: 1 }]);
    s.choose(0);
    s.undo();
    s.choose(0);
    expect(text(s)).toContain("The host's signal is up.");
    expect(s.path()[1]!.sets).toEqual([{ name: 'signal', value: 1 }]);
  });

  it('survive a save and its resume, and a rewind deep into the past that replays them', () => {
    const s = Session.start(story, { seed: 1 });
    s.choose(1);
    s.setVariables([{ name: 'tea_brand', value: 'green' }]);
    s.choose(0);
    s.choose(1); // sip
    expect(text(s)).toContain('You sip green tea.');
    const save = buildSave(s.snapshot(), { title: s.state.title, hash: story.hash }, new Date('2026-12-01T10:00:00Z'));
    const { session } = resumeSave(story, JSON.parse(JSON.stringify(save)));
    expect(session.path()).toEqual(s.path());
    session.back(3);
    session.choose(1);
    expect(text(session)).toContain('You sip green tea.');
  });
});
