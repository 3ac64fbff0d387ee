import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Controller } from '../../src/commands/controller.ts';
import { resumeSave } from '../../src/saves/resume.ts';
import { Session } from '../../src/engine/session.ts';
import { UsageError } from '../../src/errors.ts';
import { checkSlotName, readSaveFile, SaveStore } from '../../src/saves/store.ts';
import { compileInk } from '../../src/story/compile.ts';
import { loadStory } from '../../src/story/load.ts';
import { fixture, loadFixture, ROOT, tempDir } from '../helpers.ts';

const clock = () => new Date('2026-11-27T10:00:00Z');

function played(dir: string) {
  const story = loadFixture('tags.ink');
  const controller = new Controller(Session.start(story, { seed: 9 }), new SaveStore(dir), { clock });
  return { story, controller };
}

describe('save files', () => {
  it('round-trip a session exactly, and autosave after every choice', () => {
    const dir = tempDir();
    const { story, controller } = played(dir);
    controller.pick(1);
    const save = readSaveFile(path.join(dir, 'autosave-tag-test.json'));
    expect(save).toMatchObject({
      format: 'caviar-save',
      version: 3,
      story: { title: 'Tag Test', hash: story.hash },
      seed: 9,
      createdAt: '2026-11-27T10:00:00.000Z',
      choices: [{ turn: 1, index: 0, text: 'Pay the sentry' }],
    });
    const { session: resumed, notice } = resumeSave(story, save);
    expect(notice).toBeNull();
    expect(resumed.state).toEqual(controller.session.state);
    expect(resumed.snapshot().inkState).toBe(controller.session.snapshot().inkState);
    expect(resumed.state.ending?.id).toBe('paid');
  });

  it('save and load named slots through the commands, and list them', () => {
    const dir = tempDir();
    const story = loadFixture('choices.ink');
    const controller = new Controller(Session.start(story, { seed: 1 }), new SaveStore(dir), { clock });
    controller.pick(2);
    expect(controller.input(':save before_third').messages).toEqual(['Saved as "before_third" (turn 1).']);
    controller.pick(1);
    controller.pick(1);
    expect(controller.session.state.ended).toBe(true);
    const loaded = controller.input(':load before_third');
    expect(loaded.messages).toEqual(['Loaded "before_third" (turn 1).']);
    expect(controller.session.state.choices.map((c) => c.text)).toEqual(['Second A', 'Second B']);
    const list = controller.input(':saves').messages.join('\n');
    expect(list).toMatch(/autosave-choices\s+2026-11-27 10:00\s+turn\s+1\s+First B/);
    expect(list).toMatch(/before_third\s+2026-11-27 10:00\s+turn\s+1\s+First B/);
  });

  const damaged: Array<[string, string, RegExp]> = [
    ['empty', '', /the file is empty/],
    ['truncated', '{"format":"caviar-save","version":1,"story":{"ti', /not valid JSON \(truncated or damaged\?\)/],
    ['not JSON', 'hello there', /not valid JSON/],
    ['foreign', '{"format":"someone-else","data":[1,2]}', /not a caviar save file/],
    ['an array', '[1, 2, 3]', /not a caviar save file/],
    ['future', '{"format":"caviar-save","version":7}', /written by a newer caviar \(save version 7; this one reads version 3\)/],
    ['missing fields', '{"format":"caviar-save","version":1}', /the file is damaged: story/],
  ];

  it.each(damaged)('a %s file is reported clearly and left untouched', (_kind, content, message) => {
    const dir = tempDir();
    const file = path.join(dir, 'autosave-choices.json');
    fs.writeFileSync(file, content);
    const before = fs.statSync(file).mtimeMs;
    expect(() => new SaveStore(dir).read('autosave-choices')).toThrow(UsageError);
    expect(() => new SaveStore(dir).read('autosave-choices')).toThrow(message);
    expect(fs.readFileSync(file, 'utf8')).toBe(content);
    expect(fs.statSync(file).mtimeMs).toBe(before);
  });

  it('rejects a save whose parts contradict each other', () => {
    const dir = tempDir();
    const { controller } = played(dir);
    controller.pick(1);
    const file = path.join(dir, 'autosave-tag-test.json');
    const good = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, JSON.stringify({ ...good, choices: [] }));
    expect(() => readSaveFile(file)).toThrow(/0 choices recorded for turn 1/);
    fs.writeFileSync(file, JSON.stringify({ ...good, inkState: '{"broken' }));
    expect(() => readSaveFile(file)).toThrow(/ink state is not valid JSON/);
    fs.writeFileSync(file, JSON.stringify({ ...good, seed: 'nine' }));
    expect(() => readSaveFile(file)).toThrow(/damaged: seed/);
  });

  describe('a save from another version of the story', () => {
    const saved = () => {
      const dir = tempDir();
      const controller = new Controller(Session.start(loadFixture('choices.ink'), { seed: 5 }), new SaveStore(dir), { clock });
      controller.pick(2);
      controller.pick(1);
      return path.join(dir, 'autosave-choices.json');
    };
    const edit = (transform: (text: string) => string) => {
      const file = path.join(tempDir(), 'choices.ink');
      fs.writeFileSync(file, transform(fs.readFileSync(fixture('choices.ink'), 'utf8')));
      return loadStory(file, { cacheDir: null });
    };

    it('is replayed on the new story when its path still fits', () => {
      const file = saved();
      const before = fs.readFileSync(file, 'utf8');
      const edited = edit((t) => t.replace('Turn one.', 'Turn one, rewritten.').replace('* [Second A]', '* [A new option] -> three\n* [Second A]'));
      const { session, notice } = resumeSave(edited, readSaveFile(file));
      expect(notice).toBe('This save was made with another version of the story: all 2 choices were replayed on the story as it is now.');
      expect(session.path().map((c) => c.text)).toEqual(['First B', 'Second A']);
      expect(session.state.lines.map((l) => l.text)).toEqual(['Took second A. Turn two.']);
      expect(fs.readFileSync(file, 'utf8')).toBe(before);
    });

    it('is loaded up to where the paths part, and the player is told where', () => {
      const edited = edit((t) => t.replace('[Second A]', '[Second A, renamed]'));
      const { session, notice } = resumeSave(edited, readSaveFile(saved()));
      expect(notice).toBe(
        'This save was made with another version of the story. Its path no longer fits: at turn 2 the story no longer offers "Second A"; ' +
          'it offers "Second A, renamed" and "Second B". It was loaded up to turn 1 of 2. The save file was left as it is.',
      );
      expect(session.state.turn).toBe(1);
      expect(session.state.choices.map((c) => c.text)).toEqual(['Second A, renamed', 'Second B']);
    });

    it('is refused when it belongs to another story altogether', () => {
      const other = edit((t) => `# title: Something Else\n${t}`);
      expect(() => resumeSave(other, readSaveFile(saved()))).toThrow(/a save of "choices", not of "Something Else"/);
    });
  });

  it('does not overwrite a damaged file with :save', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'mine.json'), 'precious notes');
    const { controller } = played(dir);
    expect(controller.input(':save mine').messages[0]).toMatch(/not a valid save; it was left alone/);
    expect(fs.readFileSync(path.join(dir, 'mine.json'), 'utf8')).toBe('precious notes');
  });

  it('accepts only slot names of 1-64 letters, digits, - and _', () => {
    for (const ok of ['autosave', 'a', 'Chapter_2-b', 'x'.repeat(64)]) expect(checkSlotName(ok)).toBe(ok);
    for (const bad of ['', 'x'.repeat(65), '../escape', 'a b', 'dot.json', 'café', 'slash/inside', '-'.repeat(0)]) {
      expect(() => checkSlotName(bad)).toThrow(UsageError);
    }
    const { controller } = played(tempDir());
    expect(controller.input(':save ../../etc/passwd').messages[0]).toMatch(/is not a valid save name/);
  });

  it('leaves only loadable saves behind when the saving process is killed at any moment', async () => {
    const dir = tempDir();
    const story = compileInk(fixture('choices.ink'));
    expect(story.json).not.toBeNull();
    const kills = 12;
    for (let k = 0; k < kills; k++) {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join('tests', 'saves', 'save-loop.ts'), dir, fixture('choices.ink')], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((r) => setTimeout(r, 5 + ((k * 37) % 60)));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('close', r));
      const slots = new SaveStore(dir).list();
      expect(slots.length).toBeGreaterThanOrEqual(2);
      for (const slot of slots) {
        expect(slot.problem, `${slot.slot} after kill ${k + 1}`).toBeNull();
      }
    }
  }, 120_000);
});
