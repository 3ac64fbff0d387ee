// Each fixture has one known fault; both modes must report exactly it, where it is, and how to
// get there.

import { describe, expect, it } from 'vitest';
import { exploreFixture, lineOf, typed } from './helpers.ts';

const summary = (r: Awaited<ReturnType<typeof exploreFixture>>) =>
  r.findings.map((f) => ({ kind: f.kind, line: lineOf(f.source), choices: typed(f.path) }));

describe.each(['exhaustive', 'random'] as const)('findings, %s mode', (mode) => {
  const opts = { mode, playthroughs: 60 };

  it('a runtime error on one path only: the line and the path to it', async () => {
    const r = await exploreFixture('runtime-error.ink', opts);
    expect(summary(r)).toEqual([{ kind: 'error', line: 13, choices: [1, 2] }]);
    expect(r.findings[0]!.message).toMatch(/LIST_VALUE/);
    expect(r.findings[0]!.path.choices.map((c) => c.text)).toEqual(['Left', 'Deeper']);
  });

  it('a loose end: where the flow ran out, not just that it did', async () => {
    const r = await exploreFixture('loose-end.ink', opts);
    expect(summary(r)).toEqual([{ kind: 'loose-end', line: 11, choices: [2] }]);
    expect(r.findings[0]!.message).toMatch(/ran out of content/);
  });

  it('a loop inside one step: stopped by the watchdog, named by its knot', async () => {
    // Each loop costs a whole step limit: keep the random run short.
    const r = await exploreFixture('step-loop.ink', { ...opts, playthroughs: 6 });
    expect(summary(r)).toEqual([{ kind: 'watchdog', line: expect.any(Number), choices: [1] }]);
    expect(r.findings[0]!.message).toMatch(/inside spin/);
    expect(r.findings[0]!.source).toMatch(/step-loop\.ink:(9|10|11)$/);
    // The other branch still ends normally after the stop.
    expect(r.endings.reached.map((e) => lineOf(e.source))).toEqual([5]);
  });

  it('regression: a watchdog finding is the same on every run (counted in ink steps, not timed on a loaded machine)', async () => {
    const runs = [await exploreFixture('step-loop.ink', { ...opts, playthroughs: 4 }), await exploreFixture('step-loop.ink', { ...opts, playthroughs: 4, workers: 2 })];
    const [first, second] = runs.map((r) => r.findings.map(({ kind, message, inkPath, source, path }) => ({ kind, message, inkPath, source, path })));
    expect(first).toEqual(second);
    expect(first![0]!.message).toBe('the story ran 5,000 ink steps without reaching a choice or an end, inside spin: it seems to loop forever within one step');
    // The backstop in time did not decide it: the step limit in the report is the count.
    expect(runs[0]!.settings).toMatchObject({ maxSteps: 5000, stepLimitMs: 30_000 });
  });

  it('endless recursion inside a function: stopped, named by the function', async () => {
    const r = await exploreFixture('function-loop.ink', { ...opts, playthroughs: 4 });
    // Where in the function the watchdog happens to stop it: its header (the parameter) or its line.
    expect(summary(r)).toEqual([{ kind: 'watchdog', line: expect.toBeOneOf([8, 9]), choices: [1] }]);
    expect(r.findings[0]!.message).toMatch(/inside count_up/);
  });

  it('a choice point left with no choices: told apart from a plain loose end', async () => {
    const r = await exploreFixture('no-choices.ink', opts);
    // Either door first: both paths have two choices, and either may be the one kept.
    expect(summary(r)).toEqual([{ kind: 'no-choices', line: 9, choices: expect.toBeOneOf([[1, 1], [2, 1]]) }]);
    if (mode === 'exhaustive') expect(r.run.states).toBe(3);
  });

  it('a runtime warning: where, and on which path', async () => {
    const r = await exploreFixture('warning.ink', opts);
    expect(summary(r)).toEqual([{ kind: 'warning', line: 8, choices: [2] }]);
    expect(r.findings[0]!.message).toMatch(/^Variable not found: 't'/);
  });

  it('a story without faults: no findings', async () => {
    const r = await exploreFixture('hub.ink', opts);
    expect(r.findings).toEqual([]);
  });
});
