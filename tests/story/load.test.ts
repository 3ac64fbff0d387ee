import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/engine/session.ts';
import { StoryError, UsageError } from '../../src/errors.ts';
import { compileInk } from '../../src/story/compile.ts';
import { formatDiagnostic } from '../../src/story/diagnostics.ts';
import { loadStory } from '../../src/story/load.ts';
import { fixture, loadFixture, tempDir } from '../helpers.ts';

const texts = (s: Session) => s.state.lines.map((l) => l.text);

describe('loading .ink stories', () => {
  it('resolves INCLUDEs from the main file\'s folder, through folders with spaces', () => {
    const session = Session.start(loadFixture('include/main.ink'));
    expect(texts(session)).toEqual(['Main file speaking.', 'Part one speaking.', 'Part two speaking.']);
    const result = compileInk(fixture('include/main.ink'));
    expect(result.diagnostics).toEqual([]);
    const sources = result.sources.map((s) => path.relative(fixture('include'), s.file));
    expect(sources).toEqual(['main.ink', path.join('sub dir', 'part one.ink'), path.join('sub dir', 'deeper', 'part two.ink')]);
  });

  // Regression: caviar resolved a nested INCLUDE from the including file's folder, so
  // `lib/a.ink` -> `INCLUDE lib/b.ink` failed ("lib/lib/b.ink does not exist") where inklecate,
  // Inky and inkjs-compiler compile it.
  it('nested INCLUDE lib/b.ink inside lib/a.ink names a path from the main folder, as in ink', () => {
    const result = compileInk(fixture('include-nested/main-folder/main.ink'));
    expect(result.diagnostics).toEqual([]);
    expect(result.probes).toEqual([]);
    const story = loadFixture('include-nested/main-folder/main.ink');
    expect(texts(Session.start(story))).toEqual(['Main speaking.', 'A speaking.', 'B speaking.']);
  });

  // Regression: `INCLUDE b.ink` inside lib/a.ink passed in caviar but breaks the author's web build.
  it('nested INCLUDE found only beside the including file still compiles, with a warning at its line', () => {
    const result = compileInk(fixture('include-nested/own-folder/main.ink'));
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /^tests[/\\]fixtures[/\\]include-nested[/\\]own-folder[/\\]lib[/\\]a\.ink:1: warning: INCLUDE b\.ink is found only relative to this file \(.*lib[/\\]b\.ink\); ink resolves every INCLUDE from the main file's folder, so inklecate, Inky and inkjs look for .*own-folder[/\\]b\.ink and will not find it \(write INCLUDE lib\/b\.ink\)$/,
      ),
    ]);
    expect(result.probes).toEqual([fixture('include-nested', 'own-folder', 'b.ink')]);
    const story = loadFixture('include-nested/own-folder/main.ink');
    expect(story.warnings.map((w) => w.line)).toEqual([1]);
    expect(texts(Session.start(story))).toEqual(['Main speaking.', 'A speaking.', 'B speaking.']);
  });

  it('prefers the main folder\'s file when both exist, and a cached compile notices the file appearing', () => {
    const cache = tempDir();
    const work = tempDir();
    fs.cpSync(fixture('include-nested/own-folder'), work, { recursive: true });
    const main = path.join(work, 'main.ink');
    expect(loadStory(main, { cacheDir: cache }).warnings).toHaveLength(1);
    expect(loadStory(main, { cacheDir: cache }).fromCache).toBe(true);
    fs.writeFileSync(path.join(work, 'b.ink'), '=== b ===\nThe main folder\'s b.\n-> END\n');
    const next = loadStory(main, { cacheDir: cache });
    expect(next.fromCache).toBe(false);
    expect(next.warnings).toEqual([]);
    expect(texts(Session.start(next)).at(-1)).toBe("The main folder's b.");
  });

  it('strips a byte-order mark', () => {
    expect(fs.readFileSync(fixture('bom.ink'))[0]).toBe(0xef);
    const session = Session.start(loadFixture('bom.ink'));
    expect(texts(session)).toEqual(['A story saved with a byte-order mark.']);
  });

  it('reports compile errors as path:line without throwing a stack', () => {
    const syntax = compileInk(fixture('broken/errors.ink'));
    expect(syntax.json).toBeNull();
    expect(syntax.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^tests[/\\]fixtures[/\\]broken[/\\]errors\.ink:4: error: Expected some kind of logic/),
    ]);
    const divert = compileInk(fixture('broken/bad-divert.ink'));
    expect(divert.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/bad-divert\.ink:2: error: .*not found.*nowhere/),
    ]);
    expect(() => loadStory(fixture('broken/errors.ink'), { cacheDir: null })).toThrow(StoryError);
  });

  it('names a missing INCLUDE as such, at the line of the INCLUDE', () => {
    const lines = compileInk(fixture('broken/missing-include.ink')).diagnostics.map(formatDiagnostic);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/missing-include\.ink:1: error: missing INCLUDE: .*parts[/\\]not-there\.ink does not exist/);
  });

  it('keeps warnings with their lines on a story that compiles', () => {
    const story = loadFixture('broken/warning.ink');
    expect(story.warnings.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/warning\.ink:5: warning: Apparent loose end/),
    ]);
  });

  it('caches the compiled JSON and skips compiling on the next load', () => {
    const cache = tempDir();
    const work = tempDir();
    fs.cpSync(fixture('include'), work, { recursive: true });
    const main = path.join(work, 'main.ink');
    const first = loadStory(main, { cacheDir: cache });
    const second = loadStory(main, { cacheDir: cache });
    expect(first.fromCache).toBe(false);
    expect(second.fromCache).toBe(true);
    expect(second.hash).toBe(first.hash);
    expect(second.json).toBe(first.json);
    // Editing any included file, however deep, invalidates the entry.
    const deep = path.join(work, 'sub dir', 'deeper', 'part two.ink');
    fs.writeFileSync(deep, fs.readFileSync(deep, 'utf8').replace('Part two speaking.', 'Part two, edited.'));
    const third = loadStory(main, { cacheDir: cache });
    expect(third.fromCache).toBe(false);
    expect(third.hash).not.toBe(first.hash);
    expect(texts(Session.start(third)).at(-1)).toBe('Part two, edited.');
  });

  it('never writes next to the story (the story folder may be read-only)', () => {
    const work = tempDir();
    fs.copyFileSync(fixture('choices.ink'), path.join(work, 'story.ink'));
    loadStory(path.join(work, 'story.ink'), { cacheDir: tempDir() });
    expect(fs.readdirSync(work)).toEqual(['story.ink']);
  });

  it('loads compiled JSON directly, and rejects unsupported ink versions by name', () => {
    const dir = tempDir();
    const json = compileInk(fixture('choices.ink')).json!;
    fs.writeFileSync(path.join(dir, 'ok.json'), `\ufeff${json}`);
    expect(texts(Session.start(loadStory(path.join(dir, 'ok.json'))))).toEqual(['Turn zero.']);

    const future = json.replace('"inkVersion":21', '"inkVersion":22');
    fs.writeFileSync(path.join(dir, 'future.json'), future);
    expect(() => loadStory(path.join(dir, 'future.json'))).toThrow(/unsupported ink version 22: it was compiled by a newer ink/);
    fs.writeFileSync(path.join(dir, 'old.json'), json.replace('"inkVersion":21', '"inkVersion":17'));
    expect(() => loadStory(path.join(dir, 'old.json'))).toThrow(/unsupported ink version 17: it was compiled by an older ink/);
    fs.writeFileSync(path.join(dir, 'other.json'), '{"hello": "world"}');
    expect(() => loadStory(path.join(dir, 'other.json'))).toThrow(/other\.json: not a valid compiled ink story: no "inkVersion" field/);
  });

  it('treats a missing story file as bad usage', () => {
    expect(() => loadStory(fixture('nope.ink'))).toThrow(UsageError);
  });
});

