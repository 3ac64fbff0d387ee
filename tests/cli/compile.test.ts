// `caviar compile`: the JSON an author ships, byte for byte what inkjs-compiler (the compiler
// inkjs ships, node_modules/inkjs/bin) writes with the same options; and caviar itself now
// compiles as ink's tools do by default, so a shipped .json is the story caviar tested.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { Session } from '../../src/engine/session.ts';
import { loadStory } from '../../src/story/load.ts';
import { fixture, ROOT, runCli, tempDir } from '../helpers.ts';

const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const INKJS_COMPILER = path.join(ROOT, 'node_modules', 'inkjs', 'bin', 'inkjs-compiler.js');

/** The bytes inkjs-compiler writes for `story` (read in place), with its flags. */
function inkjsCompiler(story: string, flags: string[] = []): Buffer {
  const out = path.join(tempDir(), 'story.json');
  const run = spawnSync(process.execPath, [INKJS_COMPILER, ...flags, '-o', out, story], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return fs.readFileSync(out);
}

/** The same command line in this process (the spawned binary is tested below): one start per case is slow. */
async function inProcess(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const run = { code: 0, stdout: '', stderr: '' };
  const stream = (key: 'stdout' | 'stderr') => new PassThrough().setEncoding('utf8').on('data', (d: string) => (run[key] += d));
  run.code = await main(argv, { stdin: new PassThrough(), stdout: stream('stdout'), stderr: stream('stderr'), env: { CAVIAR_CACHE: tempDir() } });
  return run;
}

async function caviarCompile(story: string, flags: string[] = []): Promise<Buffer> {
  const out = path.join(tempDir(), 'story.json');
  const run = await inProcess(['compile', story, '-o', out, ...flags]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^Wrote .*story\.json from \d+ source files?/);
  return fs.readFileSync(out);
}

const STORIES = [
  fixture('choices.ink'),
  fixture('tags.ink'),
  fixture('hub.ink'),
  fixture('include', 'main.ink'),
  fixture('include-nested', 'main-folder', 'main.ink'),
  path.join(CORPUS, 'innkeeper', 'story.ink'),
  path.join(CORPUS, 'intercept', 'TheIntercept.ink'),
  path.join(CORPUS, 'ink-library-snippets', 'threading-tunnels.ink'),
];

describe('caviar compile writes what inkjs-compiler writes', () => {
  for (const story of STORIES) {
    it(`byte for byte: ${path.relative(ROOT, story)}`, async () => {
      expect((await caviarCompile(story)).equals(inkjsCompiler(story))).toBe(true);
    }, 60_000);
  }

  for (const story of [fixture('hub.ink'), path.join(CORPUS, 'innkeeper', 'story.ink')]) {
    it(`byte for byte with --count-all-visits (inkjs-compiler -c): ${path.relative(ROOT, story)}`, async () => {
      const counted = await caviarCompile(story, ['--count-all-visits']);
      expect(counted.equals(inkjsCompiler(story, ['-c']))).toBe(true);
      expect(counted.equals(await caviarCompile(story, ['-c']))).toBe(true);
      // The option matters: without it the JSON counts only what the story reads.
      expect(counted.equals(inkjsCompiler(story))).toBe(false);
    }, 60_000);
  }

  // The one deliberate difference: inkjs-compiler keeps an .ink file's byte-order mark as the
  // story's first text ("^\ufeffA story..."); inklecate and Inky drop it, and so does caviar.
  it('drops a byte-order mark from the source, as inklecate does', async () => {
    const ours = await caviarCompile(fixture('bom.ink'));
    const bare = path.join(tempDir(), 'bom.ink');
    fs.writeFileSync(bare, fs.readFileSync(fixture('bom.ink'), 'utf8').replace(/^\ufeff/, ''));
    expect(ours.equals(inkjsCompiler(bare))).toBe(true);
    expect(ours.toString('utf8')).toContain('"^A story saved with a byte-order mark."');
  }, 60_000);

  // The other one: inkjs 2.4.0's compiler writes the float 2.0 as 2, so the shipped story
  // divides integers ({5 / 2.0} prints 2); caviar's patched inkjs writes 2.0, as inklecate does.
  it('writes integral floats as floats, as inklecate does, and differs from inkjs-compiler only there', async () => {
    const ours = (await caviarCompile(fixture('fidelity', 'floats.ink'))).toString('utf8');
    const theirs = inkjsCompiler(fixture('fidelity', 'floats.ink')).toString('utf8');
    expect(ours).toContain('"ev",5,2.0,"/"');
    expect(theirs).toContain('"ev",5,2,"/"');
    expect(ours.replace(/(?<=[[,])(-?\d+)\.0(?=[,\]])/g, '$1')).toBe(theirs);
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'floats.json'), ours);
    expect(Session.start(loadStory(path.join(dir, 'floats.json'))).state.lines[0]!.text).toMatch(/^2\.5 2\.3333333 /);
  }, 60_000);
});

