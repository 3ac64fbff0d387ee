// --fail-on: which findings make `caviar explore` exit 1, for CI.

import { UsageError } from '../errors.ts';
import type { ExploreReport } from './report.ts';

export const FAIL_ON = ['errors', 'warnings', 'loose-ends', 'asserts', 'goals', 'unvisited', 'unreached-endings', 'unoffered', 'incomplete'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** "errors,loose-ends" -> the set; "all" means every condition. */
export function parseFailOn(list: string): Set<FailOn> {
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 0) throw new UsageError(`--fail-on takes a comma-separated list of: ${FAIL_ON.join(', ')}, all`);
  const out = new Set<FailOn>();
  for (const name of names) {
    if (name === 'all') FAIL_ON.forEach((f) => out.add(f));
    else if ((FAIL_ON as readonly string[]).includes(name)) out.add(name as FailOn);
    else throw new UsageError(`--fail-on: unknown condition "${name}"; use ${FAIL_ON.join(', ')} or all`);
  }
  return out;
}

/** The conditions met, each as a short phrase ("2 runtime errors"); empty when none. */
export function failures(report: ExploreReport, conditions: Set<FailOn>): string[] {
  const count = (kinds: string[]) => report.findings.filter((f) => kinds.includes(f.kind)).length;
  const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
  const met: string[] = [];
  const check = (name: FailOn, k: number, phrase: (k: number) => string) => {
    if (conditions.has(name) && k > 0) met.push(`${phrase(k)} (${name})`);
  };
  check('errors', count(['error', 'watchdog']), (k) => n(k, 'runtime error or endless step', 'runtime errors or endless steps'));
  check('warnings', count(['warning']), (k) => n(k, 'runtime warning'));
  check('loose-ends', count(['loose-end', 'no-choices']), (k) => n(k, 'loose end'));
  check('asserts', count(['assert']), (k) => n(k, 'assertion failed', 'assertions failed'));
  check('goals', report.goals.filter((g) => !g.reached).length, (k) => n(k, 'goal not reached', 'goals not reached'));
  check('unvisited', report.coverage.unvisited.length, (k) => n(k, 'knot or stitch never visited', 'knots or stitches never visited'));
  check('unreached-endings', report.endings.unreached.length, (k) => n(k, 'ending never reached', 'endings never reached'));
  check('unoffered', report.choices.neverOffered.length, (k) => n(k, 'choice never offered', 'choices never offered'));
  check('incomplete', report.run.complete ? 0 : 1, () => 'exploration cut short');
  return met;
}
