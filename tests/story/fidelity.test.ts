// Issue 10: caviar plays what ink's own tools play. Each test here failed before the fix it
// names (inkjs 2.4.0 as shipped; patches/inkjs+2.4.0.patch and src/story/float-text.ts).
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/engine/session.ts';
import { loadStory } from '../../src/story/load.ts';
import { fixture, runCli, tempDir } from '../helpers.ts';

const texts = (s: Session) => s.state.lines.map((l) => l.text);
const env = () => ({ CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir() });

/** The story's text before its first choice and after taking it, the second half from a save. */
function playThroughSave(file: string, cacheDir: string | null) {
  const story = loadStory(fixture('fidelity', file), { cacheDir });
  const first = Session.start(story, { seed: 1 });
  const saved = first.snapshot();
  const resumed = Session.resume(story, saved, {});
  const roundTrip = resumed.snapshot().inkState === saved.inkState;
  resumed.choose(0);
  return { story, before: texts(first), after: texts(resumed), roundTrip };
}

describe('number-like text (issue 10, item 1)', () => {
  const ledger = 'The ledger shows the bill: 7,759,312,650.00 roubles, and 25, 25.0 more.';
  const signed = 'Signed at 1, 3,000.0 copies, -2.0 and 1e5.0 in the margin.';

  it('loads and plays byte for byte, through a save, compiled and from the cache', () => {
    const cache = tempDir();
    for (const fromCache of [false, true]) {
      const run = playThroughSave('number-text.ink', cache);
      expect(run.story.fromCache).toBe(fromCache);
      expect(run.before).toEqual([ledger]);
      expect(run.after).toEqual([signed]);
      expect(run.roundTrip).toBe(true);
    }
  });

  it('plays in plain mode, and from a save file', async () => {
    const run = await runCli([fixture('fidelity', 'number-text.ink'), '--plain'], ':save before\n1\n:load before\n1\n', env());
    expect(run.stderr).toBe('');
    const passage = `${ledger}\n1) Sign it, 1.0 times over\n> `;
    expect(run.stdout).toBe(
      `${passage}Saved as "before" (turn 0).\n> ${signed}\nTHE END\n> Loaded "before" (turn 0).\n${passage}${signed}\nTHE END\n> `,
    );
  });
});

describe('floats stay floats (issue 10, item 2) and print as ink prints them (item 3)', () => {
  const before = ['2.5 2.3333333 0.6666667 0.5 -0.5 3 1.5'];
  const after = ['0.6666667 0.5 -0.5 0.3 0.33333334 2'];

  it('through compile, cache, save and load', () => {
    const cache = tempDir();
    for (const fromCache of [false, true]) {
      const run = playThroughSave('floats.ink', cache);
      expect(run.story.fromCache).toBe(fromCache);
      expect(run.before).toEqual(before);
      expect(run.after).toEqual(after);
      expect(run.roundTrip).toBe(true);
    }
  });

  it('writes an integral float as ink does ("2.0"), so a compiled .json keeps it', () => {
    const story = loadStory(fixture('fidelity', 'floats.ink'), { cacheDir: null });
    expect(story.json).toContain('2.0,{"VAR=":"whole"}');
    expect(story.json).toContain('"ev",5,2.0,"/"');
  });

  it('prints as inkjs with --floats inkjs, and refuses an unknown printing', async () => {
    const inkjs = await runCli([fixture('fidelity', 'floats.ink'), '--plain', '--floats', 'inkjs'], '', env());
    expect(inkjs.stdout.split('\n')[0]).toBe('2.5 2.3333333333333335 0.6666666666666666 0.5 -0.5 3 1.5');
    const bad = await runCli([fixture('fidelity', 'floats.ink'), '--plain', '--floats', 'single'], '', env());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('caviar: --floats takes ink or inkjs, not "single"\n');
  });
});

describe('quotes and backslashes in text before a float (the float reader counts quotes)', () => {
  it('keeps the text as written and the float a float, through a save, compiled and from the cache', () => {
    const cache = tempDir();
    for (const fromCache of [false, true]) {
      const run = playThroughSave('quoted-numbers.ink', cache);
      expect(run.story.fromCache).toBe(fromCache);
      expect(run.before).toEqual(['He wrote "2.0" on the board, a backslash \\ and "3.0\\" after it, then 4.0.']);
      expect(run.after).toEqual(['0.5 and "5.0" again.']);
      expect(run.roundTrip).toBe(true);
    }
  });
});

describe('a ref parameter named like the temp passed to it (issue 10, item 4)', () => {
  it('prints SCENE 1 instead of overflowing the stack', () => {
    const session = Session.start(loadStory(fixture('fidelity', 'ref-same-name.ink'), { cacheDir: null }));
    expect(session.state.issue).toBeNull();
    expect(texts(session)).toEqual(['SCENE 1']);
  });
});

describe('plain mode --raw and a story that says THE END itself (issue 10, item 8)', () => {
  it('--raw prints what inklecate -p prints: lines as ink gives them, tags as "# tags:", no THE END', async () => {
    const run = await runCli([fixture('fidelity', 'raw.ink'), '--raw'], '1\n', env());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '"Papers, please," says the sentry.',
        '# tags: title: Raw Test, speaker: Sentry',
        '',
        '1: Show them',
        '?> ',
        '# tags: CLEAR',
        'You show them.',
        '# tags: mood: tense',
        'THE END',
        '',
      ].join('\n'),
    );
  });

  it('plain mode does not add THE END after a story\'s own THE END line', async () => {
    const run = await runCli([fixture('fidelity', 'raw.ink'), '--plain'], '1\n', env());
    expect(run.stdout).toBe('Sentry: "Papers, please," says the sentry.\n1) Show them\n> \nYou show them.\nTHE END\n> ');
  });
});
