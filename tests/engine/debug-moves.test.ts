// An author's look inside (issue 17 item 2): :goto / -> knot, :set / assignments, :vars,
// :visits and ink expressions at the prompt, through the command layer both front ends share.
// Debug moves are recorded on the next choice, so replays, saves and recordings make them again.
import { describe, expect, it } from 'vitest';
import { Controller } from '../../src/commands/controller.ts';
import { parseExpression, evaluate, type ExprScope } from '../../src/engine/expression.ts';
import { replay } from '../../src/engine/replay.ts';
import { Session } from '../../src/engine/session.ts';
import { buildSave, parseSave } from '../../src/saves/format.ts';
import { resumeSave } from '../../src/saves/resume.ts';
import { loadFixture } from '../helpers.ts';

const story = loadFixture('bench/debug.ink');
const text = (s: Session) => s.state.lines.map((l) => l.text).join(' ');
const choices = (s: Session) => s.state.choices.map((c) => c.text);
const controller = () => new Controller(Session.start(story, { seed: 1 }), null, { autosaveSlot: null });

describe('debug moves', () => {
  it(':goto and -> go to a knot or a stitch, marked as debug moves, and are recorded on the next choice', () => {
    const c = controller();
    expect(c.input(':goto cellar')).toMatchObject({ messages: ['[debug] -> cellar'], show: true });
    expect(text(c.session)).toBe('It is dark in the cellar.');
    expect(c.session.state.debug).toBe('-> cellar');
    expect(c.session.state.turn).toBe(0);
    expect(c.input('-> tower.stairs').messages).toEqual(['[debug] -> tower.stairs']);
    expect(text(c.session)).toBe('You climb the stairs. You look down, and shiver.');
    c.pick(1);
    expect(c.session.state.debug).toBeNull();
    expect(c.session.path()).toEqual([expect.objectContaining({ turn: 1, text: 'Climb on', debug: [{ goto: 'cellar' }, { goto: 'tower.stairs' }] })]);
    // A replay of the path makes the moves again and reads the same text.
    const again = replay(story, 1, c.session.path());
    expect(again.divergence).toBeNull();
    expect(text(again.session)).toBe('The view is wide.');
  });

  it('an unknown place changes nothing and says which name was meant', () => {
    const c = controller();
    const before = c.session.state;
    expect(c.input('-> celar').messages).toEqual(['the story has no knot or stitch named "celar" (did you mean "cellar"?)']);
    expect(c.input(':goto tower.stairz').messages).toEqual(['the story has no knot or stitch named "tower.stairz" (did you mean "tower.stairs"?)']);
    expect(c.session.state).toBe(before);
    expect(c.session.pendingDebugMoves()).toEqual([]);
  });

  it(':set and assignments at the prompt set globals; the story reads them at its next step', () => {
    const c = controller();
    expect(c.input(':set gold 10').messages).toEqual(['[debug] gold = 10']);
    expect(c.input('brave = true').messages).toEqual(['[debug] brave = true']);
    expect(c.input('~ name = "Boris"').messages).toEqual(['[debug] name = Boris']);
    c.input('-> hall');
    expect(text(c.session)).toBe('Boris has 10 gold.');
    expect(choices(c.session)).toEqual(['Go to the cellar', 'Go to the tower', 'Buy the sword']);
    c.pick(2);
    expect(text(c.session)).toBe('You climb the stairs. You do not look down.');
    expect(c.session.path()[0]!.debug).toEqual([
      { set: 'gold', value: 10 },
      { set: 'brave', value: true },
      { set: 'name', value: 'Boris' },
      { goto: 'hall' },
    ]);
    expect(c.input(':set nobody 3').messages).toEqual(['the story has no global variable named "nobody".']);
    expect(c.input(':set mood calm').messages).toEqual(['a list cannot be set from the prompt: set a number, a string or true/false.']);
  });

  it('expressions at the prompt print their value; a stray word keeps the usual hint', () => {
    const c = controller();
    expect(c.input('gold + 2')).toMatchObject({ messages: ['2'], answered: true });
    expect(c.input(':name + " Karenina"').messages).toEqual(['Anna Karenina']);
    expect(c.input('mood ? tense').messages).toEqual(['true']);
    expect(c.input('hall > 0 and not brave').messages).toEqual(['true']);
    expect(c.input('TURNS_SINCE(-> hall)').messages).toEqual(['ink counts turns only for the places the story asks TURNS_SINCE about, and it never asks about hall.']);
    expect(c.input('gold + nme').messages).toEqual(['the story has no variable, list item or knot named "nme" (did you mean "name"?)']);
    expect(c.input('hello').messages).toEqual(['Type a number from 1 to 2, or :help for the commands.']);
    expect(c.input(':bogus').messages).toEqual(['Unknown command :bogus. Type :help for the commands.']);
  });

  it(':vars lists every global with its value; :visits counts knots and stitches', () => {
    const c = controller();
    c.pick(1); // the cellar
    c.pick(1); // back up
    expect(c.input(':vars').messages).toEqual(['  gold  = 1', '  name  = Anna', '  brave = false', '  mood  = tense']);
    expect(c.input(':visits').messages).toEqual(['  hall    2', '  cellar  1', '  (4 not visited yet; :visits KNOT shows one knot\'s stitches)']);
    expect(c.input(':visits tower').messages).toEqual(['  tower         0', '  tower.stairs  0', '  tower.top     0']);
    expect(c.input(':visits towr').messages).toEqual(['the story has no knot or stitch named "towr" (did you mean "tower"?)']);
  });

  it('undo takes back a goto made since the last choice, and a rewind brings back the moves made before it', () => {
    const s = Session.start(story, { seed: 1 });
    s.debugMove({ set: 'gold', value: 10 });
    s.debugMove({ goto: 'hall' });
    s.choose(2); // buy the sword
    expect(text(s)).toBe('The smith sells you a sword for 10 gold.');
    s.undo();
    expect(s.pendingDebugMoves()).toEqual([{ set: 'gold', value: 10 }, { goto: 'hall' }]);
    expect(choices(s)).toContain('Buy the sword');
    s.choose(2);
    expect(s.path()[0]!.debug).toHaveLength(2);
    // Rebuilt from the start (no snapshot kept), the past is the same.
    const deep = Session.start(story, { seed: 1, historyLimits: { recent: 1, stride: 100, budget: 1e9, maxReplayMs: 1e9 } });
    deep.debugMove({ set: 'gold', value: 10 });
    deep.debugMove({ goto: 'hall' });
    deep.choose(2);
    deep.back(1);
    expect(choices(deep)).toEqual(['Go to the cellar', 'Go to the tower', 'Buy the sword']);
  });

  it('a save keeps the moves made since the last choice, and a replay of it makes them', () => {
    const s = Session.start(story, { seed: 1 });
    s.choose(0); // the cellar
    s.debugMove({ set: 'gold', value: 30 });
    s.debugMove({ goto: 'shop' });
    const save = parseSave(JSON.stringify(buildSave(s.snapshot(), { title: s.state.title, hash: story.hash }, new Date('2026-12-01T10:00:00Z'))));
    expect(save.pending).toEqual([{ set: 'gold', value: 30 }, { goto: 'shop' }]);
    const { session } = resumeSave(story, save);
    expect(text(session)).toBe('The smith sells you a sword for 30 gold.');
    expect(session.state.debug).toBe('-> shop');
    const replayed = replay(story, 1, save.choices, { pending: save.pending });
    expect(text(replayed.session)).toBe('The smith sells you a sword for 30 gold.');
  });

  it('a version 2 save (before debug moves) still loads', () => {
    const s = Session.start(story, { seed: 1 });
    s.choose(0);
    const v3 = buildSave(s.snapshot(), { title: s.state.title, hash: story.hash }, new Date('2026-12-01T10:00:00Z'));
    const { debug: _none, ...engine } = v3.engine;
    const loaded = parseSave(JSON.stringify({ ...v3, version: 2, engine }));
    expect(loaded.version).toBe(3);
    expect(loaded.engine.debug).toBeNull();
  });

  it('are off in a live class: a student cannot set the story\'s variables', () => {
    const c = new Controller(Session.start(story, { seed: 1 }), null, { autosaveSlot: null, debug: false });
    expect(c.input(':goto shop').messages).toEqual(['Debug moves are off here (a live class).']);
    expect(c.input('-> shop').messages).toEqual(['Debug moves are off here (a live class).']);
    expect(c.input(':set gold 5').messages).toEqual(['Debug moves are off here (a live class).']);
    expect(c.input(':vars').messages).toEqual(['Debug moves are off here (a live class).']);
    expect(c.input('gold = 5').messages).toEqual(['Type a number from 1 to 2, or :help for the commands.']);
    expect(c.session.variable('gold')).toBe(0);
  });
});

