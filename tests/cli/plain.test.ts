// Plain mode end to end: the real binary in a child process, scripted stdin, exact stdout.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from '../helpers.ts';

const env = () => ({ CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir() });

describe('caviar play --plain', () => {
  it('prints text, numbered choices and prompts; ends with THE END; exits 0 at end of input', async () => {
    const run = await runCli([fixture('choices.ink'), '--seed', '1'], '2\n1\n2\n', env());
    expect(run.stdout).toBe(
      [
        'Turn zero.',
        '1) First A',
        '2) First B',
        '> Took B. Turn one.',
        '1) Second A',
        '2) Second B',
        '> Took second A. Turn two.',
        '1) Third A',
        '2) Third B',
        '> Took third B. The end of the path.',
        'THE END',
        '> ',
      ].join('\n'),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('answers bad input with a one-line hint and the same choices again', async () => {
    const run = await runCli([fixture('choices.ink')], 'hello\n7\n', env());
    expect(run.stdout).toContain('> Type a number from 1 to 2, or :help for the commands.\n1) First A\n2) First B\n> ');
    expect(run.stdout.match(/Type a number/g)).toHaveLength(2);
    expect(run.code).toBe(0);
  });

  it('supports :undo, :redo, :back, :history and :restart', async () => {
    const script = ['1', '2', ':history', ':undo', ':redo', ':back 1', '2', ':history', ':restart', ':help', ''].join('\n');
    const run = await runCli([fixture('choices.ink'), '--seed', '1'], script, env());
    const out = run.stdout;
    expect(out).toContain('>     1. First A\n    2. Second B\nNow at turn 2.\n');
    expect(out).toContain('> Back to turn 1.\nTook A. Turn one.\n1) Second A\n2) Second B\n');
    expect(out).toContain('> Back to the moment before choice 1.\nTurn zero.\n');
    expect(out).toContain('>     1. First B\nNow at turn 1.\n');
    expect(out).toContain('> Back to the start. (:redo replays your path.)\nTurn zero.\n');
    expect(out).toMatch(/:back N\s+return to the moment before choice N/);
    expect(run.code).toBe(0);
  });

  it('lets :back take another branch after THE END', async () => {
    const run = await runCli([fixture('choices.ink')], '1\n1\n1\n:back 3\n2\n', env());
    expect(run.stdout.match(/THE END/g)).toHaveLength(2);
    expect(run.stdout).toContain('Took third B. The end of the path.\nTHE END\n');
  });

  it('autosaves at end of input, and --continue resumes there', async () => {
    const e = env();
    await runCli([fixture('choices.ink'), '--seed', '5'], '2\n', e);
    const save = JSON.parse(fs.readFileSync(path.join(e.CAVIAR_SAVES, 'autosave-choices.json'), 'utf8'));
    expect(save.choices).toMatchObject([{ turn: 1, index: 1, text: 'First B' }]);
    const run = await runCli([fixture('choices.ink'), '--continue'], ':history\n', e);
    expect(run.stdout).toBe('Took B. Turn one.\n1) Second A\n2) Second B\n>     1. First B\nNow at turn 1.\n> ');
  });

  it('saves and loads named slots and lists them', async () => {
    const e = env();
    const run = await runCli([fixture('choices.ink')], '1\n:save mine\n2\n:load mine\n:saves\n', e);
    expect(run.stdout).toContain('Saved as "mine" (turn 1).');
    expect(run.stdout).toContain('Loaded "mine" (turn 1).\nTook A. Turn one.\n1) Second A\n2) Second B\n');
    expect(run.stdout).toMatch(/ {2}mine {13}\d{4}-\d\d-\d\d \d\d:\d\d {2}turn {3}1 {2}First A/);
    const again = await runCli([fixture('choices.ink'), '--load', 'mine'], '', e);
    expect(again.stdout).toBe('Took A. Turn one.\n1) Second A\n2) Second B\n> ');
  });

  it('marks choices taken before with --marks, and only then', async () => {
    const e = env();
    await runCli([fixture('choices.ink')], '2\n1\n', e);
    const marked = await runCli([fixture('choices.ink'), '--marks'], '2\n', e);
    expect(marked.stdout).toBe('Turn zero.\n1) First A\n2) First B (taken before)\n> Took B. Turn one.\n1) Second A (taken before)\n2) Second B\n> ');
    const plain = await runCli([fixture('choices.ink')], '', e);
    expect(plain.stdout).toBe('Turn zero.\n1) First A\n2) First B\n> ');
  });

  it('gives the same text for the same --seed', async () => {
    const a = await runCli([fixture('random.ink'), '--seed', '77'], '1\n', env());
    const b = await runCli([fixture('random.ink'), '--seed', '77'], '1\n', env());
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toMatch(/^Dice: \d+ and \d+\. (Heads|Tails|Edge)\./);
  });

  it('reports a story that loops inside a step, and stays usable', async () => {
    const run = await runCli([fixture('loop.ink')], '1\n:undo\n2\n', { ...env(), CAVIAR_STEP_LIMIT_MS: '300' });
    expect(run.stderr).toMatch(/Stopped at spin\S* \(tests\/fixtures\/loop\.ink:\d+\): the story ran for 0\.3 s without reaching a choice or an end, inside spin/);
    expect(run.stdout).toContain('> Back to turn 0.\nA safe start.\n1) Step into the loop\n2) Stay safe\n> Safe.\nTHE END\n');
    expect(run.code).toBe(0);
  });

  it('reports runtime errors with their location, without a stack trace', async () => {
    const run = await runCli([fixture('runtime-error.ink')], '1\n', env());
    expect(run.stderr).toMatch(/Ink runtime error at fork\.0\.c-0 \(tests\/fixtures\/runtime-error\.ink:5\): Cannot perform operation LIST_VALUE on Int/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(1);
  });
});

describe('bad input on the command line', () => {
  it('reports compile errors as file:line and exits 1', async () => {
    const run = await runCli([fixture('broken/errors.ink')], '', env());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^caviar: tests\/fixtures\/broken\/errors\.ink:4: error: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });

  it('names a missing EXTERNAL fallback at start and exits 1', async () => {
    const run = await runCli([fixture('external-missing.ink')], '', env());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/EXTERNAL launch_rockets\(\) but defines no ink fallback/);
  });

  it('exits 2 on an unknown flag, a bad slot name, a missing or damaged save', async () => {
    const e = env();
    const flag = await runCli([fixture('choices.ink'), '--frobnicate'], '', e);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/frobnicate/);
    const slot = await runCli([fixture('choices.ink'), '--load', 'no/such'], '', e);
    expect(slot.code).toBe(2);
    expect(slot.stderr).toMatch(/"no\/such" is not a valid save name/);
    const missing = await runCli([fixture('choices.ink'), '--load', 'ghost'], '', e);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/ghost\.json: no such save/);
    fs.writeFileSync(path.join(e.CAVIAR_SAVES, 'autosave-choices.json'), '{"format":"caviar-save","version":1,"story":');
    const damaged = await runCli([fixture('choices.ink'), '--continue'], '', e);
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toMatch(/autosave-choices\.json: cannot load this save: the file is not valid JSON .* left as it is/);
    expect(fs.readFileSync(path.join(e.CAVIAR_SAVES, 'autosave-choices.json'), 'utf8')).toBe('{"format":"caviar-save","version":1,"story":');
  });

  it('keeps a damaged autosave and autosaves beside it in a new session', async () => {
    const e = env();
    fs.writeFileSync(path.join(e.CAVIAR_SAVES, 'autosave-choices.json'), 'garbage');
    const run = await runCli([fixture('choices.ink')], '1\n', e);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/autosaves to "autosave-choices-2" instead/);
    expect(fs.readFileSync(path.join(e.CAVIAR_SAVES, 'autosave-choices.json'), 'utf8')).toBe('garbage');
    expect(JSON.parse(fs.readFileSync(path.join(e.CAVIAR_SAVES, 'autosave-choices-2.json'), 'utf8')).choices).toHaveLength(1);
  });

  it('exits 2 for a story file that does not exist', async () => {
    const run = await runCli(['no-such-story.ink'], '', env());
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('caviar: no-such-story.ink: no such story file\n');
  });
});

