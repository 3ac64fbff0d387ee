// A save that passes the format check but whose ink state does not fit the story (issue 18,
// item 5): --load, --continue and :load died with raw inkjs messages. Now: exit 2 (or, in play,
// a message and the story goes on), "cannot load this save: ...", the file untouched.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from '../helpers.ts';

const STORY = fixture('saves', 'with-var.ink');
const SLOT = 'autosave-with-a-variable';

type Ink = { variablesState: Record<string, unknown>; flows: unknown };
const mutations: Array<[string, (ink: Ink, text: string) => string, RegExp]> = [
  ['"null"', () => 'null', /its ink state is damaged/],
  ['"{}"', () => '{}', /its ink state is damaged/],
  ['"[1]"', () => '[1]', /its ink state is damaged/],
  ['a string', () => '"hello"', /its ink state is damaged/],
  ['a path that no longer exists', (_ink, text) => text.replaceAll('"hall', '"gone'), /it stands at gone[^,]*, a place the story does not have/],
  ['a variable set to null', (ink) => JSON.stringify({ ...ink, variablesState: { ...ink.variablesState, mood: null } }), /its ink state is damaged/],
  ['a variable set to an object', (ink) => JSON.stringify({ ...ink, variablesState: { ...ink.variablesState, mood: { a: 1 } } }), /its ink state is damaged/],
  ['a variable set to a list of numbers', (ink) => JSON.stringify({ ...ink, variablesState: { ...ink.variablesState, mood: [1] } }), /the variable mood holds no ink value/],
  ['a divert variable to nowhere', (ink) => JSON.stringify({ ...ink, variablesState: { ...ink.variablesState, next: { '^->': 'nowhere' } } }), /the variable next points to a place the story does not have/],
];

async function savedAfterOneChoice() {
  const e = { CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir() };
  await runCli([STORY], '1\n', e);
  const file = path.join(e.CAVIAR_SAVES, `${SLOT}.json`);
  return { e, file, save: JSON.parse(fs.readFileSync(file, 'utf8')) as { inkState: string } };
}

describe('a save whose ink state does not fit the story', () => {
  it.each(mutations)('with %s: --load, --continue and :load refuse it in one line; the file is untouched', async (_kind, mutate, reason) => {
    const { e, file, save } = await savedAfterOneChoice();
    expect(JSON.parse(save.inkState).flows).toBeDefined();
    const inkState = mutate(JSON.parse(save.inkState) as Ink, save.inkState);
    expect(inkState).not.toBe(save.inkState);
    const bad = JSON.stringify({ ...save, inkState });
    fs.writeFileSync(file, bad);
    const copy = path.join(tempDir(), 'bad.json');
    fs.writeFileSync(copy, bad);

    const load = await runCli([STORY, '--load', copy], '', e);
    expect(load.code).toBe(2);
    expect(load.stderr).toMatch(/^caviar: cannot load this save: .*The file was left as it is\.\n$/);
    expect(load.stderr).toMatch(reason);
    const cont = await runCli([STORY, '--continue'], '', e);
    expect(cont.code).toBe(2);
    expect(cont.stderr).toMatch(reason);
    const inPlay = await runCli([STORY], `:load ${copy}\n1\n`, { ...e, CAVIAR_SAVES: tempDir() });
    expect(inPlay.code).toBe(0);
    expect(inPlay.stdout).toMatch(reason);
    expect(inPlay.stdout).toContain('Knocked.');
    for (const f of [file, copy]) expect(fs.readFileSync(f, 'utf8')).toBe(bad);
  });
});
