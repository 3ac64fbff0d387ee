// Engine figures of `npm run bench`, each as a ratio against bare inkjs doing the same work in
// the same run: start to first choice with the compile cache warm, one turn, and the autosave.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Controller } from '../src/commands/controller.ts';
import { Session } from '../src/engine/session.ts';
import { SaveStore } from '../src/saves/store.ts';
import { Story } from '../src/story/inkjs.ts';
import { loadStory } from '../src/story/load.ts';

export interface Figure {
  figure: string;
  story: string;
  value: number;
  unit: string;
  target: string;
  ok: boolean;
}

const now = () => Number(process.hrtime.bigint()) / 1e6;
// With node --expose-gc (as `npm run bench` runs), collect between timed blocks.
const gc = (globalThis as { gc?: () => void }).gc;
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** A fixed path through the story: picks made by a seeded generator, restarting at each end. */
function choicePath(json: string, turns: number, seed: number): number[][] {
  const runs: number[][] = [];
  let rng = seed;
  let story = new Story(json);
  story.state.storySeed = seed;
  let run: number[] = [];
  for (let t = 0; t < turns; t++) {
    while (story.canContinue) story.Continue();
    if (!story.currentChoices.length) {
      runs.push(run);
      run = [];
      story = new Story(json);
      story.state.storySeed = seed;
      t--;
      continue;
    }
    rng = (rng * 48271) % 2147483647;
    const pick = rng % story.currentChoices.length;
    run.push(pick);
    story.ChooseChoiceIndex(pick);
  }
  runs.push(run);
  return runs;
}

export async function benchCore(stories: Array<{ name: string; file: string }>): Promise<Figure[]> {
  const figures: Figure[] = [];
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'caviar-bench-cache-'));
  const savesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'caviar-bench-saves-'));
  try {
    for (const { name, file } of stories) {
      const warm = loadStory(file, { cacheDir }); // fills the cache
      const jsonFile = path.join(cacheDir, 'bare.json');
      fs.writeFileSync(jsonFile, warm.json);

      // Start to first choice.
      const bareStart: number[] = [];
      const ourStart: number[] = [];
      for (let i = 0; i < 15; i++) {
        let t = now();
        const story = new Story(fs.readFileSync(jsonFile, 'utf8'));
        story.state.storySeed = 1;
        while (story.canContinue) story.Continue();
        bareStart.push(now() - t);
        t = now();
        Session.start(loadStory(file, { cacheDir }), { seed: 1 });
        ourStart.push(now() - t);
      }
      const startRatio = median(ourStart) / median(bareStart);
      figures.push({ figure: 'start to first choice (cached)', story: name, value: startRatio, unit: '×', target: '≤ 1.5×', ok: startRatio <= 1.5 });

      // One turn: choose + continue (+ state update for caviar), along the same path. Bare and
      // caviar alternate within each repetition; the figure is the median of their ratios.
      const runs = choicePath(warm.json, 400, 7);
      const turns = runs.reduce((n, r) => n + r.length, 0);
      const ratios: number[] = [];
      const saveTimes: number[] = [];
      for (let rep = 0; rep < 7; rep++) {
        gc?.();
        let bare = 0;
        for (const run of runs) {
          const story = new Story(warm.json);
          story.state.storySeed = 7;
          while (story.canContinue) story.Continue();
          const t = now();
          for (const pick of run) {
            story.ChooseChoiceIndex(pick);
            while (story.canContinue) story.Continue();
          }
          bare += now() - t;
        }
        gc?.();
        let ours = 0;
        for (const run of runs) {
          const controller = new Controller(Session.start(warm, { seed: 7 }), new SaveStore(savesDir));
          for (const pick of run) {
            const t = now();
            controller.session.choose(pick);
            ours += now() - t;
            const s = now();
            controller.autosave();
            saveTimes.push(now() - s);
          }
        }
        ratios.push(ours / turns / (bare / turns));
      }
      const turnRatio = median(ratios);
      figures.push({ figure: 'one turn (autosave excluded)', story: name, value: turnRatio, unit: '×', target: '≤ 2×', ok: turnRatio <= 2 });
      const save = median(saveTimes);
      figures.push({ figure: 'autosave, median', story: name, value: save, unit: 'ms', target: '≤ 5 ms', ok: save <= 5 });
    }
  } finally {
    fs.rmSync(cacheDir, { recursive: true, force: true });
    fs.rmSync(savesDir, { recursive: true, force: true });
  }
  return figures;
}
