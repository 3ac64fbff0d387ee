// Explorer throughput (DESIGN.md "Targets"): `caviar explore --random N` against a bare inkjs
// random-walk loop doing the same number of playthroughs of the same story, in the same run.
// Both start cold in fresh threads (the loop in bench/explore-bare.ts): the explorer's time is
// the whole call (worker start-up, exploration, report), the loop's from starting its thread to
// its last playthrough. Each side runs ROUNDS times, alternating, and keeps its best time, so a
// busy machine hurts both alike.
// Run alone: node --import tsx bench/explore.ts

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { explore } from '../src/explore/explore.ts';
import { DEFAULT_MAX_DEPTH, defaultWorkers, withDefaults } from '../src/explore/options.ts';
import { loadStory, type LoadedStory } from '../src/story/load.ts';

export interface ExploreFigure {
  figure: string;
  story: string;
  value: number;
  target: string;
  unit: string;
  ok: boolean;
}

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const STORIES = [
  { name: 'The Intercept', file: path.resolve(root, '..', 'shared', 'corpus', 'intercept', 'TheIntercept.ink'), playthroughs: 1500 },
  { name: 'caviar.ink', file: path.join(root, 'story', 'caviar.ink'), playthroughs: 500 },
];
const ROUNDS = 2;
const TARGET = 0.8;

/** The loop an author would write with bare inkjs (restart, continue, pick any choice), timed. */
async function bareRandomWalk(json: string, playthroughs: number): Promise<number> {
  const started = performance.now();
  const worker = new Worker(new URL('./explore-bare-entry.mjs', import.meta.url), { workerData: { json, playthroughs, maxDepth: DEFAULT_MAX_DEPTH } });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  const ms = performance.now() - started;
  await worker.terminate();
  return ms;
}

async function explorerRun(story: LoadedStory, playthroughs: number, workers: number): Promise<number> {
  const started = performance.now();
  const report = await explore(story, withDefaults({ mode: 'random', playthroughs, seed: 1, workers }));
  if (report.run.playthroughs !== playthroughs) throw new Error(`the explorer ran ${report.run.playthroughs} of ${playthroughs} playthroughs`);
  return performance.now() - started;
}

export async function benchExplore(): Promise<ExploreFigure[]> {
  const figures: ExploreFigure[] = [];
  const workers = defaultWorkers();
  for (const { name, file, playthroughs } of STORIES) {
    if (!fs.existsSync(file)) continue;
    let story: LoadedStory;
    try {
      story = loadStory(file);
    } catch (error) {
      console.error(`${name}: cannot be measured: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    let bare = Infinity;
    let threads = Infinity;
    let single = Infinity;
    for (let round = 0; round < ROUNDS; round++) {
      bare = Math.min(bare, await bareRandomWalk(story.json, playthroughs));
      threads = Math.min(threads, await explorerRun(story, playthroughs, workers));
      single = Math.min(single, await explorerRun(story, playthroughs, 1));
    }
    const ratio = bare / threads;
    figures.push({
      figure: `explorer throughput, ${playthroughs} random playthroughs, ${workers} worker thread${workers === 1 ? '' : 's'} (bare inkjs ${((playthroughs / bare) * 1000).toFixed(0)}/s)`,
      story: name,
      value: ratio,
      unit: '×',
      target: `≥ ${TARGET}×`,
      ok: ratio >= TARGET,
    });
    figures.push({
      figure: 'explorer throughput, same, one worker thread (for information)',
      story: name,
      value: bare / single,
      unit: '×',
      target: 'none',
      ok: true,
    });
  }
  return figures;
}

// Alone: print the figures as the project's bench table does.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const figures = await benchExplore();
  console.log(['| figure | story | measured | target |', '|---|---|---|---|', ...figures.map((f) => `| ${f.figure} | ${f.story} | ${f.value.toFixed(2)}× | ${f.target} |`)].join('\n'));
  if (!figures.every((f) => f.ok)) process.exitCode = 1;
}
