// 1,000 seeded random playthroughs of one role of Caviar, and what a lesson needs of them (three
// files, one per role, so vitest runs them in parallel): the `# date:` tags never go backwards.
import path from 'node:path';
import { expect, it } from 'vitest';
import { compileInk } from '../../src/story/compile.ts';
import { ROOT } from '../helpers.ts';
import { backwardsDate, playthrough, type Playthrough } from './figures.ts';

export const RUNS_PER_ROLE = 1000;
const ROLES = ['british', 'american', 'reporter'];

export function playthroughFiguresOf(roleIndex: number): void {
  const role = ROLES[roleIndex]!;
  let runs: Playthrough[] | null = null;
  const all = () => {
    if (!runs) {
      const json = compileInk(path.join(ROOT, 'story', 'caviar.ink')).json!;
      runs = Array.from({ length: RUNS_PER_ROLE }, (_, i) => playthrough(json, 100_000 + roleIndex * RUNS_PER_ROLE + i, roleIndex));
    }
    return runs;
  };

  it(`${RUNS_PER_ROLE} random playthroughs of the ${role} role run cleanly to an ending`, () => {
    const bad = all().filter((r) => r.error || !r.ending).map((r) => `seed ${r.seed}: ${r.error ?? 'no ending tag'}`);
    expect(bad.slice(0, 5)).toEqual([]);
  }, 600_000);

  it(`the ${role} role's dates never go backwards within a playthrough`, () => {
    const backwards = all().flatMap((r) => {
      const back = backwardsDate(r.dates);
      return back ? [`seed ${r.seed}: ${back.after} after ${back.before}`] : [];
    });
    expect(backwards.slice(0, 5)).toEqual([]);
  }, 600_000);
}
