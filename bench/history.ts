// History figures of `npm run bench`: rewinding anywhere in a 1,000-turn playthrough, and the
// memory that history takes; the same on a story whose ink state grows every turn.

import { Session } from '../src/engine/session.ts';
import { loadStory } from '../src/story/load.ts';
import type { Figure } from './core.ts';

const now = () => Number(process.hrtime.bigint()) / 1e6;
const gc = (globalThis as { gc?: () => void }).gc;
/** Heap in use once garbage (including what earlier figures left) has really been collected. */
const heap = async () => {
  for (let i = 0; i < 4; i++) {
    gc?.();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
};

export interface HistoryCase {
  name: string;
  file: string;
  turns: number;
  rewindTarget: number;
  memoryTarget: number;
}

export async function benchHistory(cases: HistoryCase[]): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const c of cases) {
    const story = loadStory(c.file, { cacheDir: null });
    const session = Session.start(story, { seed: 11 });
    const base = await heap(); // the story and session at turn 0: what grows from here is the history
    let rng = 11;
    let played = 0;
    // A long walk: a choice that ends the story is taken back and another tried; where every
    // choice ends it, the walk backs up one more turn (a tiny depth-first search).
    const dead = new Map<number, Set<number>>();
    while (played < c.turns) {
      const tried = dead.get(played) ?? new Set<number>();
      dead.set(played, tried);
      const options = session.state.choices.map((ch) => ch.index).filter((i) => !tried.has(i));
      if (!options.length) {
        if (played === 0) break;
        dead.delete(played);
        session.undo();
        played--; // the choice that led here is already in dead[played]
        continue;
      }
      rng = (rng * 48271) % 2147483647;
      const pick = options[rng % options.length]!;
      session.choose(pick);
      if (session.state.ended || session.state.issue) {
        tried.add(pick);
        session.undo();
        continue;
      }
      tried.add(pick);
      played++;
    }
    const memory = ((await heap()) - base) / 1024 / 1024;
    // Rewind to 20 turns spread over the playthrough, latest first (each from where the last left).
    const targets = Array.from({ length: 20 }, (_, i) => Math.max(1, Math.round(played - (i * played) / 20)));
    const times = targets.map((t) => {
      const start = now();
      session.back(t);
      return now() - start;
    });
    const worst = Math.max(...times);
    const label = `${played}-turn playthrough`;
    figures.push({
      figure: `rewind to any turn, worst of 20 (${label})`,
      story: c.name,
      value: worst,
      unit: 'ms',
      target: `≤ ${c.rewindTarget} ms`,
      ok: worst <= c.rewindTarget && played === c.turns,
    });
    figures.push({
      figure: `history memory (${label})`,
      story: c.name,
      value: memory,
      unit: 'MB',
      target: `≤ ${c.memoryTarget} MB`,
      ok: memory <= c.memoryTarget,
    });
  }
  return figures;
}