describe('issue 18 item 7: a damaged or foreign compiled .json', () => {
  const CASES: Array<[string, (json: string) => string, RegExp]> = [
    ['"root": "hello" (an internal error)', (j) => j.replace(/"root":/, '"root":"hello","was":'), /"root" is a string, not a container/],
    ['"root": null (an internal error)', (j) => j.replace(/"root":/, '"root":null,"was":'), /"root" is null, not a container/],
    ['"inkVersion": "21", a string ("no inkVersion field")', (j) => j.replace('"inkVersion":21', '"inkVersion":"21"'), /"inkVersion" is a string \("21"\), not a whole number/],
    ['nested 50,000 deep (a stack overflow)', () => `{"inkVersion":21,"root":${'['.repeat(50_000)}null]${',null]'.repeat(49_999)},"listDefs":{}}`, /nests deeper than 1000 levels/],
    ['a container without its ending', (j) => j.replace(/"root":/, '"root":[1,2],"was":'), /a container does not end with its names/],
    ['a token inkjs does not know (an internal error at play)', (j) => j.replace(/"root":\[/, '"root":[{"bogus":1},'), /inkjs says: Failed to convert token/],
    ['a list, not an object', () => '[1,2]', /it is a list, not a JSON object/],
  ];
  const json = compileInk(fixture('choices.ink')).json!;

  it.each(CASES)('%s: "not a valid compiled ink story: ...", a StoryError (exit 1)', (_name, damage, why) => {
    const file = path.join(tempDir(), 'story.json');
    fs.writeFileSync(file, damage(json));
    let error: unknown;
    try {
      loadStory(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoryError);
    expect((error as Error).message).toMatch(/story\.json: not a valid compiled ink story: /);
    expect((error as Error).message).toMatch(why);
  });

  it('a story nested deep as ink never writes still loads: the bound is far above real stories', () => {
    const file = path.join(tempDir(), 'deep.json');
    fs.writeFileSync(file, `{"inkVersion":21,"root":["^Deep.","\\n",${'['.repeat(900)}null]${',null]'.repeat(899)},"done",null],"listDefs":{}}`);
    expect(texts(Session.start(loadStory(file)))).toEqual(['Deep.']);
  });
});
