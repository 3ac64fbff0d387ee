// `npm run bench`: every figure of DESIGN.md "Targets", as a ratio against bare inkjs measured in
// the same run, on The Intercept (from ../shared/corpus, when present) and the bundled story.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadStory } from '../src/story/load.ts';
import { benchCore, type Figure } from './core.ts';
import { benchExplore } from './explore.ts';
import { benchExhaustive } from './explore-exhaustive.ts';
import { benchClass } from './class.ts';
import { benchHistory } from './history.ts';
import { benchProcess } from './process.ts';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const intercept = path.resolve(root, '..', 'shared', 'corpus', 'intercept', 'TheIntercept.ink');
const stories = [
  ...(fs.existsSync(intercept) ? [{ name: 'The Intercept', file: intercept }] : []),
  { name: 'caviar.ink', file: path.join(root, 'story', 'caviar.ink') },
].filter(({ name, file }) => {
  try {
    loadStory(file, { cacheDir: null });
    return true;
  } catch (error) {
    console.error(`${name}: cannot be measured: ${(error as Error).message.split('\n')[0]}`);
    process.exitCode = 1;
    return false;
  }
});

const innkeeper = path.resolve(root, '..', 'shared', 'corpus', 'innkeeper', 'story.ink');
const figures: Figure[] = [
  ...(await benchProcess(fs.existsSync(intercept) ? intercept : null)),
  ...(await benchCore(stories)),
  ...(await benchHistory([
    { name: 'hub (tests/fixtures)', file: path.join(root, 'tests', 'fixtures', 'hub.ink'), turns: 1000, rewindTarget: 50, memoryTarget: 20 },
    ...(fs.existsSync(innkeeper) ? [{ name: 'innkeeper', file: innkeeper, turns: 1000, rewindTarget: 1000, memoryTarget: 200 }] : []),
  ])),
  ...(await benchExplore()),
  ...(await benchExhaustive()),
  ...(await benchClass()),
];

const rows = figures.map((f) => `| ${f.figure} | ${f.story} | ${f.value.toFixed(f.unit === '×' ? 2 : 2)}${f.unit === '×' ? '×' : ` ${f.unit}`} | ${f.target} | ${f.ok ? 'met' : 'MISSED'} |`);
console.log(['| figure | story | measured | target | |', '|---|---|---|---|---|', ...rows].join('\n'));
if (!figures.every((f) => f.ok)) process.exitCode = 1;
