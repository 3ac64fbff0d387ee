// Endings: by `# ending:` tags and by END/DONE, each with a path to it, and those never reached.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explore } from '../../src/explore/explore.ts';
import { withDefaults } from '../../src/explore/options.ts';
import { loadStory } from '../../src/story/load.ts';
import { tempDir } from '../helpers.ts';
import { exploreFixture, lineOf, loadExploreFixture, typed } from './helpers.ts';

describe.each(['exhaustive', 'random'] as const)('endings, %s mode', (mode) => {
  it('reports each tagged ending reached, with its title and the path to it', async () => {
    const r = await exploreFixture('endings.ink', { mode, playthroughs: 40 });
    const tags = r.endings.reached.filter((e) => e.kind === 'tag');
    expect(tags.map((e) => ({ id: e.id, title: e.title, line: lineOf(e.source), choices: typed(e.path) }))).toEqual([
      { id: 'red', title: 'The Red Ending', line: 9, choices: [1] },
      { id: 'blue', title: 'The Blue Ending', line: 14, choices: [2, 1] },
    ]);
  });

  it('tells END from DONE, at their lines', async () => {
    const r = await exploreFixture('endings.ink', { mode, playthroughs: 40 });
    const stops = r.endings.reached.filter((e) => e.kind !== 'tag').map((e) => `${e.kind}@${lineOf(e.source)}`);
    expect(stops.sort()).toEqual(['done@17', 'end@10', 'end@15', 'end@21']);
  });

  it('lists the endings never reached: the tag and the END of a knot nothing leads to', async () => {
    const r = await exploreFixture('endings.ink', { mode, playthroughs: 40 });
    expect(r.endings.unreached.map((e) => ({ kind: e.kind, id: e.id, line: lineOf(e.source) }))).toEqual([
      { kind: 'tag', id: 'secret', line: 24 },
      { kind: 'end', id: null, line: 25 },
    ]);
  });
});

describe('endings through threads and tunnels', () => {
  it('a DONE inside a tunnel ends the story where it is written', async () => {
    const r = await exploreFixture('merge-tunnel.ink', { mode: 'exhaustive' });
    expect(r.endings.reached.map((e) => `${e.kind}@${lineOf(e.source)}`)).toEqual(['end@12']);
  });
});

describe('a compiled .json story', () => {
  it('gives the same endings and coverage, by ink path instead of source line', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'endings.json');
    fs.writeFileSync(file, loadExploreFixture('endings.ink').json);
    const r = await explore(loadStory(file, { cacheDir: null }), withDefaults({ seed: 1, workers: 0, mode: 'exhaustive' }));
    const fromInk = await exploreFixture('endings.ink', { mode: 'exhaustive' });
    const strip = (e: { kind: string; id: string | null; inkPath: string | null }) => ({ kind: e.kind, id: e.id, inkPath: e.inkPath });
    expect(r.endings.reached.map(strip).sort(byPath)).toEqual(fromInk.endings.reached.map(strip).sort(byPath));
    expect(r.endings.unreached.map(strip)).toEqual(fromInk.endings.unreached.map(strip));
    expect(r.endings.reached.every((e) => e.source === null)).toBe(true);
    expect(r.coverage.unvisited).toEqual(['secret']);
  });
});

const byPath = (a: { inkPath: string | null }, b: { inkPath: string | null }) => (a.inkPath ?? '').localeCompare(b.inkPath ?? '');