describe('ink expressions', () => {
  const globals: Record<string, number | string | boolean> = { a: 7, b: 2, s: 'x', f: false };
  const scope: ExprScope = {
    variable: (n) => globals[n],
    listItem: () => undefined,
    visits: (p) => (p === 'knot' ? 3 : undefined),
    turnsSince: (p) => (p === 'knot' ? 1 : undefined),
    turns: () => 4,
    choiceCount: () => 2,
    names: () => ['a', 'b', 's', 'f', 'knot'],
  };
  const value = (text: string) => evaluate(parseExpression(text), scope);
  it.each([
    ['a / b', 3],
    ['a / 2.5', 2.8],
    ['a mod b', 1],
    ['-a + b * 3', -1],
    ['(a - b) * 2', 10],
    ['a > b && b > 1', true],
    ['f || knot == 3', true],
    ['!f', true],
    ['s + a', 'x7'],
    ['READ_COUNT(-> knot) + TURNS()', 7],
    ['TURNS_SINCE(-> knot)', 1],
    ['CHOICE_COUNT()', 2],
  ])('%s is %s', (expr, expected) => {
    expect(value(expr)).toBe(expected);
  });
  it.each([
    ['a +', /an expression is missing at the end/],
    ['(a', /expected "\)" at the end/],
    ['a $ b', /"\$" cannot be part of an expression/],
    ['a / 0', /division by zero/],
    ['RANDOM(1, 2)', /RANDOM\(\) cannot be called here/],
    ['kno', /no variable, list item or knot named "kno" \(did you mean "knot"\?\)/],
  ])('%s is refused: %s', (expr, message) => {
    expect(() => value(expr)).toThrow(message);
  });
});
