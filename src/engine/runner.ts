// The inkjs Story behind a session, with the guards inkjs needs (INKJS-NOTES.md):
// every step bounded by a watchdog, runtime errors caught whether or not they pass through
// onError, external functions falling back to their ink definitions, seeded randomness.

import { Story } from '../story/inkjs.ts';
import { StoryError } from '../errors.ts';
import { displayPath } from '../story/compile.ts';
import { lookupSource, type SourceMap } from '../story/source-map.ts';
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

export const DEFAULT_STEP_LIMIT_MS = 5000;

export class InkRunner {
  private story!: Story;
  private errors: string[] = [];
  private warnings: string[] = [];
  private stateCache: string | null = null;
  /** Set when a step was cut short: inkjs then refuses ResetState, so a new Story is needed. */
  private broken = false;

  constructor(
    private readonly json: string,
    private readonly options: RunnerOptions,
  ) {
    this.story = this.fresh();
    try {
      this.story.ValidateExternalBindings();
    } catch (error) {
      const name = /external:?\s*'([^']+)'/i.exec(String((error as Error).message))?.[1];
      throw new StoryError(
        name
          ? `the story declares EXTERNAL ${name}() but defines no ink fallback for it, and caviar cannot run outside code. ` +
              `Add a fallback to the story: === function ${name}(...) ===`
          : `the story's EXTERNAL functions cannot be bound: ${(error as Error).message}`,
      );
    }
  }

  /** A new inkjs Story: also the way back from a watchdog stop, after which inkjs refuses to reset. */
  private fresh(): Story {
    const story = new Story(this.json);
    story.allowExternalFunctionFallbacks = true;
    story.onError = (message, type) => {
      (type === 2 ? this.errors : this.warnings).push(message);
    };
    return story;
  }

  get globalTags(): string[] {
    return this.story.globalTags ?? [];
  }

  /** Back to the very start with this seed. */
  reset(seed: number): void {
    // Parsing the story JSON is most of the start-up time: rebuild only when inkjs requires it.
    if (this.broken) this.story = this.fresh();
    else this.story.ResetState();
    this.broken = false;
    this.story.state.storySeed = seed;
    this.story.state.previousRandom = 0;
    this.stateCache = null;
  }

  /** Moves to a knot before the first step; an unknown knot is the caller's error to report. */
  goTo(path: string): void {
    if (!this.story.KnotContainerWithName(path.split('.')[0]!)) throw new StoryError(`the story has no knot named "${path}"`);
    this.story.ChoosePathString(path);
  }

  /** The ink state as JSON; computed once per position, shared by history and autosave. */
  saveState(): string {
    this.stateCache ??= this.story.state.ToJson();
    return this.stateCache;
  }

  loadState(json: string): void {
    this.story.state.LoadJson(json);
    this.stateCache = json;
  }

  readVariable(name: string): unknown {
    return this.story.variablesState.$(name);
  }

  /** Takes choice `index` (0-based); returns a problem instead of throwing. */
  choose(index: number): RuntimeIssue | null {
    this.stateCache = null;
    try {
      this.story.ChooseChoiceIndex(index);
      return null;
    } catch (error) {
      this.broken = true;
      return this.issue('error', (error as Error).message, null);
    }
  }

  /** Continues line by line to the next choices or the end, within the step limit. */
  step(): RawStep {
    this.stateCache = null;
    this.errors = [];
    this.warnings = [];
    const lines: RawStep['lines'] = [];
    const deadline = Date.now() + this.options.stepLimitMs;
    let issue: RuntimeIssue | null = null;
    try {
      while (this.story.canContinue) {
        const remaining = deadline - Date.now();
        if (remaining > 0) this.story.ContinueAsync(remaining);
        if (remaining <= 0 || !this.story.asyncContinueComplete) {
          this.broken = true;
          issue = this.watchdogIssue();
          break;
        }
        const text = this.story.currentText ?? '';
        lines.push({ text: text.endsWith('\n') ? text.slice(0, -1) : text, tags: [...(this.story.currentTags ?? [])] });
        if (this.errors.length) break;
      }
      if (!issue && this.errors.length) issue = this.issue('error', this.errors.join('\n'), this.currentPath());
    } catch (error) {
      // Some faults throw past onError (inkjs#1123); the Story may be mid-step: replace it.
      this.broken = true;
      issue = this.issue('error', (error as Error).message, this.currentPath());
    }
    if (issue) {
      return { lines, choices: [], ended: false, issue, warnings: this.warnings };
    }
    const choices = this.story.currentChoices.map((c) => ({ index: c.index, text: c.text, tags: [...(c.tags ?? [])] }));
    return { lines, choices, ended: choices.length === 0, issue: null, warnings: this.warnings };
  }

  /** After a failed step the Story may be unusable; the session reloads a good state. */
  recover(goodState: string | null, seed: number): void {
    this.broken = true;
    this.reset(seed);
    if (goodState !== null) this.loadState(goodState);
  }

  private watchdogIssue(): RuntimeIssue {
    const where = this.currentPath();
    const knot = where ? where.split('.').filter((p) => !/^\d+$/.test(p) && !p.startsWith('c-'))[0] : null;
    const seconds = (this.options.stepLimitMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 });
    return this.issue(
      'watchdog',
      `the story ran for ${seconds} s without reaching a choice or an end${knot ? `, inside ${knot}` : ''}: ` +
        `it seems to loop forever, so it was stopped`,
      where,
    );
  }

  private currentPath(): string | null {
    try {
      return this.story.state.currentPathString ?? this.story.state.previousPointer.path?.toString() ?? null;
    } catch {
      return null;
    }
  }

  private issue(kind: RuntimeIssue['kind'], message: string, inkPath: string | null): RuntimeIssue {
    const clean = cleanInkMessage(message);
    const pointer = inkPointerOf(message);
    const path = pointer?.[1] ?? inkPath;
    const map = path ? this.options.sourceMap() : null;
    const src = map && path ? lookupSource(map, path, pointer ? Number(pointer[2]) : undefined) : null;
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
  const where = [issue.inkPath && `at ${issue.inkPath}`, issue.source && `(${issue.source})`].filter(Boolean).join(' ');
  const head = issue.kind === 'watchdog' ? 'Stopped' : 'Ink runtime error';
  return `${head}${where ? ` ${where}` : ''}: ${issue.message}`;
}
