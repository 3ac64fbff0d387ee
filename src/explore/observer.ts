// Turns what a step did into tally entries: endings (tags, END, DONE), findings (errors,
// warnings, loose ends, choice points left without choices, watchdog stops), choices offered
// and the edges of the branch graph. Shared by random and exhaustive exploration.

import type { Choice } from 'inkjs/engine/Choice';
import { splitIdAndTitle } from '../story/tags.ts';
import type { StoryStructure } from './structure.ts';
import { noteFinding, noteSeen, type Tally, type Trail } from './tally.ts';
import type { StepLimits, Walker, WalkStep } from './walker.ts';
import { evaluate, type Expr, type ExprScope, parseExpression, truthy } from '../engine/expression.ts';
import { stopMessage } from '../engine/runner.ts';

/** `--assert` and `--goal`: the expressions, and what they read of the walker's story. */
export interface Checks {
  asserts: string[];
  goals: string[];
  scope: (() => ExprScope) | null;
}

/** Pseudo flows of the branch graph. */
export const START = '(start)';
export const TOP = '(top)';
export const END_NODE = '(end)';
export const FAULT_NODE = '(fault)';

const RAN_OUT = /ran out of content|reached end of content/;

export type StepOutcome = { kind: 'choices'; at: string } | { kind: 'ended' } | { kind: 'fault' };

export class Observer {
  private flowCache = new Map<string, string>();
  private readonly flowPaths: Set<string>;

  constructor(
    readonly structure: StoryStructure,
    readonly tally: Tally,
    private readonly limits: StepLimits,
    checks: Checks = { asserts: [], goals: [], scope: null },
  ) {
    this.flowPaths = new Set(structure.flows.map((f) => f.path));
    this.asserts = checks.asserts.map((text) => ({ text, expr: parseExpression(text) }));
    this.goals = checks.goals.map((text) => ({ text, expr: parseExpression(text) }));
    this.scope = checks.scope;
  }

  private readonly asserts: Array<{ text: string; expr: Expr }>;
  private readonly goals: Array<{ text: string; expr: Expr }>;
  private readonly scope: (() => ExprScope) | null;

  /** --assert and --goal after a step that reached choices or an end. */
  private check(trail: Trail): void {
    if (!this.scope || (!this.asserts.length && !this.goals.length)) return;
    const scope = this.scope();
    const holds = (expr: Expr): boolean | string => {
      try {
        return truthy(evaluate(expr, scope));
      } catch (error) {
        return (error as Error).message;
      }
    };
    for (const a of this.asserts) {
      const ok = holds(a.expr);
      if (ok === true) continue;
      const message = ok === false ? `--assert "${a.text}" is false after this step` : `--assert "${a.text}" could not be evaluated: ${ok}`;
      noteFinding(this.tally, `assert|${a.text}`, { kind: 'assert', message, inkPath: null }, trail);
    }
    for (const g of this.goals) if (holds(g.expr) === true) noteSeen(this.tally.goals, g.text, trail);
  }

  /** The knot, stitch or function a runtime path lies in (TOP for the story's opening section). */
  flowOf(inkPath: string | null): string {
    if (!inkPath) return TOP;
    let flow = this.flowCache.get(inkPath);
    if (flow === undefined) {
      const parts = inkPath.split('.');
      const two = parts.slice(0, 2).join('.');
      const first = parts[0]!;
      flow = this.flowPaths.has(two) ? two : this.flowPaths.has(first) || this.structure.functions.has(first) ? first : TOP;
      this.flowCache.set(inkPath, flow);
    }
    return flow;
  }

  /**
   * Records one step that ran from flow `from` after the choices of `trail`. `locate` runs the same
   * step again with tracing and returns the last content ink executed; it is called only for
   * "ran out of content" errors, whose messages say nothing of where.
   */
  record(step: WalkStep, trail: Trail, from: string, locate: () => string | null): StepOutcome {
    const t = this.tally;
    t.turns++;
    if (step.endingTags) {
      for (const value of step.endingTags) {
        const { id, title } = splitIdAndTitle(value);
        if (id) noteSeen(t.endings, `tag:${id}`, trail, { title });
      }
    }
    if (step.warnings) {
      for (const w of step.warnings) {
        noteFinding(t, `warning|${w.inkPath}|${w.message}`, { kind: 'warning', message: w.message, inkPath: w.inkPath }, trail);
      }
    }
    if (step.issue) {
      this.recordIssue(step.issue, trail, locate);
      this.edge(from, FAULT_NODE);
      return { kind: 'fault' };
    }
    this.check(trail);
    if (step.ended) {
      let at = step.endedAt;
      if (step.endedBy === 'done' && at) {
        const [container, index] = splitPointer(at);
        if (this.structure.contentAt(container, index + 1) === 'done') at = container ? `${container}.${index + 1}` : String(index + 1);
      }
      noteSeen(t.endings, `${step.endedBy ?? 'end'}:${at ?? '?'}`, trail);
      this.edge(from, END_NODE);
      return { kind: 'ended' };
    }
    const at = this.offer(step.choices);
    this.edge(from, at);
    return { kind: 'choices', at };
  }

