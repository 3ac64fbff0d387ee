// The inkjs Story behind a session (guarded as guarded-story.ts says): what the session needs
// of each step (lines with their tags, choices) and runtime problems located in the source.

import { StoryError } from '../errors.ts';
import { displayPath } from '../story/compile.ts';
import { lookupSource, type SourceMap } from '../story/source-map.ts';
import type { Container } from 'inkjs/engine/Container';
import { didYouMean, type ExprScope, ExprError, type ListLike, type Value } from './expression.ts';
import { GuardedStory, type Place } from './guarded-story.ts';
import type { ChoiceView, RuntimeIssue } from './state.ts';

export interface RunnerOptions {
  /** Longest a single step (from a choice to the next choices) may run. */
  stepLimitMs: number;
  sourceMap: () => SourceMap | null;
}

export interface RawStep {
  lines: Array<{ text: string; tags: string[] }>;
  choices: ChoiceView[];
  ended: boolean;
  issue: RuntimeIssue | null;
  warnings: string[];
}

export class InkRunner {
  private readonly guarded: GuardedStory;
  private stateCache: string | null = null;

  constructor(
    json: string,
    private readonly options: RunnerOptions,
  ) {
    this.guarded = new GuardedStory(json, { stepLimitMs: options.stepLimitMs });
    this.guarded.validateExternals();
  }

  /** Back to the very start with this seed. */
  reset(seed: number): void {
    this.guarded.restart(seed);
    this.stateCache = null;
  }

  /** Moves to a knot or stitch (before a step); an unknown one is a StoryError saying so. */
  goTo(path: string): void {
    if (!this.flow(path)) throw new StoryError(`the story has no knot or stitch named "${path}"${didYouMean(path, this.flowNames())}`);
    this.stateCache = null;
    this.guarded.story.ChoosePathString(path);
  }

  /** The container of a knot ("knot") or stitch ("knot.stitch"), or null. */
  private flow(path: string): Container | null {
    const [knot = '', stitch, ...more] = path.split('.');
    const container = this.guarded.story.KnotContainerWithName(knot);
    if (!container || more.length) return null;
    if (stitch === undefined) return container;
    const inner = container.namedContent.get(stitch);
    return inner && 'namedContent' in inner ? (inner as unknown as Container) : null;
  }

  /** Every knot and stitch, as "knot" and "knot.stitch" (ink's own generated names left out). */
  flowNames(): string[] {
    const names: string[] = [];
    for (const [knot, content] of this.guarded.story.mainContentContainer.namedContent) {
      if (!/^\w+$/.test(knot) || !('namedContent' in content)) continue;
      names.push(knot);
      for (const [stitch, inner] of (content as unknown as Container).namedContent) {
        if (/^\w+$/.test(stitch) && !/^(c-\d+|g-\d+|s\d+|b)$/.test(stitch) && 'namedContent' in inner) names.push(`${knot}.${stitch}`);
      }
    }
    return names;
  }

  /** Every global variable with its value, in the order the story declares them. */
  globals(): Array<{ name: string; value: Value }> {
    const vs = this.guarded.story.variablesState;
    // inkjs keeps the names private; the map's keys are the story's declaration order.
    const names = [...(vs as unknown as { _globalVariables: Map<string, unknown> })._globalVariables.keys()];
    return names.map((name) => ({ name, value: vs.$(name) as Value }));
  }

  /** What an expression can read here (see expression.ts). */
  scope(): ExprScope {
    const story = this.guarded.story;
    const vs = story.variablesState;
    return {
      variable: (name) => (vs.GlobalVariableExistsWithName(name) ? (vs.$(name) as Value) : undefined),
      listItem: (name) => (story.listDefinitions?.FindSingleItemListWithName(name)?.value as ListLike | undefined) ?? undefined,
      visits: (path) => (this.flow(path) ? (story.state.VisitCountAtPathString(path) ?? 0) : undefined),
      turnsSince: (path) => {
        const container = this.flow(path);
        if (!container) return undefined;
        if (!container.turnIndexShouldBeCounted) throw new ExprError(`ink counts turns only for the places the story asks TURNS_SINCE about, and it never asks about ${path}`);
        return story.state.TurnsSinceForContainer(container);
      },
      turns: () => story.state.currentTurnIndex + 1,
      choiceCount: () => story.currentChoices.length,
      names: () => [...this.globals().map((g) => g.name), ...this.flowNames()],
    };
  }

  /** The ink state as JSON; computed once per position, shared by history and autosave. */
  saveState(): string {
    this.stateCache ??= this.guarded.saveState();
    return this.stateCache;
  }

