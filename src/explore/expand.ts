// Exhaustive exploration, the worker's half: takes one choice point (a saved ink state, or the
// path to it) and runs each of its choices once, reporting each child as a new choice point (with
// its merge key and state), an ending, or a fault. The BFS and the merging are in exhaustive.ts.

import zlib from 'node:zlib';
import type { Choice } from 'inkjs/engine/Choice';
import type { Observer } from './observer.ts';
import { traceNextStep } from './replay.ts';
import { parseInkState } from '../story/inkjs.ts';
import { type KeyRules, stateKey } from './state-key.ts';
import { noteSeen } from './tally.ts';
import type { Walker, WalkStep } from './walker.ts';

/** A saved ink state, as JSON or deflated (exhaustive.ts deflates when the frontier grows). */
export type SavedState = string | Uint8Array;

export interface FrontierNode {
  id: number;
  /** Saved ink state; null when memory ran short: then the path is replayed from the start. */
  state: SavedState | null;
  path: number[];
}

export type ChildResult =
  | { parent: number; index: number; kind: 'choices'; key: string; state: string; choices: number; at: string }
  | { parent: number; index: number; kind: 'ended' | 'fault' };

export class Expander {
  constructor(
    private readonly walker: Walker,
    private readonly observer: Observer,
    private readonly seed: number,
    private readonly rules: KeyRules,
  ) {}

  /** The first step from the start, then the choices of `path`: the root of the search. */
  root(path: readonly number[] = []): ChildResult {
    const { walker, observer } = this;
    walker.restart(this.seed);
    let step = walker.step();
    for (const index of path) {
      walker.choose(index);
      step = walker.step();
    }
    const trail = { seed: this.seed, path: [...path], texts: null };
    const outcome = observer.record(step, trail, '(start)', () => {
      walker.restart(this.seed);
      for (const index of path) {
        walker.step();
        walker.choose(index);
      }
      return traceNextStep(walker);
    });
    observer.coverage(walker, trail);
    return this.child(-1, -1, outcome, step);
  }

  expand(node: FrontierNode): ChildResult[] {
    const { walker, observer, seed } = this;
    const saved = node.state === null ? null : typeof node.state === 'string' ? node.state : zlib.inflateRawSync(node.state).toString('utf8');
    // A replay reruns steps already counted as covered: it must not count them again.
    const parentState = saved ?? walker.uncounted(() => this.replay(node.path));
    // Each choice starts again from the parent: read its text once.
    const parent = parseInkState(parentState);
    if (saved !== null) walker.loadState(parent);
    const choices: Choice[] = walker.choices().slice();
    const from = observer.flowOf(choices[0]?.sourcePath ?? null);
    const flows = observer.structure.flows;
    const before = flows.map((f) => walker.visitCount(f.path));
    const path = [...node.path, 0];
    const trail = { seed, path, texts: null };
    const results: ChildResult[] = [];
    choices.forEach((choice, i) => {
      if (i > 0) walker.loadState(parent);
      path[path.length - 1] = choice.index;
      observer.take(choice);
      const failed = walker.choose(choice.index);
      const step: WalkStep = failed
        ? { endingTags: null, choices: [], ended: false, issue: failed, warnings: null, endedBy: null, endedAt: null }
        : walker.step();
      const after = flows.map((f) => walker.visitCount(f.path));
      const outcome = observer.record(step, trail, from, () => {
        walker.loadState(parentState);
        walker.choose(choice.index);
        return traceNextStep(walker);
      });
      flows.forEach((f, k) => {
        if (after[k]! > before[k]!) noteSeen(observer.tally.flows, f.path, trail);
      });
      observer.tally.runs++;
      results.push(this.child(node.id, choice.index, outcome, step));
    });
    return results;
  }

  private child(parent: number, index: number, outcome: ReturnType<Observer['record']>, step: WalkStep): ChildResult {
    if (outcome.kind !== 'choices') return { parent, index, kind: outcome.kind };
    const state = this.walker.saveState();
    return { parent, index, kind: 'choices', key: stateKey(state, this.rules), state, choices: step.choices.length, at: outcome.at };
  }

  /** Back to a choice point from the start; returns its state. */
  private replay(path: readonly number[]): string {
    this.walker.restart(this.seed);
    for (const index of path) {
      this.walker.step();
      this.walker.choose(index);
    }
    this.walker.step();
    return this.walker.saveState();
  }
}