  /** Marks the choices as offered; returns the flow they are in. */
  offer(choices: Choice[]): string {
    const { offered, offeredTimes } = this.tally;
    for (const c of choices) {
      const source = c.sourcePath;
      if (!offered.has(source)) offered.set(source, c.text);
      offeredTimes.set(source, (offeredTimes.get(source) ?? 0) + 1);
    }
    return this.flowOf(choices[0]?.sourcePath ?? null);
  }

  take(choice: Choice): void {
    const taken = this.tally.taken;
    taken.set(choice.sourcePath, (taken.get(choice.sourcePath) ?? 0) + 1);
  }

  private recordIssue(issue: NonNullable<WalkStep['issue']>, trail: Trail, locate: () => string | null): void {
    const t = this.tally;
    if (issue.kind === 'watchdog') {
      const flow = this.flowOf(issue.inkPath);
      const seconds = (this.limits.ms / 1000).toLocaleString('en', { maximumFractionDigits: 2 });
      const ran = issue.limit === 'time' ? `ran for ${seconds} s` : `ran ${this.limits.steps.toLocaleString('en')} ink steps`;
      const message =
        issue.limit === 'string' || issue.limit === 'output'
          ? stopMessage(issue.limit, ran, flow)
          : `the story ${ran} without reaching a choice or an end, inside ${flow}: it seems to loop forever within one step`;
      noteFinding(t, `watchdog|${flow}`, { kind: 'watchdog', message, inkPath: issue.inkPath }, trail);
      return;
    }
    if (RAN_OUT.test(issue.message)) {
      const last = locate();
      const atChoice = last !== null && this.structure.contentAt(...splitPointer(last)) === 'choice';
      if (atChoice) {
        const message =
          'a choice point offered no choices (each was once-only and already taken, or its condition was false) ' +
          'and has no fallback choice, so the story ran out of content';
        noteFinding(t, `no-choices|${last}`, { kind: 'no-choices', message, inkPath: last }, trail);
      } else {
        noteFinding(t, `loose-end|${last}|${issue.message}`, { kind: 'loose-end', message: issue.message, inkPath: last }, trail);
      }
      return;
    }
    noteFinding(t, `error|${issue.inkPath}|${issue.message}`, { kind: 'error', message: issue.message, inkPath: issue.inkPath }, trail);
  }

  /**
   * A soft-lock, proven: no ending can be reached from the choice point `trail` leads to, at
   * `inkPath`; `choicePoints` are those the player is left with. Random mode proves it with
   * softlock.ts; an exhaustive search may report one the same way when its graph proves it.
   */
  softLock(trail: Trail, inkPath: string | null, choicePoints: string[]): void {
    // One finding per place the player is trapped in, however they got there.
    const flows = [...new Set(choicePoints.map((p) => this.flowOf(p)))].sort();
    const message = `no ending can be reached from here: every choice left (in ${flows.join(', ')}) leads back among the same choices`;
    noteFinding(this.tally, `softlock|${flows.join(',')}`, { kind: 'softlock', message, inkPath }, trail);
  }

  edge(from: string, to: string): void {
    const key = `${from}\t${to}`;
    this.tally.edges.set(key, (this.tally.edges.get(key) ?? 0) + 1);
  }

  /** Flows visited in the walker's state (random mode: once per playthrough). */
  coverage(walker: Walker, trail: Trail): void {
    for (const flow of this.structure.flows) {
      if (walker.visitCount(flow.path) > 0) noteSeen(this.tally.flows, flow.path, trail);
    }
  }
}

/** "a.b.7" -> ["a.b", 7]; a path without an index -> [path, -1]. */
export function splitPointer(pointer: string): [string, number] {
  const cut = pointer.lastIndexOf('.');
  const last = cut < 0 ? pointer : pointer.slice(cut + 1);
  if (!/^\d+$/.test(last)) return [pointer, -1];
  return [cut < 0 ? '' : pointer.slice(0, cut), Number(last)];
}
