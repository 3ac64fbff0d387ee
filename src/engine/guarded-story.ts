// One inkjs Story with the guards inkjs needs (INKJS-NOTES.md), shared by the session's runner
// and the explorer's walker: every step bounded by a watchdog (ContinueAsync), runtime errors
// caught whether or not they pass through onError (inkjs#1123), EXTERNAL functions falling back
// to their ink definitions, and ink's randomness seeded the way `caviar play --seed` seeds it.
// After a watchdog stop or an exception inkjs refuses ResetState(), so the Story is rebuilt.

import { StoryError } from '../errors.ts';
import { MAX_STRING_LENGTH, type ParsedInkState, Story, StringTooLong } from '../story/inkjs.ts';
import { checkInkState, InkStateError } from './ink-state-check.ts';

/** The watchdog's default: the longest one step (from a choice to the next choices) may run. */
export const DEFAULT_STEP_LIMIT_MS = 5000;

/**
 * The most text one step may print, in characters: a loop printing without end fills the memory
 * (and a line glued without end builds a string too long for V8) well before the clock stops it.
 * Caviar's longest passage is a few thousand characters.
 */
export const MAX_STEP_OUTPUT = 1_000_000;
export { MAX_STRING_LENGTH };

/** How often, within one line, the output so far is measured (ContinueAsync runs in slices this long). */
const SLICE_MS = 100;

export interface GuardOptions {
  stepLimitMs: number;
  /**
   * Most ink steps one Continue may take (the explorer's watchdog): counted, not timed, so the
   * same story, seed and path stop at the same place on any machine, however loaded.
   */
  maxSteps?: number;
  /** Called with every Story built (the explorer installs its hooks here). */
  onCreate?: (story: Story) => void;
}

/** A step that did not finish: ink's own message (not yet cleaned) and where it happened. */
export interface StepFault {
  kind: 'error' | 'watchdog';
  message: string;
  inkPath: string | null;
  /** Where ink stood when it reported the error (see Report). */
  place: Place | null;
  /**
   * Which limit stopped a watchdog fault: the count of ink steps, the clock, the text printed in
   * the step (MAX_STEP_OUTPUT) or the length of a string made (MAX_STRING_LENGTH).
   */
  limit?: StepLimit;
}

export type StepLimit = 'steps' | 'time' | 'output' | 'string';

/** A content position: the container's path and the index of the content in it. */
export interface Place {
  path: string;
  index: number;
}

/**
 * A runtime error or warning as ink reported it, and where ink stood then: its current content,
 * or, once nothing is left to run ("ran out of content", a tunnel running off its end, whose
 * messages name no place), the content it ran last.
 */
export interface Report {
  message: string;
  place: Place | null;
}

export interface PointerLike {
  isNull: boolean;
  container: { path: { toString(): string } } | null;
  index: number;
}

/** The place of an ink pointer, or null. */
export function placeOf(pointer: PointerLike | null | undefined): Place | null {
  if (!pointer || pointer.isNull || !pointer.container) return null;
  return { path: pointer.container.path.toString(), index: pointer.index };
}

/** Thrown from inside ink's Step when the count runs out; never escapes `continue`. */
const OUT_OF_STEPS = new Error('caviar: out of ink steps');

export class GuardedStory {
  private current: Story;
  private broken = false;
  private readonly errors: Report[] = [];
  private readonly warnings: Report[] = [];
  /** Places noted as ink reported, until its error handler receives the messages. */
  private readonly noted: Array<{ raw: string; place: Place | null }> = [];

  constructor(
    private readonly json: string,
    readonly options: GuardOptions,
  ) {
    this.current = this.fresh();
  }

  get story(): Story {
    return this.current;
  }

  /** Names an EXTERNAL without an ink fallback, which caviar cannot run: a StoryError. */
  validateExternals(): void {
    try {
      this.current.ValidateExternalBindings();
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

  private fresh(): Story {
    const story = new Story(this.json);
    story.allowExternalFunctionFallbacks = true;
    // ink forgets its position when an error ends the flow, and hands the messages to onError
    // only at the end of the step: note the place as ink reports each one. Only a report pays.
    const target = story as unknown as { AddError: (message: string, isWarning?: boolean, useEndLineNumber?: boolean) => void };
    const addError = target.AddError;
    const noted = this.noted;
    target.AddError = function (this: unknown, message, isWarning, useEndLineNumber) {
      const state = story.state;
      noted.push({ raw: message, place: placeOf(state.currentPointer) ?? placeOf(state.previousPointer) });
      addError.call(this, message, isWarning, useEndLineNumber);
    };
    story.onError = (message, type) => {
      // ink's message ends with the one it was given; take the place noted with that one.
      const i = this.noted.findIndex((n) => message.endsWith(n.raw));
      const place = i < 0 ? null : this.noted.splice(i, 1)[0]!.place;
      // inkjs's ErrorType: Author 0, Warning 1, Error 2 (its enum is not exported at run time).
      (Number(type) === 2 ? this.errors : this.warnings).push({ message, place });
    };
    countEveryFlow(story);
    this.options.onCreate?.(story);
    return story;
  }

  private usable(): Story {
    if (this.broken) {
      this.current = this.fresh();
      this.broken = false;
    }
    return this.current;
  }

  /** Back to the very start, with ink's randomness seeded by `seed`. */
  restart(seed: number): void {
    // Parsing the story JSON is most of the start-up time: rebuild only when inkjs requires it.
    if (this.broken) this.usable();
    else this.current.ResetState();
    this.current.state.storySeed = seed;
    this.current.state.previousRandom = 0;
  }

  saveState(): string {
    return this.current.state.ToJson();
  }

  /** Loads an ink state; one that does not fit the story is an InkStateError (the Story is rebuilt on next use). */
  loadState(json: string | ParsedInkState): void {
    const story = this.usable();
    try {
      // A parsed state (parseInkState) loads without reading the text again: inkjs builds its
      // runtime objects afresh from it and leaves it as it was, so it can be loaded again.
      if (typeof json === 'string') story.state.LoadJson(json);
      else story.state.LoadJsonObj(json);
      checkInkState(story);
    } catch (error) {
      this.broken = true;
      if (error instanceof InkStateError) throw error;
      const lost = /Failed to find content at path '([^']+)'/.exec((error as Error).message);
      throw new InkStateError(lost ? `it stands at ${lost[1]}, a place the story does not have` : 'its ink state is damaged (inkjs cannot load it)');
    }
  }

