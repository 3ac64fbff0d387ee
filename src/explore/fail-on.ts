// --fail-on: which findings make `caviar explore` exit 1, for CI.

import { UsageError } from '../errors.ts';
import type { ExploreReport } from './report.ts';

export const FAIL_ON = [
  'errors',
  'warnings',
  'loose-ends',
  'softlocks',
  'asserts',
  'goals',
  'unvisited',
  'unreached-endings',
  'unoffered',
  'uncovered',
  'incomplete',
] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** The conditions, and for `uncovered=N%` the share of coverage items that may stay uncovered. */
export interface FailOnSet {
  conditions: Set<FailOn>;
  /** Percent; 0 for a bare `uncovered` (any item uncovered fails). */
  uncoveredMax: number;
}

export const NO_FAIL_ON: FailOnSet = { conditions: new Set(), uncoveredMax: 0 };

const USAGE = `${FAIL_ON.join(', ')} (uncovered=N% for a threshold), all`;

/** "errors,loose-ends,uncovered=5%" -> the set; "all" means every condition. */
export function parseFailOn(list: string): FailOnSet {
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 0) throw new UsageError(`--fail-on takes a comma-separated list of: ${USAGE}`);
  const out: FailOnSet = { conditions: new Set(), uncoveredMax: 0 };
  for (const name of names) {
    const threshold = /^uncovered=(.*)$/.exec(name);
    if (threshold) {
      const n = /^(\d+(?:\.\d+)?)%?$/.exec(threshold[1]!.trim());
      if (!n || Number(n[1]) > 100) throw new UsageError(`--fail-on: uncovered= takes a percentage from 0% to 100%, not "${threshold[1]}"`);
      out.conditions.add('uncovered');
      out.uncoveredMax = Number(n[1]);
    } else if (name === 'softlock') out.conditions.add('softlocks');
    else if (name === 'all') FAIL_ON.forEach((f) => out.conditions.add(f));
    else if ((FAIL_ON as readonly string[]).includes(name)) out.conditions.add(name as FailOn);
    else throw new UsageError(`--fail-on: unknown condition "${name}"; use ${USAGE}`);
  }
  return out;
}

/** The conditions met, each as a short phrase ("2 runtime errors"); empty when none. */
export function failures(report: ExploreReport, failOn: FailOnSet): string[] {
  const conditions = failOn.conditions;
  const count = (kinds: string[]) => report.findings.filter((f) => kinds.includes(f.kind)).length;
  const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
  const met: string[] = [];
  const check = (name: FailOn, k: number, phrase: (k: number) => string) => {
    if (conditions.has(name) && k > 0) met.push(`${phrase(k)} (${name})`);
  };
  check('errors', count(['error', 'watchdog']), (k) => n(k, 'runtime error or endless step', 'runtime errors or endless steps'));
  check('warnings', count(['warning']), (k) => n(k, 'runtime warning'));
  check('loose-ends', count(['loose-end', 'no-choices']), (k) => n(k, 'loose end'));
  check('softlocks', count(['softlock']), (k) => n(k, 'soft-lock', 'soft-locks'));
  check('asserts', count(['assert']), (k) => n(k, 'assertion failed', 'assertions failed'));
  check('goals', report.goals.filter((g) => !g.reached).length, (k) => n(k, 'goal not reached', 'goals not reached'));
  check('unvisited', report.coverage.unvisited.length, (k) => n(k, 'knot or stitch never visited', 'knots or stitches never visited'));
  check('unreached-endings', report.endings.unreached.length, (k) => n(k, 'ending never reached', 'endings never reached'));
  check('unoffered', report.choices.neverOffered.length, (k) => n(k, 'choice never offered', 'choices never offered'));
  if (conditions.has('uncovered')) {
    const { total, covered } = report.coverage.items;
    const uncovered = total - covered;
    const share = total ? (uncovered / total) * 100 : 0;
    if (uncovered > 0 && share > failOn.uncoveredMax) {
      const shown = share.toLocaleString('en', { maximumFractionDigits: 1 });
      met.push(`${n(uncovered, 'coverage item')} of ${total} uncovered (${shown}%${failOn.uncoveredMax ? `, more than ${failOn.uncoveredMax}%` : ''}) (uncovered)`);
    }
  }
  check('incomplete', report.run.complete ? 0 : 1, () => 'exploration cut short');
  return met;
}
