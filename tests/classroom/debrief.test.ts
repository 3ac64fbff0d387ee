// The debrief: facts met with statements and sources, disputed points, invented passages,
// the objective; from any story, with or without a facts file.
import { describe, expect, it } from 'vitest';
import { briefingOf } from '../../src/classroom/briefing.ts';
import { debriefOf } from '../../src/classroom/debrief.ts';
import { debriefBrief, debriefSections, debriefText } from '../../src/classroom/debrief-text.ts';
import { loadFacts } from '../../src/classroom/facts.ts';
import { briefingView, debriefView } from '../../src/classroom/view.ts';
import { Session } from '../../src/engine/session.ts';
import { fixture, loadFixture } from '../helpers.ts';

const harbour = () => loadFixture('classroom/harbour.ink');
const play = (story: ReturnType<typeof harbour>, startPath: string | undefined, picks: number[]) => {
  const s = Session.start(story, { seed: 1, ...(startPath ? { startPath } : {}) });
  for (const p of picks) s.choose(s.state.choices[p]!.index);
  return s;
};

describe('the debrief', () => {
  it('lists the documented facts met with statements and sources, the disputed points, the invented count and the objective', () => {
    const story = harbour();
    const session = play(story, 'envoy_start', [0, 1, 0]); // Begin, What can sail, Go home quietly
    expect(session.state.ending?.id).toBe('envoy_honest');
    const d = debriefOf(session, loadFacts(story.file));
    expect(d.documented.map((f) => f.key)).toEqual(['talks_opened', 'ten_ships', 'protocol_signed']);
    expect(d.documented[0]!.sources.map((s) => s.title)).toEqual(['Harbour Archive, box 3', 'The Harbour Gazette, 2 October 1941']);
    expect(d.uncertain).toEqual([
      {
        key: 'meetings_count',
        statement: 'There were two meetings, or three.',
        certainty: 'disputed',
        note: 'The archive lists two; the Gazette reports three.',
        sources: [
          { id: 'A1', title: 'Harbour Archive, box 3', url: 'https://example.org/harbour/box3' },
          { id: 'G1', title: 'The Harbour Gazette, 2 October 1941', url: 'https://example.org/gazette/1941-10-02' },
        ],
      },
    ]);
    expect(d.fictionLines).toBe(3);
    expect(d.objective).toEqual({ text: 'Promise only what the ships can carry.', met: true });
    expect(d.roleName).toBe('Envoy');
    expect(d.unlisted).toEqual([]);

    const text = debriefText(d);
    expect(text).toContain('Ending: The Honest Envoy.\nRole: Envoy.\nYour private objective: Promise only what the ships can carry.\nObjective met: yes.\n');
    expect(text).toContain('3 documented facts, from the story\'s facts file:\n1. The talks opened in the customs house on 29 September 1941.\n   Sources: Harbour Archive, box 3 (https://example.org/harbour/box3); The Harbour Gazette, 2 October 1941 (https://example.org/gazette/1941-10-02).\n');
    expect(text).toContain('Disputed points you met:\n1 point where the sources disagree:\n1. There were two meetings, or three.\n   The archive lists two; the Gazette reports three.\n');
    expect(text).toContain('3 passages of this playthrough were marked as invented.');
    expect(text.endsWith('End of the debrief.\n')).toBe(true);
  });

  it('says the objective was not met on another ending, and lists fact keys the facts file lacks', () => {
    const story = harbour();
    const session = play(story, 'scribe_start', [0, 1]); // Begin, Tidy it up
    const d = debriefOf(session, loadFacts(story.file));
    expect(d.ending?.title).toBe('The Tidy Record');
    expect(d.objective).toEqual({ text: 'Keep a true record.', met: false });
    expect(d.unlisted).toEqual(['clerks_note']);
    expect(debriefText(d)).toContain('Objective met: no.\n');
    expect(debriefText(d)).toContain('Marked as fact, with no statement in the facts file: clerks_note.');
  });

  it('works for a story with no facts file and no objective: the keys met, no crash', () => {
    const story = loadFixture('tags.ink');
    const session = Session.start(story);
    session.choose(0);
    const d = debriefOf(session, loadFacts(story.file));
    expect(d).toMatchObject({ documented: [], uncertain: [], unlisted: ['protocol_signed'], objective: null, factsProblem: null, fictionLines: 1 });
    expect(debriefSections(d).map((s) => s.id)).toEqual(['outcome', 'documented', 'invented', 'unlisted']);
    expect(debriefText(d)).toContain('Ending: The Paid Ending.');
    expect(briefingOf(session)).toBeNull();
  });

  it('shows each certainty as itself: unconfirmed and unknown points are not called disputed', () => {
    const story = loadFixture('classroom/certainty/witness.ink');
    const d = debriefOf(play(story, undefined, [0]), loadFacts(story.file));
    expect(d.uncertain.map((f) => [f.key, f.certainty])).toEqual([['crates_count', 'disputed'], ['captain_wept', 'unconfirmed'], ['cook_said', 'unknown']]);
    expect(debriefSections(d).map((s) => s.id)).toEqual(['outcome', 'documented', 'disputed', 'unconfirmed', 'unknown', 'invented']);
    const text = debriefText(d);
    expect(text).toContain('Disputed points you met:\n1 point where the sources disagree:\n1. There were forty crates, or fifty.\n   One tally says forty, the other fifty.\n');
    expect(text).toContain(
      'Unconfirmed points you met:\n1 point where one source says it, and no other has been found to back it:\n1. The captain wept as she sailed.\n   Only the diary says so.\n   Source: The harbourmaster\'s diary (Quay Press, 1950).\n',
    );
    expect(text).toContain('Unknowns you met:\n1 point the story imagines, because nobody recorded it:\n1. What the cook said is not known.\n   Nobody recorded it.\n   Source: not given.\n');
    expect(text).not.toMatch(/Why disputed/);
    expect(debriefBrief(d)).toContain('This playthrough met 1 documented fact, 1 disputed point, 1 unconfirmed point, 1 unknown point and 2 invented passages');
  });

  it('reports a damaged facts file and goes on without it', () => {
    const facts = loadFacts(fixture('classroom', 'broken-facts', 'quiet.ink'));
    expect(facts).toMatchObject({ present: true, problem: 'it is not valid JSON' });
    const story = loadFixture('classroom/broken-facts/quiet.ink');
    const d = debriefOf(play(story, undefined, [0]), facts);
    expect(debriefText(d)).toContain("The story's facts file could not be used: it is not valid JSON.");
    expect(d.objective).toEqual({ text: 'Keep the lamp lit until dawn.', met: null });
    expect(debriefText(d)).toContain('Objective met: not recorded by the story.');
  });

  it('before an ending, says so', () => {
    const story = harbour();
    const d = debriefOf(play(story, 'envoy_start', [0]), loadFacts(story.file));
    expect(debriefText(d)).toContain('The story has not reached an ending yet.\nRole: Envoy.\nYour private objective: Promise only what the ships can carry.\nObjective met: not yet (the story has not ended).');
  });

  it('reads the briefing and objective from the story variables', () => {
    const session = play(harbour(), 'scribe_start', []);
    expect(briefingOf(session)).toEqual({ role: 'scribe', roleName: 'Scribe', briefing: 'You keep the minutes of the harbour talks.', objective: 'Keep a true record.' });
    expect(briefingOf(play(harbour(), undefined, []))).toBeNull(); // the title page sets none yet
  });

  it('gives the terminal UI the briefing and the debrief as plain data', () => {
    const story = harbour();
    expect(briefingView(play(story, 'scribe_start', []))).toEqual({
      title: 'Briefing: Scribe',
      lines: ['You keep the minutes of the harbour talks.', 'Your private objective: Keep a true record.'],
    });
    expect(briefingView(play(story, undefined, []))).toBeNull();
    const view = debriefView(play(story, 'envoy_start', [0, 0, 1]));
    expect(view.debrief.ending?.id).toBe('envoy_generous');
    expect(view.sections.map((s) => s.id)).toEqual(['outcome', 'documented', 'disputed', 'invented']);
    expect(view.sections[1]!.items[0]).toEqual({
      text: 'The talks opened in the customs house on 29 September 1941.',
      details: ['Sources: Harbour Archive, box 3 (https://example.org/harbour/box3); The Harbour Gazette, 2 October 1941 (https://example.org/gazette/1941-10-02).'],
    });
  });
});
