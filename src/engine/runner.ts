// The inkjs Story behind a session (guarded as guarded-story.ts says): what the session needs
// of each step (lines with their tags, choices) and runtime problems located in the source.

import { StoryError } from '../errors.ts';
import { displayPath } from '../story/compile.ts';
import { lookupSource, type SourceMap } from '../story/source-map.ts';
import { didYouMean } from '../did-you-mean.ts';
import type { ExprScope, ListLike, Value } from './expression.ts';
import { flowContainer, flowNames, globals, storyScope } from './story-scope.ts';
import { GuardedStory, MAX_STEP_OUTPUT, MAX_STRING_LENGTH, type Place, type StepLimit } from './guarded-story.ts';
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
    if (!flowContainer(this.guarded.story, path)) throw new StoryError(`the story has no knot or stitch named "${path}"${didYouMean(path, flowNames(this.guarded.story))}`);
    this.stateCache = null;
    this.guarded.story.ChoosePathString(path);
  }

  /** Every knot and stitch, as "knot" and "knot.stitch" (ink's own generated names left out). */
  flowNames(): string[] {
    return flowNames(this.guarded.story);
  }

  /** Every global variable with its value, in the order the story declares them. */
  globals(): Array<{ name: string; value: Value }> {
    return globals(this.guarded.story);
  }

  /** What an expression can read here (see expression.ts). */
  scope(): ExprScope {
    return storyScope(this.guarded.story);
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
      return text.length;
    });
    const warnings = this.guarded.takeWarnings().map((w) => formatWarning(this.issue('error', w.message, null, w.place)));
    if (fault) {
      const issue = fault.kind === 'watchdog' ? this.watchdogIssue(fault.inkPath, fault.limit) : this.issue('error', fault.message, fault.inkPath, fault.place);
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

  private watchdogIssue(where: string | null, limit: StepLimit = 'time'): RuntimeIssue {
    const knot = where ? where.split('.').filter((p) => !/^\d+$/.test(p) && !p.startsWith('c-'))[0] : null;
    const seconds = (this.options.stepLimitMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 });
    return this.issue('watchdog', stopMessage(limit, `the story ran for ${seconds} s`, knot ?? null), where);
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

/**
 * Why the watchdog stopped a step, in caviar's words, naming the limit: `ran` says how long it
 * ran (the clock or the count of ink steps, as the caller measures them).
 */
export function stopMessage(limit: StepLimit, ran: string, knot: string | null): string {
  const inside = knot ? `, inside ${knot}` : '';
  if (limit === 'string') {
    return `the story made a string longer than ${MAX_STRING_LENGTH.toLocaleString('en')} characters${inside} (a string that grows without end, such as ~ s = s + s in a loop), so it was stopped`;
  }
  if (limit === 'output') {
    return `the story printed more than ${MAX_STEP_OUTPUT.toLocaleString('en')} characters without reaching a choice or an end${inside}, so it was stopped`;
  }
  return `${ran} without reaching a choice or an end${inside}: it seems to loop forever, so it was stopped`;
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
