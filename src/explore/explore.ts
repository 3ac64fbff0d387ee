// `caviar explore` as a function: starts the workers, runs random or exhaustive exploration,
// gathers the workers' tallies and builds the report. No terminal here: progress goes to a
// callback, the report is data (report.ts); src/cli/explore.ts prints and writes it.

import { InkRunner } from '../engine/runner.ts';
import type { LoadedStory } from '../story/load.ts';
import { runExhaustive, type ExhaustiveResult } from './exhaustive.ts';
import type { ExploreOptions } from './options.ts';
import { startWorkers, type ExploreWorker } from './pool.ts';
import { buildReport } from './report.ts';
import type { ExploreReport, RunInfo } from './report-shape.ts';
import { analyseStory, type StoryStructure } from './structure.ts';
import { mergeTally, newTally } from './tally.ts';
import { Walker } from './walker.ts';
import { UsageError } from '../errors.ts';

export interface ExploreProgress {
  mode: ExploreOptions['mode'];
  elapsedS: number;
  /** Random: playthroughs done. Exhaustive: distinct choice points found. */
  done: number;
  /** Random: playthroughs asked for. Exhaustive: null (unknown in advance). */
  total: number | null;
  /** Exhaustive: the level being expanded and choice points waiting. */
  depth?: number;
  frontier?: number;
}

export interface ExploreHooks {
  onProgress?: (p: ExploreProgress) => void;
  /** Aborting stops the run early; the report then says it was interrupted. */
  signal?: AbortSignal;
  /** Clock, for tests. */
  now?: () => number;
}

export async function explore(story: LoadedStory, options: ExploreOptions, hooks: ExploreHooks = {}): Promise<ExploreReport> {
  const now = hooks.now ?? Date.now;
  const started = now();
  // Threads take a few hundred milliseconds to start: start them first, check the story meanwhile.
  const workers = startWorkers(options.workers);
  let structure: StoryStructure;
  try {
    // The engine's runner checks EXTERNAL bindings and names a missing one as a story error.
    new InkRunner(story.json, { stepLimitMs: options.stepLimitMs, sourceMap: () => null });
    structure = analyseStory(story.json);
    checkStartPath(story, options);
  } catch (error) {
    await closeAll(workers);
    throw error;
  }

  const stop = new Int32Array(new SharedArrayBuffer(4));
  const interrupted = () => hooks.signal?.aborted === true;
  const onAbort = () => Atomics.store(stop, 0, 1);
  hooks.signal?.addEventListener('abort', onAbort);
  const deadline = options.timeLimitS ? started + options.timeLimitS * 1000 : null;
  const tally = newTally();
  let info: RunInfo;
  try {
    const settings = { stepLimitMs: options.stepLimitMs, maxSteps: options.maxSteps, asserts: options.asserts, goals: options.goals, seed: options.seed, stop };
    await Promise.all(workers.map((w) => w.call({ type: 'init', json: story.json, settings })));
    const progress = (p: Omit<ExploreProgress, 'mode' | 'elapsedS'>) =>
      hooks.onProgress?.({ mode: options.mode, elapsedS: (now() - started) / 1000, ...p });
    let exhaustive: ExhaustiveResult | null = null;
    if (options.mode === 'random') {
      await runRandom(workers, options, deadline, stop, progress);
    } else {
      const rootReply = await workers[0]!.call({ type: 'root', path: options.startPath });
      if (rootReply.type !== 'expanded') throw new Error(`explorer worker answered ${rootReply.type} to root`);
      exhaustive = await runExhaustive(workers, rootReply.results[0]!, {
        seed: options.seed,
        maxDepth: options.maxDepth,
        maxStates: options.maxStates,
        frontierBytes: options.frontierBytes,
        startPath: options.startPath,
        deadline,
        interrupted,
        onProgress: (p) => progress({ done: p.states, total: null, depth: p.depth, frontier: p.frontier }),
      });
    }
    for (const w of workers) {
      const reply = await w.call({ type: 'tally' });
      if (reply.type === 'tally') mergeTally(tally, reply.tally);
    }
    const randomStopped = options.mode === 'random' && tally.runs < options.playthroughs;
    const stopped = interrupted() ? 'interrupted' : exhaustive ? exhaustive.stopped : randomStopped ? 'time' : null;
    info = { seconds: (now() - started) / 1000, stopped, exhaustive };
  } finally {
    hooks.signal?.removeEventListener('abort', onAbort);
    await closeAll(workers);
  }
  return buildReport(story, structure, options, tally, info);
}

async function runRandom(
  workers: ExploreWorker[],
  options: ExploreOptions,
  deadline: number | null,
  stop: Int32Array,
  progress: (p: { done: number; total: number }) => void,
): Promise<void> {
  const runs = workers.map(() => 0);
  const timer = deadline === null ? null : setTimeout(() => Atomics.store(stop, 0, 1), Math.max(0, deadline - Date.now()));
  try {
    await Promise.all(
      workers.map((w, i) =>
        w.call(
          { type: 'random', job: { first: i, stride: workers.length, total: options.playthroughs, seed: options.seed, maxDepth: options.maxDepth } },
          (p) => {
            runs[i] = p.runs;
            progress({ done: runs.reduce((a, b) => a + b, 0), total: options.playthroughs });
          },
        ),
      ),
    );
  } finally {
    if (timer) clearTimeout(timer);
  }
}

async function closeAll(workers: ExploreWorker[]): Promise<void> {
  await Promise.all(workers.map((w) => w.close().catch(() => undefined)));
}


/** The start path must stay at choice points: said before any worker runs, in the path's own numbers. */
function checkStartPath(story: LoadedStory, options: ExploreOptions): void {
  if (!options.startPath.length) return;
  const walker = new Walker(story.json, { ms: options.stepLimitMs, steps: options.maxSteps }, false);
  walker.restart(options.seed);
  let step = walker.step();
  options.startPath.forEach((index, i) => {
    const where = `--path: choice ${i + 1} (${index + 1})`;
    if (step.issue) throw new UsageError(`${where}: the story stops with an error before it: ${step.issue.message}`);
    if (step.ended) throw new UsageError(`${where}: the story has ended by then`);
    const offered = step.choices.length;
    if (index >= offered) throw new UsageError(`${where}: the story offers ${offered} choice${offered === 1 ? '' : 's'} there`);
    walker.choose(index);
    step = walker.step();
  });
  if (step.issue || step.ended) throw new UsageError(`--path: the story ${step.issue ? 'stops with an error' : 'ends'} after these choices, so there is nothing to explore from there`);
}