  loadState(json: string): void {
    this.guarded.loadState(json);
    this.stateCache = json;
  }

  readVariable(name: string): unknown {
    return this.guarded.story.variablesState.$(name);
  }

  setVariable(name: string, value: string | number | boolean | ListLike): void {
    this.guarded.story.variablesState.$(name, value as string);
    this.stateCache = null;
  }

  /** Takes choice `index` (0-based); returns a problem instead of throwing. */
  choose(index: number): RuntimeIssue | null {
    this.stateCache = null;
    const fault = this.guarded.choose(index);
    return fault && this.issue('error', fault.message, null);
  }

  /** Continues line by line to the next choices or the end, within the step limit. */
  step(): RawStep {
    this.stateCache = null;
    const lines: RawStep['lines'] = [];
    const fault = this.guarded.continue((story) => {
      const text = story.currentText ?? '';
      lines.push({ text: text.endsWith('\n') ? text.slice(0, -1) : text, tags: [...(story.currentTags ?? [])] });
    });
    const warnings = this.guarded.takeWarnings().map((w) => formatWarning(this.issue('error', w.message, null, w.place)));
    if (fault) {
      const issue = fault.kind === 'watchdog' ? this.watchdogIssue(fault.inkPath) : this.issue('error', fault.message, fault.inkPath, fault.place);
      return { lines, choices: [], ended: false, issue, warnings };
    }
    const choices = this.guarded.story.currentChoices.map((c) => ({
      index: c.index,
      text: c.text,
      tags: [...(c.tags ?? [])],
      sourcePath: c.sourcePath,
    }));
    return { lines, choices, ended: choices.length === 0, issue: null, warnings };
  }

  /** After a failed step the Story may be unusable; the session reloads a good state. */
  recover(goodState: string | null, seed: number): void {
    this.guarded.markBroken();
    this.reset(seed);
    if (goodState !== null) this.loadState(goodState);
  }

  private watchdogIssue(where: string | null): RuntimeIssue {
    const knot = where ? where.split('.').filter((p) => !/^\d+$/.test(p) && !p.startsWith('c-'))[0] : null;
    const seconds = (this.options.stepLimitMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 });
    return this.issue(
      'watchdog',
      `the story ran for ${seconds} s without reaching a choice or an end${knot ? `, inside ${knot}` : ''}: ` +
        `it seems to loop forever, so it was stopped`,
      where,
    );
  }

  /**
   * The issue in caviar's words, located: the pointer ink's message names, else the place ink
   * stood when it reported (a message such as "ran out of content" names none), else `inkPath`.
   */
  private issue(kind: RuntimeIssue['kind'], message: string, inkPath: string | null, place: Place | null = null): RuntimeIssue {
    const clean = cleanInkMessage(message);
    const pointer = inkPointerOf(message);
    const at: Place | null = pointer ? { path: pointer[1]!, index: Number(pointer[2]) } : place;
    const path = at?.path || inkPath;
    const map = path ? this.options.sourceMap() : null;
    const src = map && path ? lookupSource(map, path, at?.path ? at.index : undefined) : null;
    return { kind, message: clean, inkPath: path, source: src ? `${displayPath(src.file)}:${src.line}` : null };
  }
}

/** An inkjs error message without its "RUNTIME ERROR:" prefix, pointer and file position. */
export function cleanInkMessage(message: string): string {
  return message
    .replace(/^(RUNTIME )?(ERROR|WARNING): /gm, '')
    .replace(/\(Ink Pointer -> [^)]*\):\s*/g, '')
    .replace(/^'[^']*' line \d+: /gm, '')
    .trim();
}

/** inkjs names pointers as "(Ink Pointer -> knot.0.c-2 -- index 3)": [, path, index]. */
export function inkPointerOf(message: string): RegExpExecArray | null {
  return /Ink Pointer -> ([^\s)]+) -- index (\d+)/.exec(message);
}

export function formatIssue(issue: RuntimeIssue): string {
  const head = issue.kind === 'watchdog' ? 'Stopped' : 'Ink runtime error';
  return `${head}${whereOf(issue)}: ${issue.message}`;
}

/** A runtime warning as the session keeps it (SessionState.warnings): clean, located, whole. */
function formatWarning(issue: RuntimeIssue): string {
  return `Ink runtime warning${whereOf(issue)}: ${issue.message}`;
}

function whereOf(issue: RuntimeIssue): string {
  const where = [issue.inkPath && `at ${issue.inkPath}`, issue.source && `(${issue.source})`].filter(Boolean).join(' ');
  return where ? ` ${where}` : '';
}
