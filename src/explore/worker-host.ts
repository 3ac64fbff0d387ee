// The worker's side of the protocol: holds a walker, an observer and a tally, and answers the
// explorer's requests. The same class serves a thread (worker.ts) and the main thread.

import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { Expander } from './expand.ts';
import { Observer } from './observer.ts';
import type { Reply, Request, WorkerSettings } from './protocol.ts';
import { RandomRunner } from './random.ts';
import { analyseStory } from './structure.ts';
import { addCounts, newTally, type Tally } from './tally.ts';
import { Walker } from './walker.ts';

/** How long a random job runs between progress reports. */
const SLICE_MS = 100;

export class WorkerHost {
  private walker!: Walker;
  private observer!: Observer;
  private expander!: Expander;
  private settings!: WorkerSettings;
  private readonly tally: Tally = newTally();

  async handle(request: Request, reply: (r: Reply) => void): Promise<void> {
    try {
      await this.dispatch(request, reply);
    } catch (error) {
      const e = error as Error;
      reply({ type: 'failed', message: e?.message ?? String(error), stack: e?.stack ?? null });
    }
  }

  private async dispatch(request: Request, reply: (r: Reply) => void): Promise<void> {
    switch (request.type) {
      case 'init': {
        const structure = analyseStory(request.json);
        this.settings = request.settings;
        const limits = { ms: request.settings.stepLimitMs, steps: request.settings.maxSteps };
        this.walker = new Walker(request.json, limits, structure.hasEndingTags, true);
        const checks = { asserts: request.settings.asserts, goals: request.settings.goals, scope: () => this.walker.scope() };
        this.observer = new Observer(structure, this.tally, limits, checks);
        // --assert and --goal may read any visit count or the turn: the key must keep them all.
        const keepAll = request.settings.asserts.length + request.settings.goals.length > 0;
        this.expander = new Expander(this.walker, this.observer, request.settings.seed, { ...structure, keepAll });
        return reply({ type: 'ready' });
      }
      case 'random': {
        const runner = new RandomRunner(this.walker, this.observer, request.job);
        const stop = () => Atomics.load(this.settings.stop, 0) !== 0;
        while (!runner.done && !stop()) {
          runner.runUntil(Date.now() + SLICE_MS, stop);
          reply({ type: 'progress', runs: this.tally.runs, turns: this.tally.turns });
          await yieldToLoop();
        }
        return reply({ type: 'random-done' });
      }
      case 'root':
        return reply({ type: 'expanded', results: [this.expander.root(request.path)] });
      case 'expand':
        return reply({ type: 'expanded', results: request.nodes.map((n) => this.expander.expand(n)).flat() });
      case 'tally':
        if (this.walker.hits) addCounts(this.tally.hits, this.walker.hits.flush());
        return reply({ type: 'tally', tally: this.tally });
    }
  }
}
