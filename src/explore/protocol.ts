// Messages between the explorer and its workers (threads, or the main thread itself).

import type { ChildResult, FrontierNode } from './expand.ts';
import type { RandomJob } from './random.ts';
import type { Tally } from './tally.ts';

export interface WorkerSettings {
  stepLimitMs: number;
  maxSteps: number;
  asserts: string[];
  goals: string[];
  /** Exhaustive mode: the one seed every path runs with. */
  seed: number;
  /** Set to 1 by the explorer to stop a random job between playthroughs. */
  stop: Int32Array;
}

export type Request =
  | { type: 'init'; json: string; settings: WorkerSettings }
  | { type: 'random'; job: RandomJob }
  | { type: 'root'; path: number[] }
  | { type: 'expand'; nodes: FrontierNode[] }
  | { type: 'tally' };

export type Reply =
  | { type: 'ready' }
  | { type: 'progress'; runs: number; turns: number }
  | { type: 'random-done' }
  | { type: 'expanded'; results: ChildResult[] }
  | { type: 'tally'; tally: Tally }
  | { type: 'failed'; message: string; stack: string | null };
