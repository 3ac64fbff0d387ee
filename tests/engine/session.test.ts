import { describe, expect, it } from 'vitest';
import { Session } from '../../src/engine/session.ts';
import { StoryError } from '../../src/errors.ts';
import { Story } from '../../src/story/inkjs.ts';
import { loadFixture } from '../helpers.ts';

const texts = (s: Session) => s.state.lines.map((l) => l.text);
const choiceTexts = (s: Session) => s.state.choices.map((c) => c.text);

/** What bare inkjs prints for a path of choice indices: the oracle for "text as ink produces it". */
function bareInk(json: string, seed: number, path: number[]): string[] {
  const story = new Story(json);
  story.state.storySeed = seed;
  const out: string[] = [];
  const drain = () => {
    while (story.canContinue) out.push(story.Continue()!);
  };
  drain();
  for (const i of path) {
    story.ChooseChoiceIndex(i);
    drain();
  }
  return out;
}

describe('the session', () => {
  it('applies every tag of the protocol and ignores unknown ones', () => {
    const session = Session.start(loadFixture('tags.ink'));
    const { state } = session;
    expect(state.title).toBe('Tag Test');
    expect(state.author).toBe('A. Writer');
    expect(state.status).toEqual({ location: 'Red Square', date: '29 September 1941', role: 'reporter' });
    expect(state.watches).toEqual([
      { variable: 'coins', label: 'Coins in purse', value: '2' },
      { variable: 'mood', label: 'Mood', value: 'calm' },
    ]);
    expect(state.lines.find((l) => l.text === 'Papers, please.')?.speaker).toBe('Sentry');
    expect(state.notebook).toEqual([{ turn: 0, text: 'A clipping mentions four tins' }]);
    expect(state.facts).toEqual(['protocol_signed']);
    expect(state.fictionLines).toBe(1);
    expect(state.lines.find((l) => l.text === 'An image would go here.')?.tags).toEqual(['IMAGE: square.png', 'unknown-tag: whatever']);
    expect(state.ending).toBeNull();

    session.choose(0);
    expect(session.state.lines[0]).toMatchObject({ text: 'You pay.', clear: true });
    expect(session.state.watches.map((w) => w.value)).toEqual(['1', 'tense']);
    expect(session.state.ending).toEqual({ id: 'paid', title: 'The Paid Ending', turn: 1 });
    expect(session.state.ended).toBe(true);
    // Each choice record carries where the choice sits in the compiled story.
    expect(session.state.lastChoice).toEqual({ turn: 1, index: 0, text: 'Pay the sentry', sourcePath: expect.any(String) });
    expect(session.path()).toEqual([session.state.lastChoice]);
  });

  it('gives the same text for the same seed and choices, and records a chosen seed', () => {
    const story = loadFixture('random.ink');
    const a = Session.start(story, { seed: 42 });
    const b = Session.start(story, { seed: 42 });
    const c = Session.start(story, { seed: 43 });
    a.choose(0);
    b.choose(0);
    c.choose(0);
    expect(texts(a)).toEqual(texts(b));
    expect([...a.path()]).toEqual([...b.path()]);
    expect(a.snapshot().inkState).toBe(b.snapshot().inkState);
    expect(texts(Session.start(story, { seed: 42 }))).not.toEqual(texts(Session.start(story, { seed: 43 })));
    const chosen = Session.start(story);
    expect(chosen.seed).toBeGreaterThan(0);
    expect(chosen.state.seed).toBe(chosen.seed);
    expect(texts(Session.start(story, { seed: chosen.seed }))).toEqual(texts(chosen));
  });

  it('prints text exactly as ink produces it, glue and whitespace included', () => {
    const story = loadFixture('glue.ink');
    for (const path of [[0], [1]]) {
      const session = Session.start(story, { seed: 1 });
      const lines = [...texts(session)];
      for (const i of path) {
        session.choose(i);
        lines.push(...texts(session));
      }
      expect(lines.map((l) => `${l}\n`)).toEqual(bareInk(story.json, 1, path));
    }
  });

  it('stops a step that loops forever, names the knot and stays usable', () => {
    const session = Session.start(loadFixture('loop.ink'), { stepLimitMs: 300 });
    const started = Date.now();
    session.choose(0);
    expect(Date.now() - started).toBeLessThan(3000);
    const issue = session.state.issue!;
    expect(issue.kind).toBe('watchdog');
    expect(issue.message).toMatch(/inside spin/);
    expect(issue.inkPath).toMatch(/^spin/);
    expect(issue.source).toMatch(/loop\.ink:(7|8|9)$/); // the lines of the loop
    expect(session.state.choices).toEqual([]);
    // The choice was not taken; undo shows the choices again and the other path works.
    expect(session.snapshot().choices).toEqual([]);
    expect(session.undo()).toBe(true);
    expect(session.state.issue).toBeNull();
    expect(choiceTexts(session)).toEqual(['Step into the loop', 'Stay safe']);
    session.choose(1);
    expect(texts(session)).toEqual(['Safe.']);
    expect(session.state.ended).toBe(true);
  });

  it('turns ink runtime errors into a message with the story location', () => {
    const story = loadFixture('runtime-error.ink');
    const session = Session.start(story);
    session.choose(0);
    expect(session.state.issue).toMatchObject({ kind: 'error' });
    expect(session.state.issue!.message).toMatch(/LIST_VALUE/);
    expect(session.state.issue!.source).toMatch(/runtime-error\.ink:5$/);
    expect(session.undo()).toBe(true);

    session.choose(1);
    expect(session.state.issue!.message).toMatch(/ran out of content/);
    expect(texts(session)).toContain('This path has a loose end.');
    session.undo();

    session.choose(2);
    expect(session.state.issue).toBeNull();
    expect(texts(session)).toEqual(['All is well.']);
  });

  it('runs the ink fallbacks of EXTERNAL functions, and refuses an external without one', () => {
    expect(texts(Session.start(loadFixture('externals.ink')))).toEqual(['Hello: Privet, Vera, roll 4.']);
    expect(() => Session.start(loadFixture('external-missing.ink'))).toThrow(StoryError);
    expect(() => Session.start(loadFixture('external-missing.ink'))).toThrow(/EXTERNAL launch_rockets\(\) but defines no ink fallback/);
  });
});