describe('caviar check', () => {
  it('prints statistics and endings, exit 0 without errors', async () => {
    const run = await runCli(['check', fixture('choices.ink')], '', env());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/choices\.ink: 0 errors, 0 warnings, 1 source file/);
    expect(run.stdout).toMatch(/words \d+, knots 3, stitches 0, functions 0, choices 6,/);
    expect(run.stdout).toMatch(/endings 1: finale/);
  });

  it('prints every problem as file:line and exits 1 on errors', async () => {
    const run = await runCli(['check', fixture('broken/missing-include.ink')], '', env());
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/missing-include\.ink:1: error: missing INCLUDE/);
    const warn = await runCli(['check', fixture('broken/warning.ink')], '', env());
    expect(warn.code).toBe(0);
    expect(warn.stdout).toMatch(/warning\.ink:5: warning: Apparent loose end/);
  });

  it('lints the tag protocol', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'facts.json'), JSON.stringify({ facts: { known: {} } }));
    fs.writeFileSync(
      path.join(dir, 'story.ink'),
      '# watch: nothing Not a variable\nVAR x = 1\nHi. # fact: known # fact: unknown_key\nBye. # ending: \n-> END\n',
    );
    const run = await runCli(['check', path.join(dir, 'story.ink')], '', env());
    expect(run.stdout).toMatch(/story\.ink:1: warning: # watch: names "nothing", which is not a VAR of the story/);
    expect(run.stdout).toMatch(/story\.ink:3: warning: # fact: unknown_key is not in .*facts\.json/);
    expect(run.stdout).not.toMatch(/# fact: known is not/);
    expect(run.stdout).toMatch(/story\.ink:4: warning: # ending: needs an id/);
  });
});

describe('a save folder that cannot be written', () => {
  it('is reported once, and the story goes on', async () => {
    const blocker = path.join(tempDir(), 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    const run = await runCli([fixture('choices.ink'), '--saves', path.join(blocker, 'saves')], '1\n1\n:save mine\n2\n', env());
    expect(run.code).toBe(0);
    expect(run.stdout.match(/Could not autosave \(ENOTDIR\): your progress is not being saved\./g)).toHaveLength(1);
    expect(run.stdout).toContain('Could not save as "mine" (ENOTDIR).');
    expect(run.stdout).toContain('Took third B. The end of the path.\nTHE END\n');
    expect(run.stderr).toBe('');
  });
});
