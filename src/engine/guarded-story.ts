// One inkjs Story with the guards inkjs needs (INKJS-NOTES.md), shared by the session's runner
// and the explorer's walker: every step bounded by a watchdog (ContinueAsync), runtime errors
// caught whether or not they pass through onError (inkjs#1123), EXTERNAL functions falling back
// to their ink definitions, and ink's randomness seeded the way `caviar play --seed` seeds it.
// After a watchdog stop or an exception inkjs refuses ResetState(), so the Story is rebuilt.

import { StoryError } from '../errors.ts';
import { Story } from '../story/inkjs.ts';
import { checkInkState, InkStateError } from './ink-state-check.ts';

/** The watchdog's default: the longest one step (from a choice to the next choices) may run. */
export const DEFAULT_STEP_LIMIT_MS = 5000;

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
  /** Which limit stopped a watchdog fault: the count of ink steps, or the clock. */
  limit?: 'steps' | 'time';
}

/** Thrown from inside ink's Step when the count runs out; never escapes `continue`. */
const OUT_OF_STEPS = new Error('caviar: out of ink steps');

export class GuardedStory {
  private current: Story;
  private broken = false;
  private readonly errors: string[] = [];
  private readonly warnings: string[] = [];

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
    story.onError = (message, type) => {
      // inkjs's ErrorType: Author 0, Warning 1, Error 2 (its enum is not exported at run time).
      (Number(type) === 2 ? this.errors : this.warnings).push(message);
    };
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
  loadState(json: string): void {
    const story = this.usable();
    try {
      story.state.LoadJson(json);
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
      return { kind: 'error', message: (error as Error).message, inkPath: null };
    }
  }

  /**
   * Continues line by line to the next choices or the end, within the step limit, calling
   * `onLine` after each line. Stops at the first runtime error.
   */
  continue(onLine: (story: Story) => void): StepFault | null {
    const story = this.current;
    this.errors.length = 0;
    this.warnings.length = 0;
    const deadline = Date.now() + this.options.stepLimitMs;
    const uncount = this.countSteps(story);
    try {
      while (story.canContinue) {
        const remaining = deadline - Date.now();
        if (remaining > 0) story.ContinueAsync(remaining);
        if (remaining <= 0 || !story.asyncContinueComplete) {
          this.broken = true;
          return { kind: 'watchdog', message: '', inkPath: this.currentPath(), limit: 'time' };
        }
        onLine(story);
        if (this.errors.length) break;
      }
    } catch (error) {
      if (error === OUT_OF_STEPS) {
        this.broken = true;
        return { kind: 'watchdog', message: '', inkPath: this.currentPath(), limit: 'steps' };
      }
      // Some faults throw past onError (inkjs#1123); the Story may be mid-step: replace it.
      this.broken = true;
      return { kind: 'error', message: (error as Error).message, inkPath: this.currentPath() };
    } finally {
      uncount();
    }
    return this.errors.length ? { kind: 'error', message: this.errors.join('\n'), inkPath: this.currentPath() } : null;
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
  takeWarnings(): string[] {
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