describe('history', () => {
  const play = (...path: number[]) => {
    const session = Session.start(loadFixture('choices.ink'), { seed: 7 });
    for (const i of path) session.choose(i);
    return session;
  };

  it('undoes, redoes along the undone path, and lists the turns', () => {
    const session = play(0, 1, 0);
    expect(session.path().map((c) => c.text)).toEqual(['First A', 'Second B', 'Third A']);
    expect(session.undo()).toBe(true);
    expect(session.undo()).toBe(true);
    expect(session.state.turn).toBe(1);
    expect(choiceTexts(session)).toEqual(['Second A', 'Second B']);
    expect(session.redo()).toBe(true);
    expect(session.path().map((c) => c.text)).toEqual(['First A', 'Second B']);
    expect(session.redo()).toBe(true);
    expect(session.state.ending?.id).toBe('finale');
    expect(session.redo()).toBe(false);
  });

  it('goes back to the moment before choice N, and a new choice drops the redo path', () => {
    const session = play(0, 1, 0);
    session.back(2);
    expect(session.state.turn).toBe(1);
    expect(texts(session)).toEqual(['Took A. Turn one.']);
    session.choose(0);
    expect(session.path().map((c) => c.text)).toEqual(['First A', 'Second A']);
    expect(session.canRedo).toBe(false);
    expect(() => session.back(5)).toThrow(RangeError);
  });

  it('restarts from the start and can redo the whole path', () => {
    const session = play(1, 0, 1);
    const end = session.snapshot().inkState;
    session.restart();
    expect(session.state.turn).toBe(0);
    expect(texts(session)).toEqual(['Turn zero.']);
    while (session.redo());
    expect(session.snapshot().inkState).toBe(end);
  });

  it('rebuilds earlier turns by replay after resuming from a snapshot', () => {
    const original = play(1, 1, 0);
    const before2 = play(1).snapshot();
    const resumed = Session.resume(original.story, original.snapshot());
    expect(resumed.state.ending?.id).toBe('finale');
    resumed.back(2);
    expect(resumed.snapshot().inkState).toBe(before2.inkState);
    expect(resumed.state).toEqual(before2.engine);
  });
});

describe('starting at a knot', () => {
  it('starts there, and keeps the start in snapshots so going back returns there', () => {
    const story = loadFixture('choices.ink');
    const session = Session.start(story, { seed: 2, startPath: 'two' });
    expect(texts(session)).toEqual(['Turn one.']);
    session.choose(1);
    const snap = session.snapshot();
    expect(snap.startPath).toBe('two');
    const resumed = Session.resume(story, snap);
    resumed.back(1);
    expect(texts(resumed)).toEqual(['Turn one.']);
    expect(() => Session.start(story, { startPath: 'nowhere' })).toThrow(/no knot or stitch named "nowhere"/);
  });
});

describe('a history that scales', () => {
  const story = loadFixture('hub.ink');
  const walk = (session: Session, turns: number) => {
    for (let t = 0; t < turns; t++) session.choose(session.state.choices[(t * 7) % session.state.choices.length]!.index);
  };

  it('keeps recent turns and keyframes only, and rebuilds any other turn exactly', () => {
    const session = Session.start(story, { seed: 4, historyLimits: { recent: 3, stride: 5, budget: 1e9, maxReplayMs: 1e9 } });
    walk(session, 40);
    const reference = Session.start(story, { seed: 4 });
    const states = [reference.snapshot()];
    for (const c of session.path()) {
      reference.choose(c.index);
      states.push(reference.snapshot());
    }
    // 8 keyframes (turns 1, 6, ..., 36) and the 3 most recent turns.
    const largest = Math.max(...states.map((s) => s.inkState.length));
    expect(session.historySize).toBeLessThanOrEqual(largest * 11);
    expect(session.historySize).toBeGreaterThan(states[0]!.inkState.length * 10);
    for (const turn of [40, 37, 36, 23, 2, 1]) {
      const copy = Session.resume(story, session.snapshot(), { historyLimits: { recent: 3, stride: 5, budget: 1e9, maxReplayMs: 1e9 } });
      copy.back(turn);
      expect(copy.snapshot().inkState, `turn ${turn}`).toBe(states[turn - 1]!.inkState);
      expect(copy.state).toEqual(states[turn - 1]!.engine);
    }
  });

  it('stays within its memory budget by thinning keyframes', () => {
    const probe = Session.start(story, { seed: 1 });
    walk(probe, 200);
    const size = probe.snapshot().inkState.length; // the state only grows in this story
    const session = Session.start(story, { seed: 1, historyLimits: { recent: 32, stride: 4, budget: size * 10, maxReplayMs: 1e9 } });
    walk(session, 200);
    expect(session.historySize).toBeLessThanOrEqual(size * 10);
    const path = session.path();
    session.back(57);
    expect(session.path()).toEqual(path.slice(0, 56));
    session.redo();
    expect(session.path()).toEqual(path.slice(0, 57));
  });
});
