// 1,000 seeded random playthroughs of one role of Caviar, and what a lesson needs of them (three
// files, one per role, so vitest runs them in parallel): the `# date:` tags never go backwards,
// the role's private objective is met in 20-60% of them, and how many of its choices matter.
import path from 'node:path';
import { expect, it } from 'vitest';
import { compileInk } from '../../src/story/compile.ts';
import { ROOT } from '../helpers.ts';
import { backwardsDate, decisionFigure, lessonPlaythroughs, type Playthrough } from './figures.ts';

export const RUNS_PER_ROLE = 1000;
const ROLES = ['british', 'american', 'reporter'];
/** Choices that set a variable themselves, at least: the target is half; this is the floor kept. */
const SETS_FLOOR = [0.45, 0.6, 0.65];

export function playthroughFiguresOf(roleIndex: number): void {
  const role = ROLES[roleIndex]!;
  const json = () => compileInk(path.join(ROOT, 'story', 'caviar.ink')).json!;
  let runs: Playthrough[] | null = null;
  const all = () => {
    runs ??= lessonPlaythroughs(json(), roleIndex, RUNS_PER_ROLE);
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

  it(`the ${role} role's objective is met in 20-60% of random playthroughs`, () => {
    const rate = all().filter((r) => r.objectiveMet).length / RUNS_PER_ROLE;
    console.log(`${role}: objective met in ${(rate * 100).toFixed(1)}% of ${RUNS_PER_ROLE} playthroughs`);
    expect(rate).toBeGreaterThanOrEqual(0.2);
    expect(rate).toBeLessThanOrEqual(0.6);
  }, 600_000);

  it(`most of the ${role} role's choices change what follows`, () => {
    const f = decisionFigure(json(), roleIndex, 20, 200_000 + roleIndex * 100);
    console.log(`${role}: of ${f.offered} choices met in 20 playthroughs, ${f.sets} set a variable, ${f.matter} change the state or what is offered next against another option`);
    expect(f.matter / f.offered).toBeGreaterThanOrEqual(0.5);
    expect(f.sets / f.offered).toBeGreaterThanOrEqual(SETS_FLOOR[roleIndex]!);
  }, 600_000);
}