describe('caviar compiles as ink does by default', () => {
  // Regression: caviar compiled every story with count-all-visits, so its JSON (and its hash)
  // differed from the author's inkjs-compiler build, and a replay on the shipped .json said
  // "The story has changed".
  it('a recording made on the .ink replays on inkjs-compiler\'s .json as the same story', async () => {
    const dir = tempDir();
    const story = path.join(dir, 'story.ink');
    fs.copyFileSync(fixture('hub.ink'), story);
    const shipped = path.join(dir, 'story.json');
    fs.writeFileSync(shipped, inkjsCompiler(story));
    expect(loadStory(shipped).hash).toBe(loadStory(story, { cacheDir: null }).hash);

    const recording = path.join(dir, 'run.json');
    const env = { CAVIAR_SAVES: tempDir(), CAVIAR_CACHE: tempDir() };
    expect((await runCli([story, '--record', recording, '--seed', '1'], '1\n', env)).code).toBe(0);
    const replay = await runCli(['replay', recording, '--plain', '--story', shipped], '', env);
    expect(replay.stderr).not.toMatch(/changed/);
    expect(replay.code).toBe(0);
  }, 60_000);
});

describe('caviar compile: bad input', () => {
  it('says what is wrong in one line, with exit 2 for usage and 1 for a broken story', async () => {
    const dir = tempDir();
    const cases: Array<[string[], number, RegExp]> = [
      [['compile'], 2, /^caviar: usage: caviar compile STORY\.ink \[-o FILE\.json\] \[--count-all-visits\]\n$/],
      [['compile', fixture('nope.ink')], 2, /^caviar: .*nope\.ink: no such story file\n$/],
      [['compile', fixture('include')], 2, /^caviar: .*include is a folder, not a story file/],
      [['compile', fixture('broken', 'errors.ink'), '-o', path.join(dir, 'x.json')], 1, /^caviar: .*errors\.ink:4: error: Expected some kind of logic[^\n]*\n$/],
      [['compile', fixture('choices.ink'), '-o', path.join(dir, 'no', 'x.json')], 2, /^caviar: cannot write .*: there is no folder [^\n]*\n$/],
      [['compile', fixture('choices.ink'), '-o', fixture('choices.ink')], 2, /^caviar: will not write .*choices\.ink: it is a file this run reads\n$/],
    ];
    for (const [args, code, stderr] of cases) {
      const run = await inProcess(args);
      expect(run.stderr, args.join(' ')).toMatch(stderr);
      expect(run.code, args.join(' ')).toBe(code);
      expect(run.stdout).toBe('');
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  }, 60_000);

  it('refuses a compiled story as input and a save as output, and recompiles over its own output', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'story.json');
    expect((await inProcess(['compile', fixture('choices.ink'), '-o', out])).code).toBe(0);
    const again = await inProcess(['compile', fixture('hub.ink'), '-o', out]);
    expect(again.code).toBe(0);
    expect(fs.readFileSync(out).equals(inkjsCompiler(fixture('hub.ink')))).toBe(true);

    const compiled = await inProcess(['compile', out]);
    expect(compiled.stderr).toMatch(/^caviar: .*story\.json is compiled already: give its \.ink source\n$/);
    expect(compiled.code).toBe(2);

    const save = path.join(dir, 'slot.json');
    const saveText = JSON.stringify({ format: 'caviar-save', version: 1 });
    fs.writeFileSync(save, saveText);
    const over = await inProcess(['compile', fixture('choices.ink'), '-o', save]);
    expect(over.stderr).toMatch(/^caviar: will not write .*slot\.json: it is a caviar save, which this would destroy; choose another name\n$/);
    expect(over.code).toBe(2);
    expect(fs.readFileSync(save, 'utf8')).toBe(saveText);
  }, 60_000);

  it('through the binary: writes without -o where ink\'s tools do (STORY.ink.json), compile warnings at file:line', async () => {
    const dir = tempDir();
    fs.cpSync(fixture('include-nested', 'own-folder'), dir, { recursive: true });
    const run = await runCli(['compile', path.join(dir, 'main.ink')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^.*lib[/\\]a\.ink:1: warning: INCLUDE b\.ink is found only relative to this file[^\n]*\n$/);
    expect(fs.readFileSync(path.join(dir, 'main.ink.json'), 'utf8')).toMatch(/^\ufeff\{"inkVersion":21,/);
  }, 60_000);
});
