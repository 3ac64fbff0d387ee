// The explorer's settings, with their defaults (docs/explore.md explains each).

import os from 'node:os';

export interface ExploreOptions {
  /** `random`: playthroughs from the start; `exhaustive`: every choice, breadth first. @default 'random' */
  mode: 'random' | 'exhaustive';
  /** Random mode: how many playthroughs. @default 1000 */
  playthroughs: number;
  /** Seed of the run: random mode derives each playthrough's seed from it; exhaustive mode runs every path with it. */
  seed: number;
  /** Most choices in one path; deeper paths are cut (and reported). @default 1000 */
  maxDepth: number;
  /** Seconds before the run stops (and reports what was left); null: no limit. @default null (random), 120 (exhaustive) */
  timeLimitS: number | null;
  /** Worker threads; 0 runs everything in the main thread. @default one per core */
  workers: number;
  /**
   * Watchdog: most ink steps one step (a choice to the next choices) may take before it counts as
   * looping for ever. Counted, not timed, so findings are the same on any machine. @default 100,000
   */
  maxSteps: number;
  /** `--assert EXPR`: ink expressions that must hold after every step; a violation is a finding. @default [] */
  asserts: string[];
  /** `--goal EXPR`: ink expressions to make true; each reported reached (with a path) or not. @default [] */
  goals: string[];
  /** A backstop in time for one step (a single ink step that never returns). @default 30,000 */
  stepLimitMs: number;
  /** Exhaustive mode: most distinct choice points kept; beyond it, new ones are cut. @default 1,000,000 */
  maxStates: number;
  /**
   * Exhaustive mode: the choices (0-based) taken before the search starts, so one branch (say one
   * role of a story that opens with a choice of role) is explored at a time; the report's paths
   * include them. @default []
   */
  startPath: number[];
  /** Exhaustive mode: bytes of saved ink states held for the frontier (deflated past a quarter of it); beyond it, states are rebuilt by replay. @default 128 MB */
  frontierBytes: number;
}

export const DEFAULT_PLAYTHROUGHS = 1000;
export const DEFAULT_MAX_DEPTH = 1000;
export const DEFAULT_EXHAUSTIVE_TIME_S = 120;
export const DEFAULT_STEP_LIMIT_MS = 30_000;
export const DEFAULT_MAX_STEPS = 100_000;
export const DEFAULT_MAX_STATES = 1_000_000;
export const DEFAULT_FRONTIER_BYTES = 128 * 2 ** 20;

export function defaultWorkers(): number {
  return os.availableParallelism();
}

export function withDefaults(partial: Partial<ExploreOptions> & { seed: number }): ExploreOptions {
  const mode = partial.mode ?? 'random';
  return {
    mode,
    playthroughs: partial.playthroughs ?? DEFAULT_PLAYTHROUGHS,
    seed: partial.seed,
    maxDepth: partial.maxDepth ?? DEFAULT_MAX_DEPTH,
    timeLimitS: partial.timeLimitS !== undefined ? partial.timeLimitS : mode === 'exhaustive' ? DEFAULT_EXHAUSTIVE_TIME_S : null,
    workers: partial.workers ?? defaultWorkers(),
    maxSteps: partial.maxSteps ?? DEFAULT_MAX_STEPS,
    asserts: partial.asserts ?? [],
    goals: partial.goals ?? [],
    stepLimitMs: partial.stepLimitMs ?? DEFAULT_STEP_LIMIT_MS,
    maxStates: partial.maxStates ?? DEFAULT_MAX_STATES,
    frontierBytes: partial.frontierBytes ?? DEFAULT_FRONTIER_BYTES,
    startPath: partial.startPath ?? [],
  };
}
