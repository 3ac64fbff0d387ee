// `npm run test:corpus`: every story of ../shared/corpus (real ink written by others) played in
// plain mode through the real binary, with scripted choices, for several seeds. Each run must
// end without a crash or a stack trace, and stdout must be exactly what bare inkjs produces for
// the same seed and choices (in plain mode's format), so nothing is added or lost. Bare inkjs is
// inkjs 2.4.0 as published (its bundle, which caviar's patch leaves alone) running caviar's
// compiled JSON. caviar differs from it on purpose only with floats (README, "Faithful to ink":
// ink's printing, and floats inkjs turns into ints); no story of the corpus prints or computes
// with a float, so no difference is listed here (they are tested in tests/conformance/ and
// tests/story/fidelity.test.ts).

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/story/compile.ts';
import type { Story } from '../../src/story/inkjs.ts';
import { bareStory, ROOT, runCli, tempDir } from '../helpers.ts';

const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const TURNS = 120;
const STEP_LIMIT_MS = 2000;

/** Main files: every .ink of the corpus that no other file of its folder INCLUDEs. */
function corpusStories(): string[] {
  if (!fs.existsSync(CORPUS)) return [];
  const stories: string[] = [];
  for (const folder of fs.readdirSync(CORPUS).sort()) {
    const dir = path.join(CORPUS, folder);
    if (!fs.statSync(dir).isDirectory()) continue;
    const inks = fs.readdirSync(dir).filter((f) => f.endsWith('.ink'));
    const included = new Set(
      inks.flatMap((f) => [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/^\s*INCLUDE\s+(.+?)\s*$/gm)].map((m) => path.normalize(m[1]!))),
    );
    stories.push(...inks.filter((f) => !included.has(f)).map((f) => path.join(dir, f)));
  }
  return stories;
}

const Published = (createRequire(import.meta.url)('inkjs/full') as { Story: new (json: string) => Story }).Story;

/** Bare inkjs: picks choices with a seeded generator; returns the picks and plain mode's expected stdout. */
function oracle(json: string, seed: number) {
  const { story, errors } = bareStory(json, seed, Published);
  let rng = seed;
  const next = () => (rng = (rng * 48271) % 2147483647);
  const picks: number[] = [];
  let out = '';
  let last = '';
  let stopped = false;
  const drain = () => {
    while (story.canContinue) {
      story.ContinueAsync(STEP_LIMIT_MS / 2);
      if (!story.asyncContinueComplete) {
        stopped = true; // caviar's watchdog stops here too; the script ends
        return;
      }
      // One paragraph per line: ink can end a line with glue before choices (no newline).
      const text = story.currentText!.replace(/\n$/, '');
      if (text.trim() !== '') out += `${(last = text)}\n`;
      if (errors.length) {
        stopped = true;
        return;
      }
    }
  };
  drain();
  while (!stopped) {
    const choices = story.currentChoices;
    choices.forEach((c, i) => (out += `${i + 1}) ${c.text}\n`));
    if (!choices.length) {
      // Plain mode does not repeat a story's own last line "THE END".
      if (last.trim().toUpperCase() !== 'THE END') out += 'THE END\n';
      break;
    }
    out += '> ';
    if (picks.length === TURNS) break;
    const pick = next() % choices.length;
    picks.push(pick + 1);
    story.ChooseChoiceIndex(pick);
    drain();
  }
  return { picks, out, stopped };
}

const stories = corpusStories();
if (!stories.length) console.log(`No corpus at ${CORPUS}: nothing to play.`);

describe.each(stories.map((file) => [path.relative(CORPUS, file), file]))('%s', (_name, file) => {
  const compiled = compileInk(file);

  const env = () => ({ CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir(), CAVIAR_STEP_LIMIT_MS: String(STEP_LIMIT_MS) });

  if (!compiled.json) {
    // Some snippets no longer compile with today's ink: caviar must say where, and exit 1.
    it('is reported as a broken story at file:line', async () => {
      const run = await runCli([file, '--plain'], '', env());
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^caviar: .+\.ink:\d+: error: /);
      expect(run.stderr).not.toMatch(/internal error|\n\s+at \S+ \(/);
    });
    return;
  }

  it.each([1, 2, 3])('plays faithfully with seed %i', async (seed) => {
    const expected = oracle(compiled.json!, seed);
    const run = await runCli([file, '--plain', '--seed', String(seed)], expected.picks.map((p) => `${p}\n`).join(''), env());
    expect(run.stderr).not.toMatch(/internal error|\n\s+at \S+ \(/);
    expect(run.signal).toBeNull();
    expect([0, 1]).toContain(run.code);
    if (expected.stopped) {
      // A loop inside one step or a runtime error: caviar reports it and keeps what came before.
      expect(run.stderr).toMatch(/Stopped|Ink runtime error/);
      expect(run.stdout.startsWith(expected.out.replace(/> $/, ''))).toBe(true);
    } else {
      expect(run.stdout).toBe(expected.out.endsWith('> ') ? expected.out : `${expected.out}> `);
    }
  });
});