  /** Marks the Story as unusable: the next restart or load builds a new one. */
  markBroken(): void {
    this.broken = true;
  }

  choose(index: number): StepFault | null {
    try {
      this.current.ChooseChoiceIndex(index);
      return null;
    } catch (error) {
      this.broken = true;
      return { kind: 'error', message: (error as Error).message, inkPath: null, place: null };
    }
  }

  /**
   * Continues line by line to the next choices or the end, within the step limit, calling
   * `onLine` after each line. Stops at the first runtime error. `onLine` returns the characters
   * of text it kept, if it keeps any: more than MAX_STEP_OUTPUT in one step stops the story.
   */
  continue(onLine: (story: Story) => number | void): StepFault | null {
    const story = this.current;
    this.errors.length = 0;
    this.warnings.length = 0;
    this.noted.length = 0;
    const deadline = Date.now() + this.options.stepLimitMs;
    const uncount = this.countSteps(story);
    const stop = (limit: StepLimit): StepFault => {
      this.broken = true;
      return { kind: 'watchdog', message: '', inkPath: this.currentPath(), place: null, limit };
    };
    let printed = 0;
    try {
      while (story.canContinue) {
        // One line, in slices: between them, a line that grows without end is measured.
        for (;;) {
          const remaining = deadline - Date.now();
          if (remaining <= 0) return stop('time');
          story.ContinueAsync(Math.min(remaining, SLICE_MS));
          if (story.asyncContinueComplete) break;
          if (printed + pendingOutput(story) > MAX_STEP_OUTPUT) return stop('output');
        }
        printed += onLine(story) ?? 0;
        if (printed > MAX_STEP_OUTPUT) return stop('output');
        if (this.errors.length) break;
      }
    } catch (error) {
      if (error === OUT_OF_STEPS) return stop('steps');
      if (error instanceof StringTooLong) return stop('string');
      // Some faults throw past onError (inkjs#1123); the Story may be mid-step: replace it.
      this.broken = true;
      return { kind: 'error', message: (error as Error).message, inkPath: this.currentPath(), place: this.noted.at(-1)?.place ?? null };
    } finally {
      uncount();
    }
    if (!this.errors.length) return null;
    return { kind: 'error', message: this.errors.map((e) => e.message).join('\n'), inkPath: this.currentPath(), place: this.errors[0]!.place };
  }

  /** Counts this Continue's ink steps against `maxSteps`; returns what undoes it. */
  private countSteps(story: Story): () => void {
    const limit = this.options.maxSteps;
    if (!limit) return () => {};
    const target = story as unknown as { Step: () => void };
    // Whatever Step is now (the explorer's trace may have wrapped it) runs inside the count.
    const own = Object.prototype.hasOwnProperty.call(target, 'Step');
    const inner = target.Step;
    let steps = 0;
    target.Step = function (this: unknown) {
      if (++steps > limit) throw OUT_OF_STEPS;
      inner.call(this);
    };
    return () => {
      if (own) target.Step = inner;
      else delete (target as Partial<typeof target>).Step;
    };
  }

  /** The runtime warnings of the last step. */
  takeWarnings(): Report[] {
    return this.warnings.splice(0);
  }

  /** Where the story is (or last was), as an ink path; null when inkjs cannot say. */
  currentPath(): string | null {
    try {
      return this.current.state.currentPathString ?? this.current.state.previousPointer.path?.toString() ?? null;
    } catch {
      return null;
    }
  }
}

/** Characters of text in ink's output stream: the line being made, before Continue returns it. */
function pendingOutput(story: Story): number {
  let n = 0;
  for (const obj of story.state.outputStream) {
    const value = (obj as { value?: unknown }).value;
    if (typeof value === 'string') n += value.length;
  }
  return n;
}

/**
 * Counts the visits of every knot and stitch, in this Story's memory only. caviar compiles as
 * ink's tools do (no count-all-visits), so the JSON stays the one the author ships, but the
 * explorer's coverage and `:visits` need a count for every knot and stitch. This only adds
 * counts: ink reads a count only where its compiler enabled one (every divert target used as a
 * value included), so the story plays exactly as it does elsewhere; the ink state just holds
 * more counts, which any ink runtime loads.
 */
export function countEveryFlow(story: Story): void {
  for (const [name, knot] of story.mainContentContainer.namedContent) {
    if (name === 'global decl') continue;
    const container = knot as unknown as { visitsShouldBeCounted?: boolean; namedContent?: Map<string, unknown> };
    if (container.visitsShouldBeCounted === false) container.visitsShouldBeCounted = true;
    for (const stitch of container.namedContent?.values() ?? []) {
      const s = stitch as { visitsShouldBeCounted?: boolean };
      if (s.visitsShouldBeCounted === false) s.visitsShouldBeCounted = true;
    }
  }
}
