// 700 seeded random playthroughs of one role of Caviar (three files, one per role, so vitest
// runs them in parallel): none may hit a runtime error or end without an ending tag, and between
// them they reach every ending of that role. Over the three roles: 2,100 runs, every ending.
import path from 'node:path';
import { expect, it } from 'vitest';
import { compileInk } from '../../src/story/compile.ts';
import { readMetadata } from '../../src/story/metadata.ts';
import { ROOT } from '../helpers.ts';
import { playthrough } from './figures.ts';

export const RUNS_PER_ROLE = 700;
const ROLES = [
  { name: 'british', prefix: 'uk_' },
  { name: 'american', prefix: 'us_' },
  { name: 'reporter', prefix: 'pr_' },
];

export function randomPlaythroughsOf(roleIndex: number): void {
  const role = ROLES[roleIndex]!;
  it(`${RUNS_PER_ROLE} random playthroughs of the ${role.name} role finish cleanly and reach every one of its endings`, () => {
    const json = compileInk(path.join(ROOT, 'story', 'caviar.ink')).json!;
    const reached = new Map<string, number>();
    const failures: string[] = [];
    for (let i = 0; i < RUNS_PER_ROLE; i++) {
      const seed = roleIndex * RUNS_PER_ROLE + i + 1;
      const run = playthrough(json, seed, roleIndex);
      if (run.error) failures.push(`seed ${seed}: ${run.error}`);
      else if (!run.ending) failures.push(`seed ${seed}: ended after ${run.turns} turns without an ending tag`);
      else reached.set(run.ending, (reached.get(run.ending) ?? 0) + 1);
    }
    expect(failures.slice(0, 10)).toEqual([]);
    expect([...reached.keys()].filter((id) => !id.startsWith(role.prefix))).toEqual([]);
    const endings = readMetadata(json, '').endings.filter((e) => e.id.startsWith(role.prefix)).map((e) => e.id);
    expect(endings.length).toBeGreaterThanOrEqual(4);
    expect(endings.filter((id) => !reached.has(id))).toEqual([]);
  }, 600_000);
}
